using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry;

namespace Passage.Web.Pages.Persons;

/// <summary>A person's family links, in their case and across cases: add one by registration number, remove one.</summary>
[Authorize(Policy = nameof(Permission.WriteBiodata))]
public sealed class FamilyLinksModel(ViewPerson view, LinkFamilyMembers link, UnlinkFamilyMembers unlink) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? RelatedPerson { get; set; }

    [BindProperty]
    public Relationship? Relationship { get; set; }

    public PersonView Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await link.ExecuteAsync(Id, RelatedPerson, Relationship, ct);
        if (result.Succeeded)
        {
            var added = result.Value;
            TempData.SetNotice($"{added.RelatedRegistrationNumber} is now linked as {Relationships.Label(added.Relationship).ToLowerInvariant()} of {added.RegistrationNumber}"
                + (added.SameCase ? " (same case)." : " (another case)."));
            return Redirect($"/Persons/{Id}/FamilyLinks");
        }

        if (result.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        result.Problem.AddTo(ModelState, "");
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid related, CancellationToken ct)
    {
        var result = await unlink.ExecuteAsync(Id, related, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData.SetNotice($"The family link with {result.Value} was removed. Both persons stay in their cases.");
        return Redirect($"/Persons/{Id}/FamilyLinks");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var person = await view.ExecuteAsync(Id, ct);
        if (!person.Succeeded)
        {
            return NotFound();
        }

        Person = person.Value;
        ViewData["ErrorOrder"] = new[] { nameof(Relationship), nameof(RelatedPerson) };
        return Page();
    }
}
