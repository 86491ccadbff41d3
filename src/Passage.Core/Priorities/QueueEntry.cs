using Passage.Core.Cases;

namespace Passage.Core.Priorities;

/// <summary>
/// A case awaiting referral, with its rank (1 = first), its score and the terms that make it up.
/// <see cref="AdultsWithoutResettlementChoice"/> is empty when the case may be referred now.
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
    public bool ReadyForReferral => AdultsWithoutResettlementChoice.Count == 0;
}
