namespace Passage.Core.Interviews;

/// <summary>
/// One interview as one viewer may see it. <see cref="Record"/> is null for a viewer who may see only the choice and
/// the preferred countries (DESIGN.md: resettlement officers).
/// </summary>
public sealed record InterviewView(
    Guid Id,
    int Sequence,
    bool InForce,
    DateOnly HeldOn,
    ResettlementChoice Choice,
    IReadOnlyList<PreferenceView> PreferredCountries,
    InterviewRecordView? Record);

/// <summary>A preferred country; <see cref="Note"/>, free text of the interview record, is null for a viewer of the choice only.</summary>
public sealed record PreferenceView(int Rank, string CountryCode, PreferenceReason Reason, string? Note);

/// <summary>
/// The rest of the interview record, for protection officers. In a family view <see cref="ProtectionConcerns"/> is null
/// when the resident keeps their disclosures from the family (<see cref="ConfidentialFromFamily"/>). <see cref="InformedOfReturn"/>
/// is null unless the choice is to return.
/// </summary>
public sealed record InterviewRecordView(
    DateOnly? ScheduledOn,
    string Interviewer,
    string? Interpreter,
    string Language,
    bool InterviewedAlone,
    string? OthersPresent,
    bool? InformedOfReturn,
    IReadOnlyList<string> TravelWith,
    string? ProtectionConcerns,
    bool ConfidentialFromFamily,
    string RecordedBy,
    DateTimeOffset RecordedAt);

/// <summary>A person's interviews, the one in force first, and the third-party lists that name them (which change nothing).</summary>
public sealed record PersonInterviews(
    Guid PersonId, string RegistrationNumber, string Name, string? NameArabic, IReadOnlyList<InterviewView> Interviews, IReadOnlyList<ListMention> OnLists);

/// <summary>A third-party list that names a person.</summary>
public sealed record ListMention(Guid ListId, string Sender, DateOnly ReceivedOn, ThirdPartyListKind Kind);

/// <summary>Shapes interviews for a viewer.</summary>
public static class InterviewViews
{
    public static InterviewView For(Interview interview, bool inForce, bool withRecord, bool familyView) => new(
        interview.Id,
        interview.Sequence,
        inForce,
        interview.HeldOn,
        interview.Choice,
        interview.Preferences.OrderBy(p => p.Rank).Select(p => new PreferenceView(p.Rank, p.CountryCode, p.Reason, withRecord ? p.Note : null)).ToList(),
        withRecord
            ? new InterviewRecordView(
                interview.ScheduledOn, interview.Interviewer, interview.Interpreter, interview.Language, interview.InterviewedAlone,
                interview.OthersPresent, interview.InformedOfReturn, interview.TravelWith,
                familyView && interview.ConfidentialFromFamily ? null : interview.ProtectionConcerns,
                interview.ConfidentialFromFamily, interview.RecordedByName, interview.RecordedAt)
            : null);
}
