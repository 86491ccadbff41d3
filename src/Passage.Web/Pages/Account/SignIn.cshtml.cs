using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Web.Accounts;

namespace Passage.Web.Pages.Account;

/// <summary>
/// Sign-in. A failure reads and takes the same whether the account exists, is locked or the password is wrong (an
/// unknown or locked account still has a password hashed), and repeated failures are throttled per address and account.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<PassageUser> signIn, Actor actor, AuditLog audit, SignInThrottle throttle, TimeProvider clock)
    : PageModel
{
    public const string FailedMessage =
        "The user name or password is not right. After 5 failed attempts an account is locked for 15 minutes; if you cannot sign in, ask an administrator.";

    private static string? _dummyHash;

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var typed = UserName?.Trim() ?? "";
        Password ??= "";
        if (throttle.RetryAfter(address, typed) is { } wait)
        {
            return TooManyAttempts(wait);
        }

        var user = typed.Length == 0 ? null : await signIn.UserManager.FindByNameAsync(typed);
        var result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (user is null || await signIn.UserManager.IsLockedOutAsync(user))
        {
            // Identity answers at once for an unknown or locked account; hashing anyway keeps the time the same.
            var hasher = signIn.UserManager.PasswordHasher;
            _dummyHash ??= hasher.HashPassword(new PassageUser(), Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(user ?? new PassageUser(), _dummyHash, Password);
            result = user is null ? result : Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
        }
        else
        {
            result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        }

        if (result.Succeeded)
        {
            actor.Set(user!.Id, user.UserName ?? user.Id, address, await signIn.UserManager.GetRolesAsync(user), user.IsSupervisor, user.CountryCode);
            await audit.RecordNowAsync(AuditAction.SignedIn, "User", user.Id, ct: ct);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        throttle.Failed(address, typed);

        // The typed name is not recorded: it may be a password typed into the wrong field.
        actor.Set("anonymous", "anonymous", address, []);
        await audit.RecordNowAsync(AuditAction.SignInFailed, "User", user?.Id ?? "unknown", result.IsLockedOut ? "locked out" : null, ct);
        Message = FailedMessage;
        Password = "";
        return Page();
    }

    private PageResult TooManyAttempts(TimeSpan wait)
    {
        var seconds = Math.Max((int)Math.Ceiling(wait.TotalSeconds), 1);
        var at = clock.GetUtcNow().AddSeconds(seconds).UtcDateTime.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture);
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        Message = $"Too many failed sign-ins from this address or for this account. Try again after {at} (in about {Math.Max(seconds / 60, 1)} minutes).";
        Password = "";
        return Page();
    }
}
