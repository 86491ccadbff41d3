using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Exports;
using Passage.Core.Registry;
using Passage.Core.Tests.Registry;
using Passage.Testing;

namespace Passage.Core.Tests.Audit;

/// <summary>A name typed into a search is kept in the audit log only as a fingerprint, which an auditor can still search by.</summary>
public class SearchTermsTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task NameSearch_IsAuditedWithoutTheNameAndFoundByTheAuditorTypingIt(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        await new RegisterPerson(db, database.Actor, Clock).ExecuteAsync(RegistryUseCaseTests.Details("Maryam", "Hosseini", "1985-02-11", "مریم", "حسینی"));
        var audit = new AuditLog(db, database.Actor, Clock);
        await new ListPersons(db, database.Actor, audit, Clock).ExecuteAsync(new PersonFilter(Query: "Maryam Hosseini"));
        await new ListPersons(db, database.Actor, audit, Clock).ExecuteAsync(new PersonFilter(Query: "حسینی"));
        await new ListPersons(db, database.Actor, audit, Clock).ExecuteAsync(new PersonFilter(Query: "Zahra Karimi"));

        var searches = await db.AuditEntries.Where(a => a.Action == AuditAction.Searched && a.EntityType == nameof(Person)).Select(a => a.Detail!).ToListAsync();
        searches.Count.ShouldBe(3);
        searches.ShouldAllBe(d => !d.Contains("Hosseini") && !d.Contains("Maryam") && !d.Contains("حسینی") && !d.Contains("Karimi"));
        searches.ShouldAllBe(d => d.Contains("query=#"));

        database.Actor.Set("u2", "auditor@test", null, [Roles.Auditor]);
        var search = new SearchAudit(db, database.Actor, audit, Clock);
        var found = (await search.ExecuteAsync(new AuditFilter(SearchedFor: "  MARYAM   hosseini "))).Value;
        found.Items.Count.ShouldBe(1);
        found.Items[0].UserName.ShouldBe("registration@test");
        found.Items[0].Detail.ShouldNotBeNull().ShouldContain("1 shown: PSG-000001");
        (await search.ExecuteAsync(new AuditFilter(SearchedFor: "حسيني"))).Value.Items.Count.ShouldBe(1, "the Arabic yeh folds to the Persian one");
        (await search.ExecuteAsync(new AuditFilter(SearchedFor: "Maryam"))).Value.Items.ShouldBeEmpty("a fingerprint matches the whole name searched for");

        var auditorsOwn = await db.AuditEntries.Where(a => a.EntityType == nameof(AuditEntry)).Select(a => a.Detail!).ToListAsync();
        auditorsOwn.Count.ShouldBe(3);
        auditorsOwn.ShouldAllBe(d => !d.Contains("aryam") && !d.Contains("حس") && d.Contains("searched-for=#"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task NumberSearchAndNameExport_NumberKeptAsTypedNameFingerprinted(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        await new RegisterPerson(db, database.Actor, Clock).ExecuteAsync(RegistryUseCaseTests.Details());
        var audit = new AuditLog(db, database.Actor, Clock);

        await new ListPersons(db, database.Actor, audit, Clock).ExecuteAsync(new PersonFilter(Query: "PSG-000001"));
        var export = (await new ExportPersons(db, database.Actor, audit, Clock).ExecuteAsync(new PersonFilter(Query: "Rezaei"), ExportFormat.Csv)).Value;
        await using (var sink = new MemoryStream())
        {
            await export.WriteAsync(sink);
        }

        var details = await db.AuditEntries.Where(a => a.EntityType == nameof(Person) && a.Detail != null && a.Detail.Contains("query=")).Select(a => a.Detail!).ToListAsync();
        details.ShouldContain(d => d.Contains("query=PSG-000001"));
        details.ShouldContain(d => d.Contains("query=" + SearchTerms.Of(db).Fingerprint("rezaei")));
        details.ShouldAllBe(d => !d.Contains("Rezaei"));
    }

    [Fact]
    public void Fingerprint_SameKeyFolderSameFingerprint_OtherFolderOther()
    {
        var first = Directory.CreateTempSubdirectory("passage-terms-");
        var second = Directory.CreateTempSubdirectory("passage-terms-");
        try
        {
            var a = SearchTerms.ForFolder(first.FullName).Fingerprint("Gholam-Reza");
            a.ShouldBe(SearchTerms.ForFolder(first.FullName).Fingerprint("gholam reza"));
            a.ShouldNotBe(SearchTerms.ForFolder(second.FullName).Fingerprint("Gholam-Reza"));
            a.ShouldNotBe(SearchTerms.ForFolder(first.FullName).Fingerprint("Gholamreza Karimi"));
            SearchTerms.ForFolder(first.FullName).Fingerprint("  ").ShouldBe("");
        }
        finally
        {
            first.Delete(recursive: true);
            second.Delete(recursive: true);
        }
    }
}
