using Microsoft.AspNetCore.Identity;

namespace Passage.Core.Accounts;

/// <summary>The password and lockout rules of every Passage account, for the web application and the command line alike.</summary>
public static class AccountRules
{
    public static void Apply(IdentityOptions options)
    {
        options.Password.RequiredLength = 8;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    }
}
