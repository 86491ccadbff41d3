using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Passage.Core.Accounts;

namespace Passage.Core.Demo;

/// <summary>
/// Creates one demo account per role of DESIGN.md, a supervisor and a second administrator (who approves the roles the
/// first gives), with fresh passwords each run; an account that
/// already exists gets a new password so that the printed one always works.
/// </summary>
internal sealed class DemoAccounts(UserManager<PassageUser> users, RoleManager<IdentityRole> roles)
{
    public const string Domain = "demo.passage";
    public const string DelegateCountry = "DE";
    public const string SecondAdministrator = "administrator2";

    public async Task<IReadOnlyList<(DemoAccount Account, string UserId)>> EnsureAsync()
    {
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)).ToList())
        {
            Check(await roles.CreateAsync(new IdentityRole(role)), "role");
        }

        var plans = Roles.All.Select(r => (Name: $"{r.ToLowerInvariant()}@{Domain}", Role: r, Supervisor: false))
            .Append(($"supervisor@{Domain}", Roles.Registration, true))
            .Append(($"{SecondAdministrator}@{Domain}", Roles.Administrator, false)); // grants need a second administrator
        var accounts = new List<(DemoAccount, string)>();
        foreach (var (name, role, supervisor) in plans)
        {
            var country = role == Roles.CountryDelegate ? DelegateCountry : null;
            var password = NewPassword();
            var user = await users.FindByNameAsync(name);
            if (user is null)
            {
                user = new PassageUser
                {
                    UserName = name,
                    Email = name,
                    EmailConfirmed = true,
                    DisplayName = supervisor ? "Demo registration supervisor"
                        : name.StartsWith(SecondAdministrator, StringComparison.Ordinal) ? "Demo second administrator"
                        : $"Demo {Roles.Label(role).ToLowerInvariant()}",
                    IsSupervisor = supervisor,
                    CountryCode = country,
                };
                Check(await users.CreateAsync(user, password), name);
                Check(await users.AddToRoleAsync(user, role), name);
            }
            else
            {
                Check(await users.RemovePasswordAsync(user), name);
                Check(await users.AddPasswordAsync(user, password), name);
            }

            accounts.Add((new DemoAccount(name, password, [role], supervisor, country), user.Id));
        }

        return accounts;
    }

    /// <summary>Three groups like <c>Kpw7</c>, joined by dashes: upper, lower, digit and a symbol, as Identity requires.</summary>
    internal static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        return string.Join('-', Enumerable.Range(0, 3).Select(_ => string.Concat(
            Pick(upper), Pick(lower), Pick(lower), Pick(digits))));

        static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account setup failed for {what}: {string.Join("; ", result.Errors.Select(e => e.Code))}");
        }
    }
}
