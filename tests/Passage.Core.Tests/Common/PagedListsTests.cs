using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Protection;
using Passage.Core.Registry;
using Passage.Core.Screening;
using Passage.Core.Storage;
using Passage.Core.Tests.Pledges;
using Passage.Core.Verification;
using Passage.Testing;

namespace Passage.Core.Tests.Common;

/// <summary>
/// The returns, verification requests and reviews, screening lists and hits are read a page at a time, in a stable order,
/// with the total; a page number or size out of range is refused with the field named.
/// </summary>
public sealed class PagedListsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Returns_ThreeCasesByTwo_SecondPageHoldsTheLastCaseAndEachPageTheTotal(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var persons = await RegisterAsync(scene, 3);
        await using (var seed = scene.Context())
        {
            await LongLists.ReturnRequestedAsync(seed, persons.Select(p => p.CaseId).ToList());
        }

        var first = await AsAsync(scene, Roles.Protection, (db, actor) => new ListRepatriations(db, actor, Audit(db, actor, scene)).ExecuteAsync(1, 2));
        var second = await AsAsync(scene, Roles.Protection, (db, actor) => new ListRepatriations(db, actor, Audit(db, actor, scene)).ExecuteAsync(2, 2));
        var tooBig = await AsAsync(scene, Roles.Protection, (db, actor) => new ListRepatriations(db, actor, Audit(db, actor, scene)).ExecuteAsync(1, 201));

        var numbers = first.Value.Items.Concat(second.Value.Items).Select(r => r.CaseNumber).ToList();
        numbers.ShouldBe(["C-000001", "C-000002", "C-000003"]);
        (first.Value.Items.Count, first.Value.Total, first.Value.HasNext).ShouldBe((2, 3, true));
        (second.Value.Items.Count, second.Value.Total, second.Value.HasNext).ShouldBe((1, 3, false));
        tooBig.Problem!.Errors!.Keys.ShouldBe(["pageSize"]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task VerificationRequestsAndReviews_ThreeByTwo_LatestFirstAcrossPages(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var delegateOfAlbania = scene.As(Roles.CountryDelegate, "AL");
        await using (var seed = scene.Context())
        {
            await LongLists.VerificationRequestsAsync(seed, delegateOfAlbania, ResettlementScene.Now, "AL", 3);
        }

        var asked = await AsAsync(scene, Roles.CountryDelegate, (db, actor) => Pages(p => new ListVerificationRequests(db, actor, Audit(db, actor, scene)).ExecuteAsync(p, 2)), "AL");
        var reviewed = await AsAsync(scene, Roles.Registration, (db, actor) => Pages(p => new ReviewVerificationRequest(db, actor, Audit(db, actor, scene)).QueueAsync(p, 2)), supervisor: true);
        var badPage = await AsAsync(scene, Roles.Registration, (db, actor) => new ReviewVerificationRequest(db, actor, Audit(db, actor, scene)).QueueAsync(0, 2), supervisor: true);

        var latestFirst = new[] { ResettlementScene.Now.AddMinutes(2), ResettlementScene.Now.AddMinutes(1), ResettlementScene.Now };
        asked.Select(p => p.Items.Count).ShouldBe([2, 1]);
        asked.SelectMany(p => p.Items).Select(r => r.SubmittedAt).ShouldBe(latestFirst);
        asked.ShouldAllBe(p => p.Total == 3);
        reviewed.Select(p => p.Items.Count).ShouldBe([2, 1]);
        reviewed.SelectMany(p => p.Items).Select(r => r.SubmittedAt).ShouldBe(latestFirst);
        badPage.Problem!.Errors!.Keys.ShouldBe(["page"]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ScreeningListsAndHits_ThreeByTwo_ByNameAndMostLikelyFirstAcrossPages(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var persons = await RegisterAsync(scene, 3);
        var security = scene.As(Roles.Security);
        await using (var seed = scene.Context())
        {
            await LongLists.ScreeningHitsAsync(seed, security, ResettlementScene.Now, persons.Select(p => p.Id).ToList());
        }

        var lists = await AsAsync(scene, Roles.Security, (db, actor) => Pages(p => new ListScreeningLists(db, actor, Audit(db, actor, scene)).ExecuteAsync(p, 2)));
        var hits = await AsAsync(scene, Roles.Security, (db, actor) => Pages(p => new ListScreeningHits(db, actor, Audit(db, actor, scene)).ExecuteAsync(HitStatus.Pending, p, 2)));
        var badSize = await AsAsync(scene, Roles.Security, (db, actor) => new ListScreeningHits(db, actor, Audit(db, actor, scene)).ExecuteAsync(null, 1, 0));

        lists.SelectMany(p => p.Items).Select(l => (l.Name, l.Hits, l.Pending)).ShouldBe([("List 01", 1, 1), ("List 02", 1, 1), ("List 03", 1, 1)]);
        lists.ShouldAllBe(p => p.Total == 3);
        hits.SelectMany(p => p.Items).Select(h => h.RegistrationNumber).ShouldBe(persons.Select(p => p.RegistrationNumber));
        hits.Select(p => p.Items.Count).ShouldBe([2, 1]);
        hits.ShouldAllBe(p => p.Total == 3);
        badSize.Problem!.Errors!.Keys.ShouldBe(["pageSize"]);
    }

    private static AuditLog Audit(PassageDbContext db, Actor actor, ResettlementScene scene) => new(db, actor, scene.Clock);

    private static async Task<List<Person>> RegisterAsync(ResettlementScene scene, int count)
    {
        var persons = new List<Person>();
        for (var i = 0; i < count; i++)
        {
            persons.Add(await scene.RegisterAsync(ResettlementScene.Details("Hamid", "Rahimi", $"{1970 + i}", "حمید", "رحیمی", "Male"), null));
        }

        return persons;
    }

    /// <summary>Pages 1 and 2, each of which must be read.</summary>
    private static async Task<List<Page<T>>> Pages<T>(Func<int, Task<Result<Page<T>>>> read) =>
        [(await read(1)).Value, (await read(2)).Value];

    private static async Task<T> AsAsync<T>(
        ResettlementScene scene, string role, Func<PassageDbContext, Actor, Task<T>> act, string? country = null, bool supervisor = false)
    {
        var actor = scene.As(role, country, supervisor);
        await using var db = scene.Context();
        return await act(db, actor);
    }
}
