using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Web.Accounts;

namespace Passage.Web.Pages.Account;

/// <summary>The signed-in user's personal API tokens: create (the secret shown once), list, revoke.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class TokensModel(ApiTokens tokens, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public int? LifetimeDays { get; set; } = 90;

    public string? Secret { get; private set; }

    public IReadOnlyList<ApiTokenView> Tokens { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await tokens.CreateAsync(Name, LifetimeDays, ct);
        if (result.Succeeded)
        {
            Secret = result.Value.Secret;
            Name = null;
        }
        else
        {
            result.Problem!.AddTo(ModelState, "");
        }

        Tokens = await tokens.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId, CancellationToken ct)
    {
        var result = await tokens.RevokeAsync(tokenId, ct);
        return result.Succeeded ? RedirectToPage() : NotFound();
    }

    public string State(ApiTokenView token) =>
        token.RevokedAt is not null ? "revoked" : token.ExpiresAt <= clock.GetUtcNow() ? "expired" : "active";

    public static string Day(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
