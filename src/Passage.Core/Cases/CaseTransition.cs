using Passage.Core.Accounts;

namespace Passage.Core.Cases;

/// <summary>
/// One allowed move in the case lifecycle: from where, to where, which roles may make it, and the guard that must hold.
/// A guard returns null when it passes, or the reason it refuses.
/// </summary>
public sealed record CaseTransition(CaseStatus From, CaseStatus To, IReadOnlyList<string> Roles, Func<CaseFacts, string?> Guard)
{
    public string Name => $"{From}->{To}";
}
