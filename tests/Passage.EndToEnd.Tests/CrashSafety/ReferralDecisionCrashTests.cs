using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Pledges;
using Passage.Testing;
using Xunit.Abstractions;

namespace Passage.EndToEnd.Tests.CrashSafety;

/// <summary>
/// The web application killed (SIGKILL) while a country's delegate records many decisions at once leaves each decision whole
/// or absent: the referral, its decision, the case's status, the pledge's counter and the audit agree, and the decisions lost
/// can be recorded after a restart.
/// </summary>
public sealed class ReferralDecisionCrashTests(ITestOutputHelper output)
{
    private const int Cases = 80;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WebKilledWhileDeciding_LeavesEveryDecisionWholeOrAbsent_AndTheRestAreDecidedAfterRestart(DatabaseProvider provider)
    {
        using var scene = CrashScene.Create(provider);
        var pledge = await scene.PledgeAsync("DE", Cases * 3);
        var referrals = new List<Guid>();
        for (var i = 0; i < Cases; i++)
        {
            referrals.Add(await scene.SubmittedReferralAsync(await scene.InterviewedFamilyAsync(i), pledge.Id));
        }

        var token = await scene.TokenAsync(Roles.CountryDelegate, "DE");
        var requests = referrals.Select((id, i) => (Func<HttpClient, Task<HttpResponseMessage>>)(http => DecideAsync(http, id, Outcome(i))));

        Killed killed;
        using (var web = await scene.StartWebAsync(token))
        {
            killed = await KillMidway.SendAndKillAsync(web, requests);
        }

        output.WriteLine($"Answers before the kill: {killed}");
        killed.Unanswered.ShouldBeGreaterThan(0, $"every decision sent was answered before the kill: {killed}");
        var decided = await DecidedReferralsAsync(scene, pledge.Id, referrals);
        referrals.Where((_, i) => killed.Answers[i] == HttpStatusCode.OK).ShouldBeSubsetOf(decided, "a decision answered OK is kept");
        (await scene.VerifyAuditAsync()).Intact.ShouldBeTrue();

        using (var web = await scene.StartWebAsync(token))
        {
            foreach (var (id, i) in referrals.Select((r, i) => (r, i)).Where(r => !decided.Contains(r.r)))
            {
                using var response = await DecideAsync(web.Http, id, Outcome(i));
                response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            }

            await web.KillAsync();
        }

        (await DecidedReferralsAsync(scene, pledge.Id, referrals)).Count.ShouldBe(Cases);
        (await scene.VerifyAuditAsync()).Intact.ShouldBeTrue();
    }

    /// <summary>Every fourth case is rejected, the others accepted.</summary>
    private static DecisionOutcome Outcome(int i) => i % 4 == 3 ? DecisionOutcome.Rejected : DecisionOutcome.Accepted;

    private static Task<HttpResponseMessage> DecideAsync(HttpClient http, Guid referralId, DecisionOutcome outcome) =>
        http.PostAsJsonAsync($"/api/v1/referrals/{referralId}/decisions", new { outcome = outcome.ToString(), decidedOn = CrashScene.Today, reason = "Decided by the selection mission" });

    /// <summary>Checks that every referral is decided whole or not at all, and the pledge counts exactly the accepted persons; returns the decided referrals.</summary>
    private static async Task<HashSet<Guid>> DecidedReferralsAsync(CrashScene scene, Guid pledgeId, IReadOnlyList<Guid> referrals)
    {
        await using var db = scene.Database.CreateContext();
        var decisions = await db.ReferralDecisions.AsNoTracking().ToListAsync();
        var decided = new HashSet<Guid>();
        foreach (var (id, i) in referrals.Select((r, i) => (r, i)))
        {
            var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id);
            var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == referral.CaseId);
            var decision = decisions.SingleOrDefault(d => d.ReferralId == id);
            if (decision is null)
            {
                referral.Status.ShouldBe(ReferralStatus.Submitted, $"referral of {@case.CaseNumber} has no decision");
                @case.Status.ShouldBe(CaseStatus.Submitted, $"case {@case.CaseNumber} has no decision");
                continue;
            }

            decision.Outcome.ShouldBe(Outcome(i));
            var accepted = Outcome(i) == DecisionOutcome.Accepted;
            referral.Status.ShouldBe(accepted ? ReferralStatus.Accepted : ReferralStatus.Rejected, $"referral of {@case.CaseNumber} has a decision");
            @case.Status.ShouldBe(accepted ? CaseStatus.Accepted : CaseStatus.Rejected, $"case {@case.CaseNumber} has a decision");
            decided.Add(id);
        }

        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(ReferralDecision) && a.Action == AuditAction.Created)).ShouldBe(decisions.Count, "each decision is audited");
        var acceptedPersons = await db.Referrals.AsNoTracking().Where(r => r.PledgeId == pledgeId && r.Status == ReferralStatus.Accepted).SumAsync(r => r.Persons);
        (await db.PledgeCounters.AsNoTracking().SingleAsync(c => c.PledgeId == pledgeId)).Accepted.ShouldBe(acceptedPersons);
        return decided;
    }
}
