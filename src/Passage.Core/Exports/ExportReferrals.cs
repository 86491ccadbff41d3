using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Pledges;

namespace Passage.Core.Exports;

/// <summary>
/// The referral list as a file, with its status filter: every country's for the operation, a country delegate's inbox for
/// them (what <see cref="ListReferrals"/> shows them). A short list, read as the page reads it.
/// </summary>
public sealed class ExportReferrals(ListReferrals list, Actor actor, AuditLog audit)
{
    public async Task<Result<ExportFile>> ExecuteAsync(ReferralStatus? status, ExportFormat format, bool hxl = false, CancellationToken ct = default)
    {
        var badStatus = status is { } s && !Enum.IsDefined(s) ? Problem.Invalid("status", "Unknown referral status.") : null;
        if (await ExportRules.CheckAsync(actor, audit, ExportList.Referrals, nameof(Referral), format, hxl, [], badStatus, ct) is { } problem)
        {
            return problem;
        }

        var columns = ExportColumns.For(actor, ExportList.Referrals, ExportColumns.Referrals);
        return new ExportFile(audit, "referrals", nameof(Referral), status is null ? "" : $"status={status}", format, [.. columns.Select(c => c.Name)],
            token => Rows(status, columns, token));
    }

    private async IAsyncEnumerable<ExportRow> Rows(
        ReferralStatus? status, IReadOnlyList<ExportColumn<ReferralSummary>> columns, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var referral in await list.ExecuteAsync(status, null, ct))
        {
            yield return ExportRules.Row(referral.CaseNumber, columns, referral);
        }
    }
}
