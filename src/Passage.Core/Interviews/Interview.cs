using System.Linq.Expressions;
using Passage.Core.Accounts;

namespace Passage.Core.Interviews;

/// <summary>
/// One individual interview of a resident, as recorded. Never changed once written: a later interview of the same
/// person (a higher <see cref="Sequence"/>) supersedes it, and the history keeps every version.
/// </summary>
public sealed class Interview
{
    private readonly List<CountryPreference> _preferences = [];

    private Interview()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>1 for the person's first interview; the highest is the one in force.</summary>
    public int Sequence { get; private set; }

    public DateOnly? ScheduledOn { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Interviewer { get; private set; } = "";

    public string? Interpreter { get; private set; }

    public string Language { get; private set; } = "";

    public bool InterviewedAlone { get; private set; }

    /// <summary>Who else was present when the resident was not interviewed alone.</summary>
    public string? OthersPresent { get; private set; }

    public ResettlementChoice Choice { get; private set; }

    /// <summary>
    /// For a choice to return: whether the resident confirmed it is their own decision, told what return means and that they
    /// may withdraw the request at any time. Null for any other choice.
    /// </summary>
    public bool? InformedOfReturn { get; private set; }

    /// <summary>
    /// What a voluntary return needs from each adult's interview in force: the choice to return, made alone with the
    /// interviewer, and confirmed as their own and informed. A query expression, so the database applies the same rule.
    /// </summary>
    public static Expression<Func<Interview, bool>> CountsForReturn { get; } =
        i => i.Choice == ResettlementChoice.ReturnToOriginCountry && i.InterviewedAlone && i.InformedOfReturn == true;

    public IReadOnlyList<CountryPreference> Preferences => _preferences;

    /// <summary>Registration numbers, comma-separated; read them through <see cref="TravelWith"/>.</summary>
    public string TravelWithNumbers { get; private set; } = "";

    public IReadOnlyList<string> TravelWith => TravelWithNumbers.Length == 0 ? [] : TravelWithNumbers.Split(',');

    public string? ProtectionConcerns { get; private set; }

    /// <summary>The resident's disclosures are never shown in the family view of their case.</summary>
    public bool ConfidentialFromFamily { get; private set; }

    public string RecordedByUserId { get; private set; } = "";

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Removes what the resident disclosed and who else was present (retention, decision 0021); the choice stays.</summary>
    internal void Anonymise()
    {
        OthersPresent = null;
        ProtectionConcerns = null;
    }

    /// <summary>A supervisor reviews every interview at which someone else was present.</summary>
    public bool NeedsSupervisorReview => !InterviewedAlone;

    public static Interview Record(Guid personId, int sequence, ValidInterviewDetails details, Actor actor, DateTimeOffset now)
    {
        var interview = new Interview
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            Sequence = sequence,
            ScheduledOn = details.ScheduledOn,
            HeldOn = details.HeldOn,
            Interviewer = details.Interviewer,
            Interpreter = details.Interpreter,
            Language = details.Language,
            InterviewedAlone = details.InterviewedAlone,
            OthersPresent = details.OthersPresent,
            Choice = details.Choice,
            InformedOfReturn = details.InformedOfReturn,
            TravelWithNumbers = string.Join(',', details.TravelWith),
            ProtectionConcerns = details.ProtectionConcerns,
            ConfidentialFromFamily = details.ConfidentialFromFamily,
            RecordedByUserId = actor.UserId,
            RecordedByName = actor.UserName,
            RecordedAt = now,
        };
        var rank = 1;
        foreach (var (code, reason, note) in details.PreferredCountries)
        {
            interview._preferences.Add(new CountryPreference(rank++, code, reason, note));
        }

        return interview;
    }
}
