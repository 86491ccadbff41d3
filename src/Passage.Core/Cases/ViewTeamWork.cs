using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Cases;

/// <summary>One member of a supervisor's team with the open cases they last acted on.</summary>
/// <param name="OpenCases">Open cases whose latest entry of history is theirs.</param>
/// <param name="OldestWaitingSince">Since when the longest waiting of those cases has been in its status; null with none.</param>
public sealed record TeamMember(string UserName, IReadOnlyList<string> Roles, int OpenCases, DateTimeOffset? OldestWaitingSince);

/// <summary>An open case in the team's hands: who acted on it last, and since when it has been in its status.</summary>
public sealed record TeamCase(Guid Id, string CaseNumber, CaseStatus Status, string LastActedBy, DateTimeOffset WaitingSince);

/// <summary>A supervisor's view of their team: each member's open work, and the cases that have waited longest.</summary>
public sealed record TeamWork(IReadOnlyList<TeamMember> Members, IReadOnlyList<TeamCase> LongestWaiting);

/// <summary>
/// The team view of a supervisor (DESIGN.md: "a user of any role may be marked supervisor: they also see their team's
/// queues"). The team is every user who holds one of the supervisor's roles that read cases; a member "has" an open case
/// when the latest entry of its history is theirs. Only for a supervisor who reads cases and staff names; anyone else is
/// answered "not found". The view is audited with the case numbers it showed.
/// </summary>
public sealed class ViewTeamWork(PassageDbContext db, Actor actor, AuditLog audit)
{
    public const int LongestShown = 25;

    public async Task<Result<TeamWork>> ExecuteAsync(CancellationToken ct = default)
    {
        if (!MaySupervise(actor))
        {
            return Problem.NotFound("Team");
        }

        var teamRoles = actor.Roles.Where(r => AccessPolicy.ScopeOf([r], Permission.ReadCases) == AccessScope.All).ToList();
        var team = await (
            from ur in db.UserRoles
            join r in db.Roles on ur.RoleId equals r.Id
            join u in db.Users on ur.UserId equals u.Id
            where teamRoles.Contains(r.Name!)
            select new { u.Id, u.UserName, Role = r.Name! }).AsNoTracking().ToListAsync(ct);
        var members = team.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => (Name: g.First().UserName ?? g.Key, Roles: g.Select(m => m.Role).Order(StringComparer.Ordinal).ToList()));
        var memberIds = members.Keys.ToList();
        var closed = CaseStatuses.Closed.ToList();

        var open = await (
            from c in db.Cases.AsNoTracking()
            where !closed.Contains(c.Status)
            let lastActor = db.CaseEvents.Where(e => e.CaseId == c.Id).OrderByDescending(e => e.Id).Select(e => e.ActorUserId).FirstOrDefault()
            where lastActor != null && memberIds.Contains(lastActor)
            select new
            {
                c.Id,
                c.CaseNumber,
                c.Status,
                ActorUserId = lastActor,
                WaitingSince = db.CaseEvents.Where(e => e.CaseId == c.Id && e.Kind == CaseEventKind.StatusChanged).Max(e => (DateTimeOffset?)e.At) ?? c.OpenedAt,
            }).ToListAsync(ct);

        var rows = members
            .Select(m => (Member: m.Value, Cases: open.Where(c => c.ActorUserId == m.Key).ToList()))
            .Select(m => new TeamMember(m.Member.Name, m.Member.Roles, m.Cases.Count, m.Cases.Count == 0 ? null : m.Cases.Min(c => c.WaitingSince)))
            .OrderByDescending(m => m.OpenCases).ThenBy(m => m.UserName, StringComparer.Ordinal)
            .ToList();
        var longest = open.OrderBy(c => c.WaitingSince).ThenBy(c => c.CaseNumber, StringComparer.Ordinal).Take(LongestShown)
            .Select(c => new TeamCase(c.Id, c.CaseNumber, c.Status, members[c.ActorUserId].Name, c.WaitingSince))
            .ToList();
        await audit.RecordNowAsync(AuditAction.Searched, nameof(Case), "*",
            $"team view: {rows.Count} member(s), {open.Count} open case(s); {longest.Count} shown: {string.Join(',', longest.Select(c => c.CaseNumber))}", ct);
        return new TeamWork(rows, longest);
    }

    /// <summary>Whether the actor has a team view: a supervisor who reads every case and the names of the staff.</summary>
    public static bool MaySupervise(Actor actor) =>
        actor.IsSupervisor && actor.CanEverywhere(Permission.ReadCases) && actor.Can(Permission.ReadStaffNames);
}
