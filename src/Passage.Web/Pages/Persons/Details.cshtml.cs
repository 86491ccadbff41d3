using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Registry;
using Passage.Web.Accounts;
using Passage.Web.Pages.BreakGlass;

namespace Passage.Web.Pages.Persons;

/// <summary>A person's record, with only what the viewer's role may see. Open to any signed-in user: the use case answers
/// "not found" to whoever may not see the person, so the page cannot tell whether the person exists; a role that may
/// open the record in an emergency gets the "not allowed" page with the form for a reason instead.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DetailsModel(ViewPerson view, Actor actor) : PageModel
{
    public PersonView Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await view.ExecuteAsync(id, ct);
        if (!result.Succeeded)
        {
            return BreakGlassForm.NotAllowedOrNotFound(this, actor, BreakGlassRecord.Person, id);
        }

        Person = result.Value;
        return Page();
    }
}
