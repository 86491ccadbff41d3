using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Passage.Core.Accounts;
using Passage.Core.Storage;
using Passage.Web.Hosting;

namespace Passage.Web.Accounts;

/// <summary>
/// Identity with the sign-in cookie for pages, personal API tokens for scripts, and a scheme that picks the token
/// when an <c>Authorization: Bearer</c> header is present and the cookie otherwise.
/// </summary>
public static class AuthenticationSetup
{
    public const string SelectScheme = "Passage";

    public static IServiceCollection AddPassageAuthentication(this IServiceCollection services)
    {
        services.AddIdentity<PassageUser, IdentityRole>(options =>
            {
                AccountRules.Apply(options);
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<PassageDbContext>()
            .AddClaimsPrincipalFactory<PassageClaimsFactory>()
            .AddDefaultTokenProviders();

        // Sign-out, a password change, a role change or a lock ends every session of the user at the next request
        // (or within the configured seconds), not after Identity's default half hour.
        services.AddScoped<ISecurityStampValidator, PassageSecurityStampValidator>();
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IConfiguration>((options, configuration) =>
            options.ValidationInterval = TimeSpan.FromSeconds(Math.Max(configuration.GetValue(PassageSecurityStampValidator.IntervalSetting, 0), 0)));
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section);
        services.AddSingleton<SignInThrottle>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Passage";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.CookieManager = new HostPrefixedCookieManager();
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            options.AccessDeniedPath = "/Account/Denied";
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = SelectScheme;
                options.DefaultAuthenticateScheme = SelectScheme;
                options.DefaultChallengeScheme = SelectScheme;
                options.DefaultForbidScheme = SelectScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddPolicyScheme(SelectScheme, "Cookie or API token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? ApiTokenAuthenticationHandler.SchemeName
                        : IdentityConstants.ApplicationScheme);
        return services;
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (WebSetup.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
