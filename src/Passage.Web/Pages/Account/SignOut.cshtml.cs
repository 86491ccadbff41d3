using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Web.Accounts;

namespace Passage.Web.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
public sealed class SignOutModel(SignInManager<PassageUser> signIn, Actor actor, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await audit.RecordNowAsync(AuditAction.SignedOut, "User", actor.UserId, ct: ct);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
