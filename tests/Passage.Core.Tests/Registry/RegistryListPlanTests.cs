using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Core.Tests.Registry;

/// <summary>
/// A page deep in the registry list, filtered or not, is skipped to and counted from an index alone on SQLite: reading a row
/// for each skipped entry made page 1,600 of 100,000 persons eight times slower.
/// </summary>
public class RegistryListPlanTests
{
    public static TheoryData<string, PersonFilter> Filters => new()
    {
        { "none", new PersonFilter() },
        { "sex", new PersonFilter(Sex: Sex.Female) },
        { "age band", new PersonFilter(AgeBand: AgeBand.From18To59) },
        { "camp block", new PersonFilter(CampBlock: "C") },
        { "newest first", new PersonFilter(Sort: "-number") },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task ListPage_SkipsAndCountsFromACoveringIndex_OnSqlite(string name, PersonFilter filter)
    {
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var persons = ListPersons.Filter(db, db.Persons.AsNoTracking(), filter, new DateOnly(2026, 12, 1));

        var page = ListPersons.PageRows(db, persons, filter.Order, 80_000, 50);
        var count = persons.Take(ListPersons.CountLimit + 1).Select(p => 1);

        var pagePlan = await PlanAsync(db, page.ToQueryString());
        pagePlan.ShouldContain("USING COVERING INDEX", Case.Sensitive, $"the page, filter {name}");

        // The page's own rows and cases are then read by their keys, never by a scan of either table.
        pagePlan.Split(" | ").Where(step => step.StartsWith("SCAN", StringComparison.Ordinal) && !step.Contains("USING COVERING INDEX", StringComparison.Ordinal))
            .ShouldBeEmpty($"the page, filter {name}: {pagePlan}");
        pagePlan.ShouldContain("SEARCH p USING", Case.Sensitive, $"the page, filter {name}: {pagePlan}");
        (await PlanAsync(db, count.ToQueryString())).ShouldContain("USING COVERING INDEX", Case.Sensitive, $"the count, filter {name}");
    }

    [Fact]
    public async Task ListPages_AreOneQuery_WithTheOffsetAsAParameter()
    {
        // A constant offset made each page a query of its own, compiled again on every page view.
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var persons = ListPersons.Filter(db, db.Persons.AsNoTracking(), new PersonFilter(), new DateOnly(2026, 12, 1));

        string Sql(int skip) => string.Join('\n', ListPersons.PageRows(db, persons, new PersonFilter().Order, skip, 50).ToQueryString()
            .Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));

        Sql(50).ShouldBe(Sql(80_000));
        Sql(80_000).ShouldNotContain("80000");
    }

    private static async Task<string> PlanAsync(PassageDbContext db, string query)
    {
        // ToQueryString declares parameters as ".param set" lines for the sqlite3 shell; unbound, they are NULL, which
        // changes no plan.
        var sql = string.Join('\n', query.Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join(" | ", plan);
    }
}
