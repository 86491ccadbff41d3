using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

public sealed class AuditVerificationPageTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AuditPage_ShowsTheLastVerification_WhenByWhomWithWhatAndItsOutcome(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var auditor = await factory.SignedInBrowserAsync("parisa.auditor", Roles.Auditor);
        var before = await auditor.GetPageAsync("/Audit");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Actor>().Set("cli", "cli", "cli", [Roles.Auditor]);
            (await scope.ServiceProvider.GetRequiredService<VerifyAuditChain>().ExecuteAsync("passage audit verify")).Value.Intact.ShouldBeTrue();
        }

        var after = await auditor.GetPageAsync("/Audit");

        before.ShouldContain("The log has not been verified yet.");
        after.ShouldContain("Last verification of the log");
        after.ShouldContain("<bdi>cli</bdi>, with <code>passage audit verify</code>");
        after.ShouldContain("<dd class=\"outcome-intact\">Intact</dd>");
    }
}
