using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Web.Accounts;

namespace Passage.Web.Pages.Account;

/// <summary>The signed-in user changes their password; their other sessions end, this one goes on.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PasswordModel(ChangePassword change, SignInManager<PassageUser> signIn) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public bool Saved { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await change.ExecuteAsync(Current, New, Confirm, ct);
        Current = New = Confirm = null;
        if (!result.Succeeded)
        {
            result.Problem!.AddTo(ModelState, "");
            return Page();
        }

        await signIn.RefreshSignInAsync(result.Value);
        Saved = true;
        return Page();
    }
}
