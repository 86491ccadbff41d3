using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;

namespace Passage.Web.Pages.Admin;

[Authorize(Policy = nameof(Permission.ManageUsers))]
public sealed class AddUserModel(AddUser addUser) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public bool IsSupervisor { get; set; }

    [BindProperty]
    public string? CountryCode { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await addUser.ExecuteAsync(new NewUser(Email, DisplayName, Password, Roles, IsSupervisor, CountryCode), ct);
        if (result.Succeeded)
        {
            return Redirect("/Admin/Users");
        }

        result.Problem!.AddTo(ModelState, "");
        Password = null;
        return Page();
    }
}
