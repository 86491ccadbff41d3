using Passage.Core.Registry;

namespace Passage.Core.Cases;

/// <summary>A case as one viewer sees it: members, history and the moves this viewer may make now.</summary>
public sealed record CaseView(
    Guid Id,
    string CaseNumber,
    CaseStatus Status,
    CaseStatus? HeldFrom,
    long Version,
    DateTimeOffset OpenedAt,
    IReadOnlyList<CaseMemberView> Members,
    IReadOnlyList<CaseEventView> History,
    IReadOnlyList<CaseStatus> AvailableTransitions)
{
    /// <summary>When the viewer opened this case under emergency access: the moment that access ends. Null otherwise.</summary>
    public DateTimeOffset? BreakGlassUntil { get; init; }
}

public sealed record CaseMemberView(Guid PersonId, string RegistrationNumber, string Name, string? NameArabic, Sex Sex, string BirthDate, int Age);
