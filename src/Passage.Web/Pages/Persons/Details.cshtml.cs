using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Registry;
using Passage.Web.Accounts;

namespace Passage.Web.Pages.Persons;

/// <summary>A person's record, with only what the viewer's role may see. Open to any signed-in user: the use case answers
/// "not found" to whoever may not see the person, so the page cannot tell whether the person exists.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DetailsModel(ViewPerson view) : PageModel
{
    public PersonView Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await view.ExecuteAsync(id, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Person = result.Value;
        return Page();
    }
}
