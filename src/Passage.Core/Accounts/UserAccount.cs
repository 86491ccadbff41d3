namespace Passage.Core.Accounts;

/// <summary>
/// A user as the administrator sees them: roles held, roles asked for and waiting for a second administrator,
/// and whether the account is locked. Never a password hash or security stamp.
/// </summary>
public sealed record UserAccount(
    string Id,
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> PendingRoles,
    bool IsSupervisor,
    string? CountryCode,
    bool LockedOut);

/// <summary>What the administrator sets on a user: the roles wanted (held or to ask for), supervisor, country, locked.</summary>
public sealed record UserChanges(IReadOnlyList<string>? Roles, bool IsSupervisor, string? CountryCode, bool Locked);
