using Microsoft.AspNetCore.Identity;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Accounts;

/// <summary>
/// Adds a user with roles. Used by the administrator's page and by <c>passage users add</c> for the first administrator.
/// Passwords are hashed by Identity; a password that breaks the policy comes back as a field message. The roles an
/// administrator gives wait for a second administrator's approval; only the server's console operator gives them at once.
/// </summary>
public sealed class AddUser(
    PassageDbContext db, UserManager<PassageUser> users, RoleManager<IdentityRole> roles, Actor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<PassageUser>> ExecuteAsync(NewUser request, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageUsers) && !actor.IsConsoleOperator)
        {
            return Problem.NotFound("Users");
        }

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

        var country = IdentityChecks.CountryCode(request.CountryCode);
        if (IdentityChecks.NeedsCountry(request.Roles, country))
        {
            errors.Add(nameof(NewUser.CountryCode), IdentityChecks.CountryMessage);
        }

        if (email.Length > 0 && await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(nameof(NewUser.Email), "A user with this email address exists already.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
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
        if (created.ProblemFor(nameof(NewUser.Password)) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow();
        foreach (var role in request.Roles.Distinct(StringComparer.Ordinal))
        {
            if (!actor.IsConsoleOperator)
            {
                var asked = RoleChange.RequestGrant(user, role, actor, now).Value;
                db.RoleChanges.Add(asked);
                audit.Record(AuditAction.RoleRequested, nameof(PassageUser), user.Id, asked.Describe());
                continue;
            }

            if (await users.AddRoleAsync(roles, user, role) is { } failed)
            {
                return failed;
            }

            var granted = RoleChange.GrantByConsole(user, role, actor, now);
            db.RoleChanges.Add(granted);
            audit.Record(AuditAction.RoleGranted, nameof(PassageUser), user.Id, granted.Describe());
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return user;
    }
}
