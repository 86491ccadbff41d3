using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.FamilyContact;

namespace Passage.Web.Pages.FamilyContact;

/// <summary>
/// One family contact request: who asks, whom they seek, what the requester may be told; for the tracing officer also the
/// registry's candidates, the sought person's answer and the contacts made.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadFamilyRequests))]
public sealed class DetailsModel(
    ViewFamilyRequest view, FindFamilyCandidates find, ConfirmFamilyCandidate confirm, RecordFamilyConsent consent, WithdrawFamilyConsent withdraw,
    RecordFamilyContact contact, Actor actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public Guid? PersonId { get; set; }

    [BindProperty]
    public ConsentAnswer? Answer { get; set; }

    [BindProperty]
    public bool AskedAlone { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public ContactKind? Kind { get; set; }

    [BindProperty]
    public string? ContactNote { get; set; }

    [BindProperty]
    public string? WithdrawalNote { get; set; }

    public FamilyRequestView Family { get; private set; } = null!;

    public IReadOnlyList<FamilyCandidate>? Candidates { get; private set; }

    public bool MayWrite => actor.Can(Permission.WriteFamilyRequests);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct) =>
        await AfterAsync(await confirm.ExecuteAsync(Id, PersonId, Version, ct), PersonId is null ? "Recorded that no one in the registry is the person sought." : "Candidate confirmed; ask them, alone, whether they want contact.", ct);

    public async Task<IActionResult> OnPostConsentAsync(CancellationToken ct) =>
        await AfterAsync(Answer is { } answer
            ? await consent.ExecuteAsync(Id, answer, AskedAlone, Note, Version, ct)
            : Problem.Invalid(nameof(Answer), "Choose their answer: accept, a message only, or decline."), "Their answer is recorded.", ct);

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        var result = await withdraw.ExecuteAsync(Id, WithdrawalNote, Version, ct);
        return await AfterAsync(result, "Withdrawal of consent recorded; the requester is told the standard answer again.", ct, nameof(WithdrawalNote));
    }

    public async Task<IActionResult> OnPostContactAsync(CancellationToken ct)
    {
        var result = Kind is { } kind
            ? await contact.ExecuteAsync(Id, kind, ContactNote, Version, ct)
            : Problem.Invalid(nameof(Kind), "Choose a message passed or a call arranged.");
        return await AfterAsync(result, "Contact recorded.", ct, nameof(ContactNote));
    }

    private async Task<IActionResult> AfterAsync<T>(Result<T> result, string notice, CancellationToken ct, string? noteField = null)
    {
        if (result.Succeeded)
        {
            TempData.SetNotice(notice);
            return Redirect($"/FamilyContact/{Id}");
        }

        if (result.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        ModelState.Clear();
        var problem = noteField is null || result.Problem.Errors is null ? result.Problem
            : result.Problem with { Errors = result.Problem.Errors.ToDictionary(e => e.Key == "Note" ? noteField : e.Key, e => e.Value, StringComparer.Ordinal) };
        problem.AddTo(ModelState, "");
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var result = await view.ExecuteAsync(Id, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Family = result.Value;
        if (MayWrite && Family.Stage is FamilyRequestStage.Received or FamilyRequestStage.NoneFound)
        {
            Candidates = (await find.ExecuteAsync(Id, ct)).Value;
        }

        return Page();
    }
}
