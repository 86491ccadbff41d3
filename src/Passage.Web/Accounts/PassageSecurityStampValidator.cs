using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Passage.Core.Accounts;
using Passage.Core.Storage;

namespace Passage.Web.Accounts;

/// <summary>
/// Identity's check of a session against the user's security stamp (which sign-out, a password change and a role
/// change replace), that also ends the session of a locked account.
/// </summary>
public sealed class PassageSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<PassageUser> signInManager, ILoggerFactory logger, PassageDbContext db)
    : SecurityStampValidator<PassageUser>(options, signInManager, logger)
{
    /// <summary>Seconds between two checks of one session; 0 checks on every request.</summary>
    public const string IntervalSetting = "Passage:Accounts:SessionCheckSeconds";

    /// <summary>
    /// Reads the user's stamp and lockout alone, untracked: the check runs before every page, and Identity's own reads the
    /// whole user into the change tracker for the same two values.
    /// </summary>
    protected override async Task<PassageUser?> VerifySecurityStamp(ClaimsPrincipal? principal)
    {
        var id = principal is null ? null : SignInManager.UserManager.GetUserId(principal);
        var stamp = principal?.FindFirstValue(SignInManager.Options.ClaimsIdentity.SecurityStampClaimType);
        if (id is null || stamp is null)
        {
            return null;
        }

        var current = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd })
            .FirstOrDefaultAsync(SignInManager.Context.RequestAborted);
        if (current is null || current.SecurityStamp != stamp)
        {
            return null;
        }

        // Identity's own lockout rule, on the two values read.
        var user = new PassageUser { Id = id, LockoutEnabled = current.LockoutEnabled, LockoutEnd = current.LockoutEnd };
        return await SignInManager.UserManager.IsLockedOutAsync(user) ? null : user;
    }

    /// <summary>
    /// Keeps the session's principal and cookie as they are. Identity would build the principal again (the user's claims,
    /// roles and each role's claims: several queries) and send a new cookie on every checked request; but whatever the
    /// principal holds (roles, supervisor, country, name) changes only together with the security stamp, which has just
    /// been found unchanged.
    /// </summary>
    protected override Task SecurityStampVerified(PassageUser user, CookieValidatePrincipalContext context) => Task.CompletedTask;
}
