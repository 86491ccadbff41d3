using Passage.Core.Accounts;

namespace Passage.Core.Cases;

/// <summary>
/// One allowed move in the case lifecycle: from where, to where, the permission it takes, the flow that owns it, and
/// the guard that must hold. A guard returns null when it passes, or the reason it refuses.
/// </summary>
public sealed record CaseTransition(CaseStatus From, CaseStatus To, Permission Permission, CaseFlow Flow, Func<CaseFacts, string?> Guard)
{
    public string Name => $"{From}->{To}";

    /// <summary>The roles that hold <see cref="Permission"/>.</summary>
    public IReadOnlyList<string> Roles => AccessPolicy.RolesFor(Permission);

    /// <summary>Whether the transition is made by hand rather than by a flow of its own.</summary>
    public bool IsGeneric => Flow == CaseFlow.Generic;
}
