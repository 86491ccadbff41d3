using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Exports;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Testing;

namespace Passage.Core.Tests.Exports;

/// <summary>A name typed in the registry's search box exports exactly the persons the list shows for it, in the list's order.</summary>
public class ExportNameSearchTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_LatinSpellingNobodyIsRegisteredUnder_ExportsTheRankedListAsThePageShowsIt(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        var index = new RegistryIndex();
        await using var db = database.CreateContext();
        var register = new RegisterPerson(db, database.Actor, Clock);
        foreach (var details in new[]
        {
            new PersonDetails("Hossein", "Rezaei", "Ali", null, null, null, "Male", "1968", "B", "12"),
            new PersonDetails("Mariam", "Hoseini", "Mahmoud", "مریم", "حسینی", "محمود", "Female", "1985-02", "C", "3"),
            new PersonDetails("Zahra", "Ahmadi", "Ali", null, null, null, "Female", "1990", "B", "12"),
            new PersonDetails("Maryam", "Karimi", "Reza", "مریم", "کریمی", "رضا", "Female", "1979", "D", "7"),
        })
        {
            (await register.ExecuteAsync(details)).Succeeded.ShouldBeTrue();
        }

        await index.RebuildAsync(db);
        var filter = new PersonFilter(Query: "Maryam Husseini");

        var page = (await new ListPersons(db, database.Actor, new AuditLog(db, database.Actor, Clock), Clock, index).ExecuteAsync(filter)).Value;
        using var output = new MemoryStream();
        var export = (await new ExportPersons(db, database.Actor, new AuditLog(db, database.Actor, Clock), Clock, index).ExecuteAsync(filter, ExportFormat.Csv)).Value;
        var rows = await export.WriteAsync(output);

        // Nobody's name starts with "Husseini": the ranked match finds the Arabic-script Hoseini all the same.
        var shown = page.Items.Select(i => i.RegistrationNumber).ToList();
        shown.ShouldContain(page.Items.Single(i => i.FamilyNameArabic == "حسینی").RegistrationNumber);
        var lines = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        rows.ShouldBe(shown.Count);
        lines.Select(l => l.Split(',')[0]).ShouldBe(shown);
        lines.ShouldContain(l => l.Contains("مریم,حسینی", StringComparison.Ordinal));
        (await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Exported)).Detail.ShouldNotBeNull().ShouldContain($"filters: query={SearchTerms.Of(db).Fingerprint("Maryam Husseini")}; ranked;");
    }
}
