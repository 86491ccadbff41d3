using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Audit;

namespace Passage.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<PassageUser> signIn, Actor actor, AuditLog audit) : PageModel
{
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
        var user = string.IsNullOrWhiteSpace(UserName) ? null : await signIn.UserManager.FindByNameAsync(UserName.Trim());
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            actor.Set(user!.Id, user.UserName ?? user.Id, address, await signIn.UserManager.GetRolesAsync(user), user.IsSupervisor, user.CountryCode);
            await audit.RecordNowAsync(AuditAction.SignedIn, "User", user.Id, ct: ct);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        // The typed name is not recorded: it may be a password typed into the wrong field.
        actor.Set("anonymous", "anonymous", address, []);
        await audit.RecordNowAsync(AuditAction.SignInFailed, "User", user?.Id ?? "unknown", result.IsLockedOut ? "locked out" : null, ct);
        Message = result.IsLockedOut
            ? "This account is locked after repeated failed sign-ins. Try again in 15 minutes, or ask an administrator."
            : "The user name or password is not right.";
        Password = "";
        return Page();
    }
}
