namespace Passage.Core.Accounts;

/// <summary>What an administrator types to add a user.</summary>
public sealed record NewUser(
    string? Email,
    string? DisplayName,
    string? Password,
    IReadOnlyList<string> Roles,
    bool IsSupervisor = false,
    string? CountryCode = null);
