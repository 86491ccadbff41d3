using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Demo;
using Passage.Core.Exports;
using Passage.Core.Incidents;
using Passage.Core.Protection;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Core.Tests.Demo;
using Passage.Testing;

namespace Passage.Core.Tests.Exports;

public class ExportListsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WriteAsync_ThousandsOfPersons_WritesRowsAsTheyAreReadWithoutTrackingThem(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var services = DemoOperationTests.Services(database);
        await DemoOperation.SeedAsync(services, 2500, CancellationToken.None);
        await using var scope = As(services, Roles.Registration);
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var export = (await scope.ServiceProvider.GetRequiredService<ExportPersons>().ExecuteAsync(new PersonFilter(), ExportFormat.Csv)).Value;
        var progress = new List<int>();
        using var whole = new MemoryStream();

        var rows = await export.WriteAsync(whole, new Reported(progress));

        rows.ShouldBe(await db.Persons.CountAsync());
        progress.ShouldBe([1000, 2000, rows]);
        Encoding.UTF8.GetString(whole.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(rows + 1);
        db.ChangeTracker.Entries<Person>().ShouldBeEmpty();

        // A reader that goes away after the first bytes stops the export: the rows had not all been read before writing began.
        var cut = (await scope.ServiceProvider.GetRequiredService<ExportPersons>().ExecuteAsync(new PersonFilter(), ExportFormat.Csv)).Value;
        await Should.ThrowAsync<IOException>(() => cut.WriteAsync(new CutOffStream()));
        var interrupted = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync(a => a.Action == AuditAction.Exported);
        interrupted.Detail.ShouldNotBeNull().ShouldStartWith("export of persons (interrupted): CSV;");
        var written = int.Parse(interrupted.Detail.Split("; ").Single(p => p.EndsWith(" rows", StringComparison.Ordinal)).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        written.ShouldBeInRange(1, rows - 1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_EachList_HoldsItsRowsAndNeverWhereaboutsOrCasualtyNames(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var services = DemoOperationTests.Services(database);
        await DemoOperation.SeedAsync(services, 400, CancellationToken.None);
        await using var check = database.CreateContext();
        var walkOuts = await check.Set<WalkOut>().Join(check.Cases, w => w.CaseId, c => c.Id, (w, c) => new { c.CaseNumber, w.Whereabouts }).ToListAsync();
        var casualties = await check.Casualties.Join(check.Persons, c => c.PersonId, p => p.Id, (c, p) => p.RegistrationNumber).ToListAsync();
        walkOuts.ShouldNotBeEmpty();
        casualties.ShouldNotBeEmpty();

        var incidents = await CsvAsync(services, Roles.Viewer, p => p.GetRequiredService<ExportIncidents>().ExecuteAsync(ExportFormat.Csv));
        var protection = await CsvAsync(services, Roles.Protection, p => p.GetRequiredService<ExportWalkOuts>().ExecuteAsync(ExportFormat.Csv));
        var cases = await CsvAsync(services, Roles.Movement, p => p.GetRequiredService<ExportCases>().ExecuteAsync(new Core.Cases.CaseFilter(), ExportFormat.Csv));
        var referrals = await CsvAsync(services, Roles.Resettlement, p => p.GetRequiredService<ExportReferrals>().ExecuteAsync(null, ExportFormat.Csv));
        var audit = await CsvAsync(services, Roles.Auditor, p => p.GetRequiredService<ExportAudit>().ExecuteAsync(new AuditFilter(Action: AuditAction.Imported), ExportFormat.Csv));

        incidents.Length.ShouldBe(1 + await check.Incidents.CountAsync());
        incidents[0].ShouldBe("OccurredAt,Type,Location,Injured,Killed");
        protection.Length.ShouldBe(1 + walkOuts.Count);
        protection.Skip(1).Select(l => l.Split(',')[0]).ShouldBe(walkOuts.Select(w => w.CaseNumber), ignoreOrder: true);
        cases.Length.ShouldBe(1 + await check.Cases.CountAsync());
        cases[0].ShouldBe("CaseNumber,Status,Members,Country,WaitingSince");
        audit.Length.ShouldBe(2);
        referrals.Length.ShouldBe(1 + await check.Referrals.CountAsync());
        var everything = string.Join('\n', incidents.Concat(protection).Concat(cases).Concat(audit).Concat(referrals));
        walkOuts.ShouldNotContain(w => everything.Contains(w.Whereabouts, StringComparison.Ordinal));
        casualties.ShouldNotContain(n => everything.Contains(n, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_FilterOnAFieldTheRoleMayNotRead_IsRefusedAndAudited(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var services = DemoOperationTests.Services(database);
        await using var scope = As(services, Roles.Registration);

        var result = await scope.ServiceProvider.GetRequiredService<ExportCases>().ExecuteAsync(new Core.Cases.CaseFilter(Country: "DE"), ExportFormat.Csv);

        result.Problem.ShouldNotBeNull().Errors.ShouldNotBeNull().Keys.ShouldBe(["country"]);
        await using var check = database.CreateContext();
        (await check.AuditEntries.SingleAsync(a => a.Action == AuditAction.Refused)).Detail.ShouldBe("export refused: filter on Referrals");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_AggregateTableWithHxl_HasTheHashtagRowUnderTheHeaderInCsvAndXlsx(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var services = DemoOperationTests.Services(database);
        await DemoOperation.SeedAsync(services, 400, CancellationToken.None);

        var pledges = await CsvAsync(services, Roles.Viewer, p => p.GetRequiredService<ExportAggregates>().ExecuteAsync(AggregateTable.Pledges, ExportFormat.Csv, hxl: true));
        var bySex = await CsvAsync(services, Roles.Viewer, p => p.GetRequiredService<ExportAggregates>().ExecuteAsync(AggregateTable.PublicBySex, ExportFormat.Csv, hxl: true));
        var plain = await CsvAsync(services, Roles.Viewer, p => p.GetRequiredService<ExportAggregates>().ExecuteAsync(AggregateTable.Departures, ExportFormat.Csv));
        await using var scope = As(services, Roles.Viewer);
        var xlsx = (await scope.ServiceProvider.GetRequiredService<ExportAggregates>().ExecuteAsync(AggregateTable.Pipeline, ExportFormat.Xlsx, hxl: true)).Value;
        using var file = new MemoryStream();
        await xlsx.WriteAsync(file);

        pledges[0].ShouldBe("Country,Pledged,Referred,Accepted,Departed,Arrived,Remaining");
        pledges[1].ShouldBe("#country+code,#targeted+pledged,#affected+referred,#affected+accepted,#affected+departed,#affected+arrived,#targeted+remaining");
        pledges.Length.ShouldBeGreaterThan(2);
        bySex[0].ShouldBe("Country,Female,Male,Total");
        bySex[1].ShouldBe("#country+code,#affected+f,#affected+m,#affected+total");
        bySex[^1].ShouldStartWith("Total,");
        plain[0].ShouldBe("Month,Country,Persons");
        plain.ShouldNotContain(l => l.StartsWith('#'));
        file.Position = 0;
        using var workbook = new XLWorkbook(file);
        workbook.Worksheet(1).Cell(2, 1).GetString().ShouldBe("#status+stage");
        workbook.Worksheet(1).Cell(3, 1).GetString().ShouldNotBeNullOrEmpty();
    }

    private static async Task<string[]> CsvAsync(IServiceProvider services, string role, Func<IServiceProvider, Task<Result<ExportFile>>> export)
    {
        await using var scope = As(services, role);
        var file = await export(scope.ServiceProvider);
        using var output = new MemoryStream();
        await file.Value.WriteAsync(output);
        return Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private static AsyncServiceScope As(IServiceProvider services, string role)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().Set("u-" + role, role.ToLowerInvariant() + "@test", null, [role]);
        return scope;
    }

    private sealed class Reported(List<int> counts) : IProgress<int>
    {
        public void Report(int value) => counts.Add(value);
    }

    /// <summary>A reader that goes away as soon as the first bytes arrive.</summary>
    private sealed class CutOffStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("The reader went away.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw new IOException("The reader went away.");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => throw new IOException("The reader went away.");
    }
}
