using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;

namespace Passage.Web.Pages.Admin;

/// <summary>Changes a user's roles, supervisor flag and country. The security stamp changes so that sessions pick it up.</summary>
[Authorize(Policy = nameof(Permission.ManageUsers))]
public sealed class EditUserModel(UserManager<PassageUser> users, Actor actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public bool IsSupervisor { get; set; }

    [BindProperty]
    public string? CountryCode { get; set; }

    public string UserName { get; private set; } = "";

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.FindByIdAsync(Id);
        if (user is null)
        {
            return NotFound();
        }

        UserName = user.UserName ?? user.Id;
        Roles = [.. await users.GetRolesAsync(user)];
        IsSupervisor = user.IsSupervisor;
        CountryCode = user.CountryCode;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var user = await users.FindByIdAsync(Id);
        if (user is null)
        {
            return NotFound();
        }

        UserName = user.UserName ?? user.Id;
        var wanted = RoleChoices.Valid(Roles);
        var country = string.IsNullOrWhiteSpace(CountryCode) ? null : CountryCode.Trim().ToUpperInvariant();
        if (user.Id == actor.UserId && !wanted.Contains(Passage.Core.Accounts.Roles.Administrator))
        {
            ModelState.AddModelError("", "You cannot take the Administrator role from yourself; ask another administrator.");
        }

        if (wanted.Contains(Passage.Core.Accounts.Roles.CountryDelegate) && (country is null || country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            ModelState.AddModelError(nameof(CountryCode), "A country delegate needs the two-letter ISO 3166 code of their country.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted, StringComparer.Ordinal));
        await users.AddToRolesAsync(user, wanted.Except(current, StringComparer.Ordinal));
        user.IsSupervisor = IsSupervisor;
        user.CountryCode = country;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        Roles = [.. wanted];
        Saved = true;
        return Page();
    }
}
