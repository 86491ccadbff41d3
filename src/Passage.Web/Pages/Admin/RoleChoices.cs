using Passage.Core.Accounts;

namespace Passage.Web.Pages.Admin;

/// <summary>The roles an administrator ticked, keeping only roles that exist.</summary>
public static class RoleChoices
{
    public static IReadOnlyList<string> Valid(IEnumerable<string>? chosen) =>
        (chosen ?? []).Where(r => Roles.All.Contains(r, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
}
