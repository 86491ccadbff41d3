using Microsoft.AspNetCore.Identity;
using Passage.Core.Common;

namespace Passage.Core.Accounts;

/// <summary>Identity answers with results, not exceptions; every one of them is checked and becomes a field message.</summary>
internal static class IdentityChecks
{
    public static Problem? ProblemFor(this IdentityResult result, string field) =>
        result.Succeeded ? null : Problem.Invalid(field, string.Join(" ", result.Errors.Select(e => e.Description)));

    /// <summary>Gives a user a role, creating the role first when no user has held it yet.</summary>
    public static async Task<Problem?> AddRoleAsync(
        this UserManager<PassageUser> users, RoleManager<IdentityRole> roles, PassageUser user, string role)
    {
        if (!await roles.RoleExistsAsync(role) && (await roles.CreateAsync(new IdentityRole(role))).ProblemFor("Roles") is { } failed)
        {
            return failed;
        }

        return (await users.AddToRoleAsync(user, role)).ProblemFor("Roles");
    }

    /// <summary>Checks a country code for a delegate: two ISO 3166 letters. Returns the code as stored, or null.</summary>
    public static string? CountryCode(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? null : typed.Trim().ToUpperInvariant();

    public static bool NeedsCountry(IEnumerable<string> roles, string? country) =>
        roles.Contains(Roles.CountryDelegate, StringComparer.Ordinal) && (country is null || country.Length != 2 || !country.All(char.IsAsciiLetterUpper));

    public const string CountryMessage = "A country delegate needs the two-letter ISO 3166 code of their country.";
}
