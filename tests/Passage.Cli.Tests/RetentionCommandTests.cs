using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Registry;
using Case = Passage.Core.Cases.Case;

namespace Passage.Cli.Tests;

public sealed class RetentionCommandTests
{
    /// <summary>A case closed in 2015 (past every shipped period) and one closed yesterday.</summary>
    private static async Task SeedAsync(CliRun cli)
    {
        (await cli.RunAsync("migrate")).Exit.ShouldBe(ExitCodes.Ok);
        var officer = new Actor();
        officer.Set("registration", "registration@test", null, [Roles.Registration]);
        await using var db = cli.Context();
        foreach (var (number, given, closedAt) in new[]
        {
            (1, "Hossein", new DateTimeOffset(2015, 3, 14, 9, 0, 0, TimeSpan.Zero)),
            (2, "Maryam", DateTimeOffset.UtcNow.AddDays(-1)),
        })
        {
            var @case = Case.Open($"C-00000{number}", officer, closedAt.AddDays(-30));
            var details = new PersonDetails(given, "Rezaei", "Mohammad", null, null, null, "Male", "1968", "B", "7").Validate(DateOnly.FromDateTime(DateTime.UtcNow)).Value;
            db.Cases.Add(@case);
            db.Persons.Add(Person.Register($"PSG-00000{number}", details, @case.Id, closedAt.AddDays(-30)));
            @case.TryMove(CaseStatus.Withdrawn, "Withdrew from the process", new CaseFacts(1, []), officer, closedAt).Succeeded.ShouldBeTrue();
        }

        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task RetentionDryRun_ReportsEachKindAndChangesNothing_ThenTheRunAppliesTheSameCounts()
    {
        using var cli = new CliRun();
        await SeedAsync(cli);
        int auditBefore;
        await using (var db = cli.Context())
        {
            auditBefore = await db.AuditEntries.CountAsync();
        }

        var (exit, output, error) = await cli.RunAsync("retention", "--dry-run");

        exit.ShouldBe(ExitCodes.Ok, error);
        output.ShouldBe("""
            Kind	Action	Period (days)	Would be changed	Oldest clock start
            ClosedCasePersons	anonymise	1825	1	2015-03-14
            FamilyRequests	delete	365	0	-
            VerificationRequests	anonymise	730	0	-
            ApiTokens	delete	90	0	-
            IdempotencyRecords	delete	3	0	-
            IssuedManifests	anonymise	365	0	-

            """.ReplaceLineEndings(), StringCompareShould.IgnoreLineEndings);
        error.ShouldContain("Dry run: 1 records would be anonymised or deleted; nothing was changed.");
        await using (var db = cli.Context())
        {
            (await db.Persons.CountAsync(p => p.AnonymisedAt == null)).ShouldBe(2);
            (await db.AuditEntries.CountAsync()).ShouldBe(auditBefore);
        }

        (exit, output, error) = await cli.RunAsync("retention");

        exit.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("ClosedCasePersons\tanonymise\t1825\t1\t2015-03-14");
        error.ShouldContain("Persons of closed cases: 1 of 1 anonymised");
        await using var after = cli.Context();
        (await after.Persons.SingleAsync(p => p.RegistrationNumber == "PSG-000001")).GivenName.ShouldBe(Person.AnonymisedName);
        (await after.Persons.SingleAsync(p => p.RegistrationNumber == "PSG-000002")).GivenName.ShouldBe("Maryam");
        var entry = await after.AuditEntries.SingleAsync(e => e.Action == AuditAction.Anonymised);
        (entry.UserName, entry.EntityType, entry.Detail).ShouldBe((CliServices.ActorName, nameof(Person), "retention: ClosedCasePersons"));
    }

    [Fact]
    public async Task Retention_UnknownOption_IsAUsageError()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("retention", "--dry");

        exit.ShouldBe(ExitCodes.Usage);
        error.ShouldContain("--dry");
    }
}
