namespace Passage.Core.Demo;

/// <summary>A demo sign-in, printed for the person trying Passage. The password is the only copy.</summary>
public sealed record DemoAccount(string UserName, string Password, IReadOnlyList<string> Roles, bool IsSupervisor, string? CountryCode);

/// <summary>What <see cref="DemoOperation"/> made: the accounts with their passwords and the registry it filled.</summary>
public sealed record DemoResult(IReadOnlyList<DemoAccount> Accounts, int Persons, int Cases);
