using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Interviews;
using Passage.Core.Protection;
using Passage.Core.Storage;

namespace Passage.Core.Demo;

/// <summary>
/// Walk-outs and voluntary returns of the demo operation, made through the same use cases the officers use, so they are
/// audited and sealed like real ones: a few walk-outs, and returns requested, accepted by the origin country, cleared with
/// travel documents, and departed.
/// </summary>
internal static class DemoReturns
{
    private static readonly string[] Facilities = ["Agency protection centre, Baghdad, room 12", "Partner NGO safe house, Najaf road"];

    private static readonly ReturnStage[] Stages = [ReturnStage.Requested, ReturnStage.Accepted, ReturnStage.Cleared, ReturnStage.Departed];

    private enum ReturnStage
    {
        Requested,
        Accepted,
        Cleared,
        Departed,
    }

    public static async Task SeedAsync(PassageDbContext db, Dictionary<string, Actor> actors, TimeProvider clock, CancellationToken ct)
    {
        var interviewed = await db.Cases.Where(c => c.Status == CaseStatus.Interviewed).OrderBy(c => c.CaseNumber).Select(c => c.Id).Take(Stages.Length).ToListAsync(ct);
        var registered = await db.Cases.Where(c => c.Status == CaseStatus.Registered).OrderBy(c => c.CaseNumber).Select(c => c.Id).Take(Facilities.Length).ToListAsync(ct);
        var protection = actors[Roles.Protection];
        var facts = new CaseFactsQuery(db, clock);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        for (var i = 0; i < registered.Count; i++)
        {
            var details = new WalkOutDetails(today.AddDays(-(i + 2)), Facilities[i], [WalkOutAsks.Return], protection.UserName);
            Ensure(await new RecordWalkOut(db, protection, new AuditLog(db, protection, clock), facts, clock).ExecuteAsync(caseId: registered[i], details, await VersionAsync(db, registered[i], ct), ct));
        }

        for (var i = 0; i < interviewed.Count; i++)
        {
            await ReturnAsync(db, interviewed[i], Stages[i], actors, facts, clock, today, ct);
        }
    }

    private static async Task ReturnAsync(
        PassageDbContext db, Guid caseId, ReturnStage stage, Dictionary<string, Actor> actors, CaseFactsQuery facts, TimeProvider clock, DateOnly today, CancellationToken ct)
    {
        var protection = actors[Roles.Protection];
        var members = await db.Persons.Where(p => p.CaseId == caseId && p.MergedIntoId == null).Select(p => p.Id).ToListAsync(ct);
        var interview = new InterviewDetails(
            today.AddDays(-10), "Leila Karimi", "Reza Ahmadi", "Persian", true, null, ResettlementChoice.ReturnToOriginCountry, [], [],
            null, false, InformedOfReturn: true);
        foreach (var member in members)
        {
            Ensure(await new RecordInterview(db, protection, facts, clock).ExecuteAsync(member, interview, ct));
        }

        Ensure(await new RequestRepatriation(db, protection, facts, clock).ExecuteAsync(caseId, await VersionAsync(db, caseId, ct), ct));
        if (stage == ReturnStage.Requested)
        {
            return;
        }

        var progress = new RecordRepatriationProgress(db, protection, facts, clock);
        Ensure(await progress.ExecuteAsync(caseId, true, false, today.AddDays(-6), "Accepted by the embassy.", await VersionAsync(db, caseId, ct), ct));
        if (stage == ReturnStage.Accepted)
        {
            return;
        }

        Ensure(await progress.ExecuteAsync(caseId, true, true, today.AddDays(-3), "Laissez-passer issued.", await VersionAsync(db, caseId, ct), ct));
        if (stage == ReturnStage.Departed)
        {
            Ensure(await new ConfirmRepatriationDeparture(db, actors[Roles.Movement], facts, clock).ExecuteAsync(caseId, await VersionAsync(db, caseId, ct), ct));
        }
    }

    private static Task<long> VersionAsync(PassageDbContext db, Guid caseId, CancellationToken ct) =>
        db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync(ct);

    private static void Ensure<T>(Common.Result<T> result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo protection step failed: {result.Problem!.Detail ?? result.Problem.Title}");
        }
    }
}
