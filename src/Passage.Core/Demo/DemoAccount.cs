namespace Passage.Core.Demo;

/// <summary>A demo sign-in, printed for the person trying Passage. The password is the only copy.</summary>
public sealed record DemoAccount(string UserName, string Password, IReadOnlyList<string> Roles, bool IsSupervisor, string? CountryCode);

/// <summary>What <see cref="DemoOperation"/> made: the accounts with their passwords and the registry it filled.</summary>
public sealed record DemoResult(IReadOnlyList<DemoAccount> Accounts, int Persons, int Cases)
{
    /// <summary>One line per account: user name, password and roles, for the console of whoever seeded the demo.</summary>
    public IEnumerable<string> AccountLines() => Accounts.Select(account =>
    {
        var roles = string.Join(", ", account.Roles.Select(Passage.Core.Accounts.Roles.Label))
            + (account.IsSupervisor ? " (supervisor)" : "")
            + (account.CountryCode is null ? "" : $" ({account.CountryCode})");
        return $"  {account.UserName,-34} {account.Password,-16} {roles}";
    });
}
