using System.Text;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Registry.Import;
using Passage.Core.Screening;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Screening;

/// <summary>
/// The security officer imports lists and adjudicates hits: a listed person is found under another spelling and in the other
/// script; a false match stays quiet until its entry changes; a possible true match holds the case, and nobody else learns of the list.
/// </summary>
public class ScreeningTests
{
    private const string Header = "Reference,Name,Aliases,BirthDate,Nationality,FatherName\n";

    private const string FirstVersion = Header
        + "W-101,Mohamed Husseini,Muhammad Hussaini;محمد حسینی,1975,,Ali\n"
        + "W-102,مهدی رضایی,,1981-06,,حسن\n"
        + "W-103,Farhad Jafari,,1950,,Nasser\n";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Import_ListedPersonsUnderAnotherSpellingAndInTheOtherScript_AreHits(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var (hosseini, rezaei, bystander) = await RegistryAsync(scene);

        var imported = (await ImportAsync(scene, null, "2026-10-01", FirstVersion)).Value;

        await using var db = scene.Context();
        var hits = await db.ScreeningHits.AsNoTracking().ToListAsync();
        var entries = await db.ScreeningEntries.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Reference);
        hits.Select(h => (entries[h.EntryId], h.PersonId)).ShouldBe([("W-101", hosseini.Id), ("W-102", rezaei.Id)], ignoreOrder: true);
        hits.ShouldNotContain(h => h.PersonId == bystander.Id);
        hits.ShouldAllBe(h => h.Status == HitStatus.Pending && h.Explanation.Contains("birth: "));
        (imported.Added.Count, imported.Removed.Count, imported.Screening.NewHits).ShouldBe((3, 0, 2));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task FalseMatch_StaysQuietOnRescreen_UntilANewerVersionChangesTheEntry(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var (hosseini, _, _) = await RegistryAsync(scene);
        var listId = (await ImportAsync(scene, null, "2026-10-01", FirstVersion)).Value.ListId;
        var hit = await HitOfAsync(scene, hosseini.Id);
        (await AdjudicateAsync(scene, hit.Id, HitStatus.FalseMatch, "Different father's family; met him at registration")).Succeeded.ShouldBeTrue();

        var rescreen = await AsSecurity(scene, (db, actor) => new ScreenRegistry(db, actor, scene.Clock).ExecuteAsync());
        var unchanged = (await ImportAsync(scene, listId, "2026-10-15", FirstVersion)).Value;
        var changedVersion = Header
            + "W-101,Mohamed Husseini,Muhammad Hussaini;محمد حسینی;Mohammad Hosseiny,1975,,Ali\n"
            + "W-102,مهدی رضایی,,1981-06,,حسن\n"
            + "W-104,Kamran Heidari,,1966,,Yousef\n";
        var changed = (await ImportAsync(scene, listId, "2026-11-01", changedVersion)).Value;

        rescreen.Value.NewHits.ShouldBe(0);
        (unchanged.Added.Count, unchanged.Removed.Count, unchanged.Changed.Count, unchanged.Screening.NewHits).ShouldBe((0, 0, 0, 0));
        changed.Added.ShouldBe(["W-104"]);
        changed.Removed.ShouldBe(["W-103"]);
        changed.Changed.ShouldBe(["W-101"]);
        changed.Screening.NewHits.ShouldBe(1);
        await using var db = scene.Context();
        (await db.ScreeningHits.AsNoTracking().Where(h => h.PersonId == hosseini.Id).Select(h => h.Status).ToListAsync())
            .ShouldBe([HitStatus.FalseMatch, HitStatus.Pending], ignoreOrder: true);
        var metrics = (await AsSecurity(scene, (db2, actor) => new ListScreeningLists(db2, actor, new AuditLog(db2, actor, scene.Clock)).ExecuteAsync())).Value.Items;
        (metrics.Single().Entries, metrics.Single().Hits, metrics.Single().Adjudicated, metrics.Single().Pending, metrics.Single().FalseMatchRate).ShouldBe((3, 3, 1, 2, 1.0));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PossibleTrueMatch_HoldsTheCase_AndResettlementSeesOnlyThatItIsOnHold(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var (_, rezaei, _) = await RegistryAsync(scene);
        await ImportAsync(scene, null, "2026-10-01", FirstVersion);
        var hit = await HitOfAsync(scene, rezaei.Id);

        (await AdjudicateAsync(scene, hit.Id, HitStatus.PossibleTrueMatch, "Same father and birth month; refer to the protection team")).Succeeded.ShouldBeTrue();

        (await scene.CaseStatusAsync(rezaei.CaseId)).ShouldBe(CaseStatus.OnHold);
        var officer = scene.As(Roles.Resettlement);
        await using var db = scene.Context();
        var queue = (await new ListScreeningHits(db, officer, new AuditLog(db, officer, scene.Clock)).ExecuteAsync(null)).Value.Items;
        var one = await new ListScreeningHits(db, officer, new AuditLog(db, officer, scene.Clock)).ViewAsync(hit.Id);
        var lists = (await new ListScreeningLists(db, officer, new AuditLog(db, officer, scene.Clock)).ExecuteAsync()).Value.Items;
        var view = (await new ViewCase(db, officer, new AuditLog(db, officer, scene.Clock), scene.Clock).ExecuteAsync(rezaei.CaseId)).Value;
        queue.ShouldBeEmpty();
        one.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        lists.ShouldBeEmpty();
        view.Status.ShouldBe(CaseStatus.OnHold);
        var reasons = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == rezaei.CaseId).Select(e => e.Reason).ToListAsync();
        reasons.ShouldContain(AdjudicateHit.HoldReason);
        reasons.ShouldNotContain(r => r.Contains("W-102") || r.Contains("Wanted"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ScreenChangedPersons_PersonRegisteredAfterTheImport_IsScreenedWithoutAnyoneAsking(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        await ImportAsync(scene, null, "2026-10-01", FirstVersion);
        scene.Clock.Advance(TimeSpan.FromHours(1));
        var jafari = await scene.RegisterAsync(new PersonDetails("Farhad", "Jafari", "Naser", null, null, null, "Male", "1950", "C", "2"), null);

        await using var db = scene.Context();
        var pass = await new ScreenChangedPersons(db, scene.Clock).ExecuteAsync();
        var again = await new ScreenChangedPersons(db, scene.Clock).ExecuteAsync();

        pass.NewHits.ShouldBe(1);
        again.NewHits.ShouldBe(0);
        (await db.ScreeningHits.AsNoTracking().SingleAsync()).PersonId.ShouldBe(jafari.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Metrics_TwoLists_AreCountedForEachListApart(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var (hosseini, rezaei, bystander) = await RegistryAsync(scene);
        await ImportAsync(scene, null, "2026-10-01", FirstVersion, name: "Wanted persons");
        await ImportAsync(scene, null, "2026-10-05", Header + "K-1,حمید کریمی,Hamid Karimy,1990,,Reza\nK-2,Nasrin Moradi,,1962,,Javad\n", name: "Arrest warrants");
        (await AdjudicateAsync(scene, (await HitOfAsync(scene, hosseini.Id)).Id, HitStatus.FalseMatch, "Another father's family")).Succeeded.ShouldBeTrue();
        (await AdjudicateAsync(scene, (await HitOfAsync(scene, rezaei.Id)).Id, HitStatus.PossibleTrueMatch, "Same father and birth month")).Succeeded.ShouldBeTrue();

        var metrics = (await AsSecurity(scene, (db, actor) => new ListScreeningLists(db, actor, new AuditLog(db, actor, scene.Clock)).ExecuteAsync())).Value.Items;

        metrics.Select(m => (m.Name, m.Entries, m.Hits, m.Adjudicated, m.Pending, m.FalseMatchRate)).ShouldBe(
            [("Arrest warrants", 2, 1, 0, 1, (double?)null), ("Wanted persons", 3, 2, 2, 0, 0.5)]);
        (await HitOfAsync(scene, bystander.Id)).Status.ShouldBe(HitStatus.Pending);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Import_BadRows_IsRefusedWholeWithTheLinesAndAnOfficerWithoutThePermissionIsNotAnswered(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);

        var bad = await ImportAsync(scene, null, "2026-10-01", Header + "W-1,,,,,\nW-2,Ali Ahmadi,,19x0,,\n");
        var refused = await ImportAsync(scene, null, "2026-10-01", FirstVersion, Roles.Protection);

        bad.Problem!.Errors!.SelectMany(e => e.Value).ShouldContain(m => m.Contains("line 2") || m.Contains("Give the listed person's name"));
        refused.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        await using var db = scene.Context();
        (await db.ScreeningLists.CountAsync()).ShouldBe(0);
    }

    private static async Task<(Person Hosseini, Person Rezaei, Person Bystander)> RegistryAsync(ResettlementScene scene)
    {
        var hosseini = await scene.RegisterAsync(new PersonDetails("Mohammad", "Hosseini", "Ali", "محمد", "حسینی", "علی", "Male", "1975-05-02", "A", "1"), null);
        var rezaei = await scene.RegisterAsync(new PersonDetails("Mehdi", "Rezaei", "Hassan", null, null, null, "Male", "1981-06-20", "A", "2"), null);
        var bystander = await scene.RegisterAsync(new PersonDetails("Hamid", "Karimi", "Reza", "حمید", "کریمی", "رضا", "Male", "1990", "A", "3"), null);
        return (hosseini, rezaei, bystander);
    }

    private static async Task<Result<ListImported>> ImportAsync(
        ResettlementScene scene, Guid? listId, string date, string csv, string role = Roles.Security, string name = "Wanted persons")
    {
        var actor = scene.As(role);
        await using var db = scene.Context();
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await new ImportScreeningList(db, actor, scene.Clock)
            .ExecuteAsync(listId, new ListDetails(name, "Ministry of Justice", "MJ/2026/14", date), file, PersonFileFormat.Csv);
    }

    private static async Task<ScreeningHit> HitOfAsync(ResettlementScene scene, Guid personId)
    {
        await using var db = scene.Context();
        return await db.ScreeningHits.AsNoTracking().SingleAsync(h => h.PersonId == personId);
    }

    private static async Task<Result<ScreeningHit>> AdjudicateAsync(ResettlementScene scene, long hitId, HitStatus finding, string reason)
    {
        var actor = scene.As(Roles.Security);
        await using var db = scene.Context();
        return await new AdjudicateHit(db, actor, new CaseFactsQuery(db, scene.Clock), scene.Clock).ExecuteAsync(hitId, finding, reason);
    }

    private static async Task<T> AsSecurity<T>(ResettlementScene scene, Func<Passage.Core.Storage.PassageDbContext, Actor, Task<T>> act)
    {
        var actor = scene.As(Roles.Security);
        await using var db = scene.Context();
        return await act(db, actor);
    }
}
