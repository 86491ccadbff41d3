using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Testing;
using Xunit.Abstractions;

namespace Passage.EndToEnd.Tests.CrashSafety;

/// <summary>
/// The web application killed (SIGKILL) while a registration officer merges many duplicate pairs at once leaves each merge
/// whole or absent: the review, the merged record, its case's member count and history, and the audit agree, and the merges
/// lost can be made after a restart.
/// </summary>
public sealed class MergeCrashTests(ITestOutputHelper output)
{
    private const int Pairs = 45;
    private static readonly string[] Families = ["Hosseini", "Rezaei", "Karimi", "Mousavi", "Ahmadi", "Rahimi", "Sharifi", "Bagheri", "Taheri", "Noori"];
    private static readonly string[] Given = ["Mohammad", "Reza", "Mehdi"];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WebKilledWhileMerging_LeavesEveryMergeWholeOrAbsent_AndTheRestAreMergedAfterRestart(DatabaseProvider provider)
    {
        using var scene = CrashScene.Create(provider);
        var pairs = await DuplicatePairsAsync(scene);
        var token = await scene.TokenAsync(Roles.Registration);
        var requests = pairs.Select(p => (Func<HttpClient, Task<HttpResponseMessage>>)(http => MergeAsync(http, p)));

        Killed killed;
        using (var web = await scene.StartWebAsync(token))
        {
            killed = await KillMidway.SendAndKillAsync(web, requests);
        }

        output.WriteLine($"Answers before the kill: {killed}");
        killed.Unanswered.ShouldBeGreaterThan(0, $"every merge sent was answered before the kill: {killed}");
        var merged = await MergedPairsAsync(scene, pairs);
        pairs.Where((_, i) => killed.Answers[i] == HttpStatusCode.OK).ShouldBeSubsetOf(merged, "a merge answered OK is kept");
        (await scene.VerifyAuditAsync()).Intact.ShouldBeTrue();

        using (var web = await scene.StartWebAsync(token))
        {
            foreach (var pair in pairs.Where(p => !merged.Contains(p)))
            {
                using var response = await MergeAsync(web.Http, pair);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            }

            await web.KillAsync();
        }

        (await MergedPairsAsync(scene, pairs)).Count.ShouldBe(Pairs);
        (await scene.VerifyAuditAsync()).Intact.ShouldBeTrue();
    }

    private static Task<HttpResponseMessage> MergeAsync(HttpClient http, DuplicatePair pair) =>
        http.PostAsJsonAsync($"/api/v1/duplicate-reviews/{pair.ReviewId}/decision", new { merge = true, keep = pair.Original, reason = "Registered twice at the gate" });

    /// <summary>
    /// Pairs of one person registered twice: once with a spouse in a family case, once alone in a case of their own; a
    /// duplicate scan proposes each pair for review.
    /// </summary>
    private static async Task<List<DuplicatePair>> DuplicatePairsAsync(CrashScene scene)
    {
        var made = new List<(Guid Original, Guid Duplicate)>();
        for (var i = 0; i < Pairs; i++)
        {
            var birth = $"{1950 + i}-{i % 12 + 1:00}-{i % 27 + 1:00}";
            var person = new PersonDetails(Given[i % Given.Length], Families[i % Families.Length], "Ali", null, null, null, "Male", birth, "B", (i + 1).ToString(CultureInfo.InvariantCulture), null, []);
            var original = await RegisterAsync(scene, person, null);
            await RegisterAsync(scene, person with { GivenName = "Zahra", Sex = "Female", FatherName = "Hassan" }, original.CaseId);
            var duplicate = await RegisterAsync(scene, person with { CampUnit = (i + 101).ToString(CultureInfo.InvariantCulture) }, null);
            made.Add((original.Id, duplicate.Id));
        }

        var reviews = await scene.InScopeAsync(Roles.Registration, async sp =>
        {
            var db = sp.GetRequiredService<PassageDbContext>();
            var index = new RegistryIndex();
            await index.RebuildAsync(db);
            var started = await new StartDuplicateScan(db, sp.GetRequiredService<Actor>(), new DuplicateScanQueue(), TimeProvider.System).ExecuteAsync();
            await new ScanForDuplicates(db, index, TimeProvider.System).ExecuteAsync(started.Value.Id);
            return await db.DuplicateReviews.AsNoTracking().ToListAsync();
        });
        return made.Select(m => new DuplicatePair(
            reviews.Single(r => (r.PersonA == m.Original && r.PersonB == m.Duplicate) || (r.PersonA == m.Duplicate && r.PersonB == m.Original)).Id,
            m.Original, m.Duplicate)).ToList();
    }

    // Registered without asking the matching engine, which would refuse the second registration as a likely duplicate.
    private static Task<Person> RegisterAsync(CrashScene scene, PersonDetails details, Guid? caseId) =>
        scene.AsAsync(Roles.Registration, sp => new RegisterPerson(
            sp.GetRequiredService<PassageDbContext>(), sp.GetRequiredService<Actor>(), sp.GetRequiredService<TimeProvider>()).ExecuteAsync(details, caseId));

    /// <summary>Checks that every pair is merged whole or not at all, and every case counts exactly its unmerged members; returns the merged pairs.</summary>
    private static async Task<HashSet<DuplicatePair>> MergedPairsAsync(CrashScene scene, IReadOnlyList<DuplicatePair> pairs)
    {
        await using var db = scene.Database.CreateContext();
        var persons = await db.Persons.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var merged = new HashSet<DuplicatePair>();
        foreach (var pair in pairs)
        {
            var review = await db.DuplicateReviews.AsNoTracking().SingleAsync(r => r.Id == pair.ReviewId);
            var duplicate = persons.Single(p => p.Id == pair.Duplicate);
            var leftCase = await db.CaseEvents.AsNoTracking().CountAsync(e => e.CaseId == duplicate.CaseId && e.Reason.StartsWith("Merged into"));
            var audited = await db.AuditEntries.AsNoTracking().CountAsync(a => a.EntityType == nameof(Person) && a.EntityId == pair.Duplicate.ToString() && a.Action == AuditAction.Updated);
            if (review.Status == DuplicateReviewStatus.Open)
            {
                duplicate.MergedIntoId.ShouldBeNull($"review {pair.ReviewId} is open");
                leftCase.ShouldBe(0);
                audited.ShouldBe(0);
                continue;
            }

            review.Status.ShouldBe(DuplicateReviewStatus.Merged);
            duplicate.MergedIntoId.ShouldBe(pair.Original, $"review {pair.ReviewId} is decided");
            leftCase.ShouldBe(1);
            audited.ShouldBe(1);
            merged.Add(pair);
        }

        foreach (var @case in await db.Cases.AsNoTracking().ToListAsync())
        {
            @case.Members.ShouldBe(persons.Count(p => p.CaseId == @case.Id && p.MergedIntoId == null), $"case {@case.CaseNumber}");
        }

        return merged;
    }

    private sealed record DuplicatePair(long ReviewId, Guid Original, Guid Duplicate);
}
