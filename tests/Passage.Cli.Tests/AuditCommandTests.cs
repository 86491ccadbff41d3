using Microsoft.EntityFrameworkCore;
using Passage.Core.Audit;

namespace Passage.Cli.Tests;

public sealed class AuditCommandTests
{
    [Fact]
    public async Task AuditVerify_OnAnIntactLog_WritesAnAnchor_AndAfterTamperingNamesTheEntryAndFails()
    {
        using var cli = new CliRun();
        (await cli.RunAsync("users", "add", "--email", "auditor@example.org", "--name", "Nasrin Karimi",
            "--password", "Str0ng-Passw0rd!", "--role", "Auditor")).Exit.ShouldBe(ExitCodes.Ok);
        var anchor = cli.PathOf("anchor.json");

        var (exit, output, error) = await cli.RunAsync("audit", "verify", "--anchor", anchor);

        exit.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("The audit log is intact:");
        File.ReadAllText(anchor).ShouldContain("\"sequence\"");
        (await cli.RunAsync("audit", "verify", "--against", anchor)).Exit.ShouldBe(ExitCodes.Ok);

        await using (var db = cli.Context())
        {
            (await db.AuditVerifications.CountAsync()).ShouldBe(2);
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"AuditEntries_NoUpdate\"");
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'nobody' WHERE \"Sequence\" = 2");
        }

        (exit, _, error) = await cli.RunAsync("audit", "verify", "--against", anchor);

        exit.ShouldBe(ExitCodes.Failed);
        error.ShouldContain("Entry #2 (id ");
        await using var after = cli.Context();
        var last = await after.AuditVerifications.OrderByDescending(v => v.Id).FirstAsync();
        last.Outcome.ShouldBe(AuditChainOutcome.Changed);
        last.Via.ShouldBe("passage audit verify");
    }
}
