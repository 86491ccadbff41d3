using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Passage.Core.Accounts;

namespace Passage.Web.Accounts;

/// <summary>
/// Identity's check of a session against the user's security stamp (which sign-out, a password change and a role
/// change replace), that also ends the session of a locked account.
/// </summary>
public sealed class PassageSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<PassageUser> signInManager, ILoggerFactory logger)
    : SecurityStampValidator<PassageUser>(options, signInManager, logger)
{
    /// <summary>Seconds between two checks of one session; 0 checks on every request.</summary>
    public const string IntervalSetting = "Passage:Accounts:SessionCheckSeconds";

    protected override async Task<PassageUser?> VerifySecurityStamp(ClaimsPrincipal? principal)
    {
        var user = await base.VerifySecurityStamp(principal);
        return user is not null && await SignInManager.UserManager.IsLockedOutAsync(user) ? null : user;
    }

    /// <summary>
    /// Keeps the session's principal and cookie as they are. Identity would build the principal again (the user's claims,
    /// roles and each role's claims: several queries) and send a new cookie on every checked request; but whatever the
    /// principal holds (roles, supervisor, country, name) changes only together with the security stamp, which has just
    /// been found unchanged.
    /// </summary>
    protected override Task SecurityStampVerified(PassageUser user, CookieValidatePrincipalContext context) => Task.CompletedTask;
}
