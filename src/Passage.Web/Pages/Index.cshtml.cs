using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Web.Accounts;

namespace Passage.Web.Pages;

/// <summary>The start page: the page of the user's next task (<see cref="StartPages"/>), otherwise the links every user has.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(Actor actor) : PageModel
{
    public sealed record Link(string Href, string Label, string Description);

    public IReadOnlyList<Link> Links { get; } = [new("/Account/Tokens", "My API tokens", "personal tokens for scripts")];

    public IActionResult OnGet() => StartPages.For(actor) is { } start ? Redirect(start) : Page();
}
