using Microsoft.AspNetCore.Identity;
using Passage.Core.Common;

namespace Passage.Core.Accounts;

/// <summary>
/// Adds a user with roles. Used by the administrator's page and by <c>passage users add</c> for the first administrator.
/// Passwords are hashed by Identity; a password that breaks the policy comes back as a field message.
/// </summary>
public sealed class AddUser(UserManager<PassageUser> users, RoleManager<IdentityRole> roles)
{
    public async Task<Result<PassageUser>> ExecuteAsync(NewUser request, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var email = request.Email?.Trim() ?? "";
        if (email.Length == 0 || !email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(nameof(NewUser.Email), "Enter an email address.");
        }

        var name = request.DisplayName?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(nameof(NewUser.DisplayName), "Enter the user's name.");
        }

        var unknown = request.Roles.Where(r => !Roles.All.Contains(r, StringComparer.Ordinal)).ToList();
        if (request.Roles.Count == 0)
        {
            errors.Add(nameof(NewUser.Roles), "Give at least one role.");
        }
        else if (unknown.Count > 0)
        {
            errors.Add(nameof(NewUser.Roles), $"Unknown role: {string.Join(", ", unknown)}. Roles are {string.Join(", ", Roles.All)}.");
        }

        var country = string.IsNullOrWhiteSpace(request.CountryCode) ? null : request.CountryCode.Trim().ToUpperInvariant();
        if (request.Roles.Contains(Roles.CountryDelegate, StringComparer.Ordinal) && (country is null || country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            errors.Add(nameof(NewUser.CountryCode), "A country delegate needs the two-letter ISO 3166 code of their country.");
        }

        if (email.Length > 0 && await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(nameof(NewUser.Email), "A user with this email address exists already.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        foreach (var role in request.Roles.Where(r => !roles.Roles.Any(x => x.Name == r)).ToList())
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var user = new PassageUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            IsSupervisor = request.IsSupervisor,
            CountryCode = country,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, request.Password ?? "");
        if (!created.Succeeded)
        {
            return Problem.Invalid(nameof(NewUser.Password), string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var added = await users.AddToRolesAsync(user, request.Roles.Distinct(StringComparer.Ordinal));
        return added.Succeeded
            ? user
            : Problem.Invalid(nameof(NewUser.Roles), string.Join(" ", added.Errors.Select(e => e.Description)));
    }
}
