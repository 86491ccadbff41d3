using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Matching.Scoring;

namespace Passage.Core.FamilyContact;

/// <summary>
/// A tracing officer records a request received from outside. Anti-harvesting first: a requester who asked
/// <see cref="FamilyContactLimits.PerRequester"/> times in the window (one requester however they spell their name, see
/// <see cref="RequesterIdentity"/>), or a name asked about
/// <see cref="FamilyContactLimits.PerSoughtName"/> times, is refused and flagged. An accepted request is flagged when its
/// requester now asks about many people, or when the person sought may be a casualty of an incident.
/// </summary>
public sealed class ReceiveFamilyRequest(PassageDbContext db, Actor actor, AuditLog audit, RegistryIndex index, FamilyContactLimits limits, TimeProvider clock)
{
    private const int IncidentCandidates = 5;

    public async Task<Result<FamilyRequest>> ExecuteAsync(FamilyRequestDetails details, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteFamilyRequests))
        {
            return Problem.NotFound(FamilyRequests.Entity);
        }

        var now = clock.GetUtcNow();
        var valid = details.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!valid.Succeeded)
        {
            return valid.Problem!;
        }

        var since = now.AddDays(-limits.WindowDays);
        var recent = db.Set<FamilyRequest>().Where(r => r.ReceivedAt >= since);
        var byRequester = await ByRequesterAsync(recent, RequesterIdentity.Of(valid.Value.RequesterKeys, valid.Value.RequesterContact), ct);
        if (byRequester.Count >= limits.PerRequester)
        {
            return await RefuseAsync(byRequester[0].Id, FlagReason.RequesterLimit,
                $"This requester made {byRequester.Count} requests in the last {limits.WindowDays} days, the most allowed; the security officer is told.", now, ct);
        }

        var aboutName = await recent.Where(r => r.SoughtKeys == valid.Value.SoughtKeys).OrderByDescending(r => r.ReceivedAt).Select(r => r.Id).ToListAsync(ct);
        if (aboutName.Count >= limits.PerSoughtName)
        {
            return await RefuseAsync(aboutName[0], FlagReason.SoughtNameLimit,
                $"There were {aboutName.Count} requests about this name in the last {limits.WindowDays} days, the most allowed; the security officer is told.", now, ct);
        }

        var number = NumberIssuer.FamilyRequestNumber(await NumberIssuer.NextAsync(db, NumberSequence.FamilyRequests, ct));
        var request = FamilyRequest.Receive(number, valid.Value, actor, now);
        db.Add(request);
        if (byRequester.Select(r => r.SoughtKeys).Append(request.SoughtKeys).Distinct(StringComparer.Ordinal).Count() >= limits.ManyPeople)
        {
            db.Add(new FamilyRequestFlag(request.Id, FlagReason.ManyPeople, now));
        }

        if (await NamedInIncidentAsync(request, ct))
        {
            db.Add(new FamilyRequestFlag(request.Id, FlagReason.NamedInIncident, now));
        }

        await db.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>
    /// The window's requests from the same requester, latest first. Contact details are sealed, so they are compared here
    /// rather than in SQL; a window holds the requests staff entered in a month, not more.
    /// </summary>
    private static async Task<IReadOnlyList<(Guid Id, string SoughtKeys)>> ByRequesterAsync(IQueryable<FamilyRequest> recent, RequesterIdentity requester, CancellationToken ct)
    {
        var requests = await recent.OrderByDescending(r => r.ReceivedAt).Select(r => new { r.Id, r.RequesterKeys, r.RequesterContact, r.SoughtKeys }).ToListAsync(ct);
        var identities = requests.Select(r => RequesterIdentity.Of(r.RequesterKeys, r.RequesterContact)).ToList();
        return requester.SameRequesterAmong(identities).Select(i => (requests[i].Id, requests[i].SoughtKeys)).ToList();
    }

    private async Task<bool> NamedInIncidentAsync(FamilyRequest request, CancellationToken ct)
    {
        var likely = FamilyRequests.Candidates(index, request, IncidentCandidates)
            .Where(m => m.Result.Decision != MatchDecision.NonMatch).Select(m => m.PersonId).ToList();
        return likely.Count > 0 && await db.Casualties.AnyAsync(c => likely.Contains(c.PersonId), ct);
    }

    private async Task<Result<FamilyRequest>> RefuseAsync(Guid flagged, FlagReason reason, string detail, DateTimeOffset now, CancellationToken ct)
    {
        db.Add(new FamilyRequestFlag(flagged, reason, now));
        audit.Record(AuditAction.Refused, nameof(FamilyRequest), flagged.ToString(), $"request refused: {FlagReasons.Label(reason).ToLowerInvariant()}");
        await db.SaveChangesAsync(ct);
        return Problem.Refused(detail);
    }
}
