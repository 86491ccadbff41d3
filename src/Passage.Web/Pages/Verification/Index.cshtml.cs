using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Verification;

namespace Passage.Web.Pages.Verification;

/// <summary>The verification requests of the user's country (the agency: of every country), latest first, with their answers.</summary>
[Authorize(Policy = nameof(Permission.RequestVerification))]
public sealed class IndexModel(ListVerificationRequests list) : PageModel
{
    public IReadOnlyList<VerificationRequestView> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Requests = await list.ExecuteAsync(ct);
}
