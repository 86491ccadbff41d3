namespace Passage.Core.Cases;

/// <summary>
/// What the guards need to know about a case beyond its status, gathered by <see cref="CaseFactsQuery"/>
/// before a transition is tried.
/// </summary>
/// <param name="MemberCount">Persons in the case now.</param>
/// <param name="AdultsWithoutResettlementChoice">Registration numbers of adults whose latest recorded choice is not to resettle, or who have none.</param>
public sealed record CaseFacts(int MemberCount, IReadOnlyList<string> AdultsWithoutResettlementChoice)
{
    /// <summary>Registration numbers of adults whose interview in force is not their own informed choice to return, held alone with them.</summary>
    public IReadOnlyList<string> AdultsWithoutPrivateReturnChoice { get; init; } = [];
}
