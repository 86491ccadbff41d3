namespace Passage.Core.Incidents;

/// <summary>An incident as operation staff see it in a list: what, when, where and how many, never who.</summary>
public sealed record IncidentSummary(Guid Id, DateTimeOffset OccurredAt, IncidentType Type, string Location, int Injured, int Killed);

/// <summary>
/// One incident. <see cref="Description"/>, <see cref="Sources"/> and the casualties' identities are filled only for a
/// reader of <see cref="Accounts.FieldGroup.Casualties"/>; anyone else gets each casualty's id and outcome alone, which
/// tells nothing the counts do not, so that one casualty can be opened in an emergency.
/// </summary>
public sealed record IncidentView(
    Guid Id,
    DateTimeOffset OccurredAt,
    IncidentType Type,
    string Location,
    string? Description,
    string? Sources,
    int Injured,
    int Killed,
    IReadOnlyList<CasualtyView> Casualties,
    long Version);

/// <summary>A casualty; the person's identity and follow-up only for a reader of the casualties or an emergency grant.</summary>
public sealed record CasualtyView(
    Guid Id,
    Guid IncidentId,
    CasualtyOutcome Outcome,
    Guid? PersonId = null,
    string? RegistrationNumber = null,
    string? Name = null,
    string? NameArabic = null,
    string? MedicalFollowUp = null)
{
    public bool Identified => PersonId is not null;
}
