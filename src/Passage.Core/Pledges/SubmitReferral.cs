using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;

namespace Passage.Core.Pledges;

/// <summary>
/// Sends a referral's dossier to the receiving country: the case moves from Referred to Submitted. After the country asked
/// for more information, submitting again puts the referral back before the country; the case stays Submitted.
/// </summary>
public sealed class SubmitReferral(ReferralCaseMove cases, TimeProvider clock)
{
    public async Task<Result<Referral>> ExecuteAsync(Guid referralId, string? reason, CancellationToken ct = default)
    {
        var loaded = await cases.LoadAsync(referralId, Permission.WritePledges, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem!;
        }

        var (referral, @case) = loaded.Value;
        var why = TextRules.Required(reason, "Reason", "Say what is sent, for example the dossier's date or the information the country asked for.");
        if (!why.Succeeded)
        {
            return why.Problem!;
        }

        var firstSubmission = referral.Status == ReferralStatus.Referred;
        if (referral.Submit(clock.GetUtcNow()) is { } refusal)
        {
            return Problem.Refused(refusal);
        }

        if (firstSubmission && await cases.MoveAsync(@case, CaseFlow.Referral, CaseStatus.Submitted, why.Value, ct) is { } refused)
        {
            return refused;
        }

        return await cases.SaveAsync(ct) is { } conflict ? conflict : referral;
    }
}
