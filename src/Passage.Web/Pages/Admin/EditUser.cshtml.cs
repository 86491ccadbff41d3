using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;

namespace Passage.Web.Pages.Admin;

/// <summary>Changes a user's roles, supervisor flag, country and lock, through <see cref="EditUser"/>.</summary>
[Authorize(Policy = nameof(Permission.ManageUsers))]
public sealed class EditUserModel(EditUser edit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public bool IsSupervisor { get; set; }

    [BindProperty]
    public string? CountryCode { get; set; }

    [BindProperty]
    public bool Locked { get; set; }

    public UserAccount? Account { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await edit.GetAsync(Id, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Show(result.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await edit.ExecuteAsync(Id, new UserChanges(Roles, IsSupervisor, CountryCode, Locked), ct);
        if (result.Succeeded)
        {
            Show(result.Value);
            Saved = true;
            return Page();
        }

        if (result.Problem!.Kind == Core.Common.ProblemKind.NotFound)
        {
            return NotFound();
        }

        result.Problem.AddTo(ModelState, "");
        var current = await edit.GetAsync(Id, ct);
        Account = current.Succeeded ? current.Value : null;
        return Page();
    }

    private void Show(UserAccount account)
    {
        Account = account;
        Roles = [.. account.Roles, .. account.PendingRoles];
        IsSupervisor = account.IsSupervisor;
        CountryCode = account.CountryCode;
        Locked = account.LockedOut;
    }
}
