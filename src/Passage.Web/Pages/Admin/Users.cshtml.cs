using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;

namespace Passage.Web.Pages.Admin;

/// <summary>The administrator's list of users, their roles and the roles waiting for a second administrator.</summary>
[Authorize(Policy = nameof(Permission.ManageUsers))]
public sealed class UsersModel(ListUsers list) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await list.ExecuteAsync(ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Users = result.Value;
        return Page();
    }
}
