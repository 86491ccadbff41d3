using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;

namespace Passage.Core.Pledges;

/// <summary>
/// Records a step of exit clearance after acceptance: travel documents and the host state's exit permission. When both are
/// in hand the clearance is Cleared and the case moves from Accepted to Cleared, ready for booking.
/// </summary>
public sealed class RecordExitClearance(Actor actor, ReferralCaseMove cases, TimeProvider clock)
{
    public async Task<Result<ExitClearance>> ExecuteAsync(Guid referralId, bool documentsReady, bool exitPermission, DateOnly on, string? note, CancellationToken ct = default)
    {
        var loaded = await cases.LoadAsync(referralId, Permission.WritePledges, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem!;
        }

        var (referral, @case) = loaded.Value;
        var now = clock.GetUtcNow();
        if (OperationDates.PastProblem(on, DateOnly.FromDateTime(now.UtcDateTime), "On") is { } badDate)
        {
            return badDate;
        }

        var checkedNote = TextRules.Optional(note, "Note");
        if (!checkedNote.Succeeded)
        {
            return checkedNote.Problem!;
        }

        var (clearance, refusal) = referral.RecordClearance(documentsReady, exitPermission, on, checkedNote.Value, actor, now);
        if (refusal is not null)
        {
            return Problem.Refused(refusal);
        }

        if (clearance!.Status == ClearanceStatus.Cleared
            && await cases.MoveAsync(@case, CaseFlow.ExitClearance, CaseStatus.Cleared, "Exit clearance: travel documents ready and exit permission granted", ct) is { } refused)
        {
            return refused;
        }

        return await cases.SaveAsync(ct) is { } conflict ? conflict : clearance;
    }
}
