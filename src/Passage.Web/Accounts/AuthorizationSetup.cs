using Microsoft.AspNetCore.Authorization;
using Passage.Core.Accounts;

namespace Passage.Web.Accounts;

/// <summary>One policy per permission from <see cref="AccessPolicy"/>, and a fallback that refuses whatever declares no policy.</summary>
public static class AuthorizationSetup
{
    public static IServiceCollection AddPassageAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAssertion(_ => false).Build())
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser());
        services.Configure<AuthorizationOptions>(options =>
        {
            foreach (var permission in Enum.GetValues<Permission>())
            {
                options.AddPolicy(permission.ToString(), policy => ForPermission(policy, permission));
            }
        });
        return services;
    }

    private static void ForPermission(AuthorizationPolicyBuilder policy, Permission permission)
    {
        policy.RequireAuthenticatedUser();
        var roles = AccessPolicy.RolesFor(permission);
        if (roles.Count == 0)
        {
            policy.RequireAssertion(_ => false);
        }
        else
        {
            policy.RequireRole(roles);
            if (AccessPolicy.SupervisorsOnly(permission))
            {
                policy.RequireClaim(PassageClaims.Supervisor, "true");
            }
        }
    }
}
