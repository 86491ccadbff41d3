using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Pledges;

namespace Passage.Web.Pages.Referrals;

/// <summary>
/// A case's referral history with its decisions and clearance steps, and the next step the user may take: submit or
/// withdraw (resettlement), record the country's decision (resettlement, or the delegate of that country), record exit clearance.
/// For roles that may see choices it also shows the family view of the interviews.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPledges))]
public sealed class CaseModel(
    ViewCaseReferrals view, ViewCaseInterviews family, BuildDossier dossier, SubmitReferral submit, WithdrawReferral withdraw, DecideReferral decide, RecordExitClearance clear, Actor actor, TimeProvider clock)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid ReferralId { get; set; }

    [BindProperty]
    public DecisionOutcome? Outcome { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool DocumentsReady { get; set; }

    [BindProperty]
    public bool ExitPermission { get; set; }

    public CaseReferrals Referrals { get; private set; } = null!;

    public IReadOnlyList<FamilyMemberInterview>? Family { get; private set; }

    public Problem? Refusal { get; private set; }

    /// <summary>
    /// The members as the receiving country's dossier shows them (its minimum fields), for a viewer who may read the dossier
    /// but not the case itself: a country delegate. Null for anyone else, who sees the members on the case page.
    /// </summary>
    public Dossier? Members { get; private set; }

    /// <summary>Whether the viewer may open a referral's dossier.</summary>
    public bool MayReadDossier => actor.Can(Permission.ReadDossier);

    /// <summary>Whether the viewer may open the case page itself.</summary>
    public bool MayOpenCase => actor.Can(Permission.ReadCases);

    public bool MayWrite => actor.Can(Permission.WritePledges);

    public bool MayDecide(ReferralView referral) => PledgeAccess.MayDecide(actor, referral.CountryCode);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) =>
        await AfterAsync((await submit.ExecuteAsync(ReferralId, Reason, ct)).Problem, "The referral was submitted to the receiving country.", ct);

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) =>
        await AfterAsync((await withdraw.ExecuteAsync(ReferralId, Reason, ct)).Problem, "The referral was withdrawn.", ct);

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken ct) =>
        await AfterAsync(Outcome is { } outcome
            ? (await decide.ExecuteAsync(ReferralId, outcome, Today, Reason, ct)).Problem
            : Problem.Invalid(nameof(Outcome), "Choose the decision."),
            $"The decision was recorded: {(Outcome is { } done ? DecisionOutcomes.Label(done) : "")}.", ct);

    public async Task<IActionResult> OnPostClearAsync(CancellationToken ct) =>
        await AfterAsync((await clear.ExecuteAsync(ReferralId, DocumentsReady, ExitPermission, Today, Reason, ct)).Problem,
            DocumentsReady && ExitPermission ? "Exit clearance was recorded: the case is cleared." : "Exit clearance was recorded: still pending.", ct);

    private async Task<IActionResult> AfterAsync(Problem? problem, string done, CancellationToken ct)
    {
        if (problem is null)
        {
            TempData.SetNotice(done);
            return Redirect($"/Cases/{Id}/Referrals");
        }

        if (problem.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        Refusal = problem;
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var result = await view.ExecuteAsync(Id, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Referrals = result.Value;
        if (MayReadDossier && !MayOpenCase && Referrals.Referrals is [.., var latest]
            && await dossier.ExecuteAsync(latest.Id, ct) is { Succeeded: true } built)
        {
            Members = built.Value;
        }
        if (actor.MayRead(FieldGroup.ResettlementChoice))
        {
            var members = await family.ExecuteAsync(Id, ct);
            Family = members.Succeeded ? members.Value : null;
        }

        return Page();
    }
}
