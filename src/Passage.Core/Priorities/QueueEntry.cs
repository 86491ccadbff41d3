using Passage.Core.Cases;

namespace Passage.Core.Priorities;

/// <summary>
/// A case awaiting referral, with its rank (1 = first), its score and the terms that make it up.
/// <see cref="AdultsWithoutResettlementChoice"/> is empty when the case may be referred now. <see cref="Names"/> are the
/// members' names, empty for a viewer who may not read biodata; <see cref="FamilyTies"/> the pledging countries where an adult
/// has family, <see cref="PreferredCountries"/> every country an adult prefers, most often named first.
/// </summary>
public sealed record QueueEntry(
    int Rank,
    Guid CaseId,
    string CaseNumber,
    CaseStatus Status,
    int Members,
    long CaseVersion,
    DateTimeOffset WaitingSince,
    IReadOnlyList<string> AdultsWithoutResettlementChoice,
    int Score,
    IReadOnlyList<ScoreTerm> Terms)
{
    public IReadOnlyList<string> Names { get; init; } = [];

    public IReadOnlyList<string> FamilyTies { get; init; } = [];

    public IReadOnlyList<string> PreferredCountries { get; init; } = [];

    public bool ReadyForReferral => AdultsWithoutResettlementChoice.Count == 0;
}
