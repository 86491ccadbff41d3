using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Web.Accounts;

namespace Passage.Web.Pages;

/// <summary>The start page: the registry for those who may read it, otherwise the links the user's roles allow.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(Actor actor) : PageModel
{
    public sealed record Link(string Href, string Label, string Description);

    public IReadOnlyList<Link> Links { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (actor.Can(Permission.ReadBiodata))
        {
            return Redirect("/Persons");
        }

        var links = new List<Link>();
        if (actor.Can(Permission.ReadAudit))
        {
            links.Add(new("/Audit", "Audit log", "who did what, when, from where"));
        }

        if (actor.Can(Permission.ManageUsers))
        {
            links.Add(new("/Admin/Users", "Users", "add users and give roles"));
        }

        links.Add(new("/Account/Tokens", "My API tokens", "personal tokens for scripts"));
        Links = links;
        return Page();
    }
}
