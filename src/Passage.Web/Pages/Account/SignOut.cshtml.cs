using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Web.Accounts;

namespace Passage.Web.Pages.Account;

/// <summary>Signing out ends every session of the user, on every device, not only this browser's cookie.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SignOutModel(SignInManager<PassageUser> signIn, EndSessions sessions, Actor actor, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await audit.RecordNowAsync(AuditAction.SignedOut, "User", actor.UserId, ct: ct);
        await sessions.ExecuteAsync();
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
