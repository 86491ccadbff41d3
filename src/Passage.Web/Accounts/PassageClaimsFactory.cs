using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Passage.Core.Accounts;

namespace Passage.Web.Accounts;

/// <summary>Adds the supervisor flag and a delegate's country to the claims Identity builds (id, name, roles).</summary>
public sealed class PassageClaimsFactory(
    UserManager<PassageUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PassageUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PassageUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.IsSupervisor)
        {
            identity.AddClaim(new Claim(PassageClaims.Supervisor, "true"));
        }

        if (!string.IsNullOrEmpty(user.CountryCode))
        {
            identity.AddClaim(new Claim(PassageClaims.Country, user.CountryCode));
        }

        return identity;
    }
}
