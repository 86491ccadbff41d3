using Passage.Core.Accounts;
using Passage.Core.Registry;

namespace Passage.Core.Verification;

/// <summary>
/// A receiving country's question "was this person a resident?", with the claim as the country gave it, and the answer a
/// registration supervisor gave. The candidates and fraud flags beside it are for the supervisor alone.
/// </summary>
public sealed class VerificationRequest
{
    public const char NameSeparator = '\n';

    private readonly List<VerificationCandidate> _candidates = [];

    private VerificationRequest()
    {
    }

    public Guid Id { get; private set; }

    public string CountryCode { get; private set; } = "";

    public string? GivenName { get; private set; }

    public string? FamilyName { get; private set; }

    public string? FatherName { get; private set; }

    public int? BirthYear { get; private set; }

    public int? BirthMonth { get; private set; }

    public int? BirthDay { get; private set; }

    /// <summary>Other spellings and names, one a line.</summary>
    public string OtherNames { get; private set; } = "";

    public string? DocumentNumbers { get; private set; }

    public string? ClaimedRegistrationNumber { get; private set; }

    public string SubmittedById { get; private set; } = "";

    public string SubmittedByName { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    public VerificationAnswer? Answer { get; private set; }

    /// <summary>The registration number given with a verified answer: only one the asking country held already.</summary>
    public string? AnsweredRegistrationNumber { get; private set; }

    /// <summary>Whom the supervisor found the claim to be (for the supervisor and the fraud checks, never for the country).</summary>
    public Guid? VerifiedPersonId { get; private set; }

    public string? AnswerNote { get; private set; }

    public string? AnsweredByName { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>When the retention job removed the claim's details (<see cref="AnonymiseClaim"/>); null until then.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<VerificationCandidate> Candidates => _candidates;

    public PartialDate? BirthDate => BirthYear is { } year ? PartialDate.FromParts(year, BirthMonth, BirthDay) : null;

    public IReadOnlyList<string> OtherNameList => OtherNames.Length == 0 ? [] : OtherNames.Split(NameSeparator);

    public ValidClaim Claim => new(GivenName, FamilyName, FatherName, BirthDate, OtherNameList, DocumentNumbers, ClaimedRegistrationNumber, CountryCode);

    public static VerificationRequest Submit(ValidClaim claim, Actor actor, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        CountryCode = claim.CountryCode,
        GivenName = claim.GivenName,
        FamilyName = claim.FamilyName,
        FatherName = claim.FatherName,
        BirthYear = claim.BirthDate?.Year,
        BirthMonth = claim.BirthDate?.Month,
        BirthDay = claim.BirthDate?.Day,
        OtherNames = string.Join(NameSeparator, claim.OtherNames),
        DocumentNumbers = claim.DocumentNumbers,
        ClaimedRegistrationNumber = claim.ClaimedRegistrationNumber,
        SubmittedById = actor.UserId,
        SubmittedByName = actor.UserName,
        SubmittedAt = now,
        Version = 1,
    };

    public void Propose(Guid personId, int rank, double probability, string explanation) =>
        _candidates.Add(VerificationCandidate.For(Id, personId, rank, probability, explanation));

    /// <summary>Records the answer; returns the reason when it was answered already.</summary>
    public string? Give(VerificationAnswer answer, Guid? personId, string? heldNumber, string? note, Actor actor, DateTimeOffset now)
    {
        if (Answer is not null)
        {
            return "This request has been answered already.";
        }

        Answer = answer;
        VerifiedPersonId = answer == VerificationAnswer.Verified ? personId : null;
        AnsweredRegistrationNumber = answer == VerificationAnswer.Verified ? heldNumber : null;
        AnswerNote = note;
        AnsweredByName = actor.UserName;
        AnsweredAt = now;
        Version++;
        return null;
    }

    /// <summary>
    /// Removes the claim's personal details and the supervisor's working once the request's retention period has ended:
    /// names, birth month and day, documents, registration numbers, the note, the candidates and whom it was verified as.
    /// Keeps the country, the birth year, the answer and the dates, which the counts of requests use. Twice changes nothing.
    /// </summary>
    public void AnonymiseClaim(DateTimeOffset now)
    {
        if (AnonymisedAt is not null)
        {
            return;
        }

        GivenName = null;
        FamilyName = null;
        FatherName = null;
        BirthMonth = null;
        BirthDay = null;
        OtherNames = "";
        DocumentNumbers = null;
        ClaimedRegistrationNumber = null;
        AnsweredRegistrationNumber = null;
        VerifiedPersonId = null;
        AnswerNote = null;
        _candidates.Clear();
        AnonymisedAt = now;
        Version++;
    }
}
