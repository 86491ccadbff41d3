using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

/// <summary>Values of the system's lists read as words on the pages, never as the names in code.</summary>
public sealed class EnumLabelPagesTests
{
    [Fact]
    public async Task AuditLog_Actions_ReadAsWordsInTheListAndTheFilter()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var auditor = await factory.SignedInBrowserAsync("maryam.auditor", Roles.Auditor);

        var html = await auditor.GetPageAsync("/Audit");

        html.ShouldContain("<td>Signed in</td>");
        html.ShouldContain(">Break-glass access opened</option>");
        html.ShouldNotContain(">SignedIn<");
    }
}
