using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;

namespace Passage.Web.Pages.Admin;

/// <summary>Roles asked for by one administrator, approved or turned down by another.</summary>
[Authorize(Policy = nameof(Permission.ManageUsers))]
public sealed class RoleRequestsModel(RoleRequests requests) : PageModel
{
    public IReadOnlyList<RoleRequestView> Pending { get; private set; } = [];

    public string? Done { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostApproveAsync(Guid requestId, CancellationToken ct) =>
        await AfterAsync(await requests.ApproveAsync(requestId, ct), "approved", ct);

    public async Task<IActionResult> OnPostRejectAsync(Guid requestId, CancellationToken ct) =>
        await AfterAsync(await requests.RejectAsync(requestId, ct), "turned down", ct);

    private async Task<IActionResult> AfterAsync(Result<RoleChange> result, string what, CancellationToken ct)
    {
        if (!result.Succeeded)
        {
            if (result.Problem!.Kind == ProblemKind.NotFound)
            {
                return NotFound();
            }

            result.Problem.AddTo(ModelState, "");
        }
        else
        {
            Done = $"The {Roles.Label(result.Value.Role)} role for {result.Value.UserName} was {what}.";
        }

        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var pending = await requests.PendingAsync(ct);
        if (!pending.Succeeded)
        {
            return NotFound();
        }

        Pending = pending.Value;
        return Page();
    }
}
