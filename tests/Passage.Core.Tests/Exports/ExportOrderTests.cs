using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Demo;
using Passage.Core.Exports;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Core.Tests.Demo;
using Passage.Testing;

namespace Passage.Core.Tests.Exports;

/// <summary>An export from a list holds the rows the list shows, in the order the list is sorted by, across batches; its audit entry names that order, the first and last record and the hash of the keys in it.</summary>
public class ExportOrderTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_SortedFilteredLists_FollowTheListsOrderAndAuditItsKeys(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var services = DemoOperationTests.Services(database);
        await DemoOperation.SeedAsync(services, 1600, CancellationToken.None);

        // The registry by name, newest names last: more persons than one batch of the export.
        var byName = new PersonFilter(Sex: Sex.Female, Sort: "-name");
        var listed = await ListAllAsync(services, Roles.Registration, async (p, page) =>
            (await p.GetRequiredService<ListPersons>().ExecuteAsync(byName, page, Paging.MaxSize)).Value.Items.Select(r => r.RegistrationNumber));
        listed.Count.ShouldBeGreaterThan(ExportRules.Batch);
        var persons = await ExportAsync(services, Roles.Registration, p => p.GetRequiredService<ExportPersons>().ExecuteAsync(byName, ExportFormat.Csv));
        persons.Keys.ShouldBe(listed);
        persons.Audit.ShouldContain("filters: sex=Female; sort -name;");
        persons.Audit.ShouldEndWith($"; {listed[0]} to {listed[^1]}; keys sha256 {ExportFile.KeysHash(listed)}");

        // The case list by size, largest first (ties by case number), families only.
        var families = new CaseFilter(Size: CaseSize.Family);
        var cases = await ListAllAsync(services, Roles.Movement, async (p, page) =>
            (await p.GetRequiredService<ListCases>().ExecuteAsync(families, "-size", page, Paging.MaxSize)).Value.Items.Select(r => r.CaseNumber));
        cases.Count.ShouldBeGreaterThan(1);
        var caseFile = await ExportAsync(services, Roles.Movement, p => p.GetRequiredService<ExportCases>().ExecuteAsync(families, ExportFormat.Csv, sort: "-size"));
        caseFile.Keys.ShouldBe(cases);
        caseFile.Audit.ShouldEndWith($"; {cases[0]} to {cases[^1]}; keys sha256 {ExportFile.KeysHash(cases)}");
        var sizes = caseFile.Rows.Select(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        sizes.ShouldBe(sizes.OrderDescending().ToList());

        // Without a sort named, the case list's own default: longest waiting first.
        var waiting = await ListAllAsync(services, Roles.Movement, async (p, page) =>
            (await p.GetRequiredService<ListCases>().ExecuteAsync(families, null, page, Paging.MaxSize)).Value.Items.Select(r => r.CaseNumber));
        (await ExportAsync(services, Roles.Movement, p => p.GetRequiredService<ExportCases>().ExecuteAsync(families, ExportFormat.Csv))).Keys.ShouldBe(waiting);

        // The audit log's entries about cases (the lists and exports above among them), by user.
        var aboutCases = new AuditFilter(EntityType: nameof(Core.Cases.Case));
        var entries = await ListAllAsync(services, Roles.Auditor, async (p, page) =>
            (await p.GetRequiredService<SearchAudit>().ExecuteAsync(aboutCases, page, Paging.MaxSize, "user")).Value.Items.Select(e => $"{e.Id}|{e.Sequence}"));
        entries.Count.ShouldBeGreaterThan(2);
        var ids = entries.Select(e => e.Split('|')[0]).ToList();
        var auditFile = await ExportAsync(services, Roles.Auditor, p => p.GetRequiredService<ExportAudit>().ExecuteAsync(aboutCases, ExportFormat.Csv, sort: "user"));
        auditFile.Keys.ShouldBe(entries.Select(e => e.Split('|')[1]));
        auditFile.Audit.ShouldContain("; sort user;");
        auditFile.Audit.ShouldEndWith($"; {ids[0]} to {ids[^1]}; keys sha256 {ExportFile.KeysHash(ids)}");
        var users = auditFile.Rows.Select(r => r[2]).ToList();
        users.Distinct().Count().ShouldBeGreaterThan(1);
        users.ShouldBe(users.Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_UnknownSort_IsRefusedWithAFieldMessage(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var services = DemoOperationTests.Services(database);
        await using var scope = As(services, Roles.Movement);

        var result = await scope.ServiceProvider.GetRequiredService<ExportCases>().ExecuteAsync(new CaseFilter(), ExportFormat.Csv, sort: "whereabouts");

        result.Problem.ShouldNotBeNull().Errors.ShouldNotBeNull().Keys.ShouldBe(["sort"]);
    }

    private static async Task<List<string>> ListAllAsync(IServiceProvider services, string role, Func<IServiceProvider, int, Task<IEnumerable<string>>> page)
    {
        var all = new List<string>();
        for (var number = 1; ; number++)
        {
            await using var scope = As(services, role);
            var items = (await page(scope.ServiceProvider, number)).ToList();
            all.AddRange(items);
            if (items.Count < Paging.MaxSize)
            {
                return all;
            }
        }
    }

    private static async Task<(List<string> Keys, List<string[]> Rows, string Audit)> ExportAsync(
        IServiceProvider services, string role, Func<IServiceProvider, Task<Result<ExportFile>>> export)
    {
        await using var scope = As(services, role);
        var file = await export(scope.ServiceProvider);
        using var output = new MemoryStream();
        await file.Value.WriteAsync(output);
        var rows = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Select(l => l.Split(',')).ToList();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var entry = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync(a => a.Action == AuditAction.Exported);
        return (rows.Select(r => r[0]).ToList(), rows, entry.Detail!);
    }

    private static AsyncServiceScope As(IServiceProvider services, string role)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().Set("u-" + role, role.ToLowerInvariant() + "@test", null, [role]);
        return scope;
    }
}
