using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Storage;

namespace Passage.Core.Interviews;

/// <summary>Why a person is highlighted for protection officers.</summary>
public enum ProtectionFlagKind
{
    /// <summary>A third-party list says one thing, the resident's own interview another (or there is no interview yet).</summary>
    ListContradictsInterview = 1,

    /// <summary>The interview in force was not held alone; supervisors only.</summary>
    NotInterviewedAlone = 2,
}

/// <summary>
/// One highlight. <see cref="Key"/> names what raised it (the list entry and the interview in force, or the interview), so a
/// flag marked done comes back when a new interview or list raises it again. <see cref="Done"/> is null while it waits.
/// </summary>
public sealed record ProtectionFlag(
    string Key, Guid PersonId, string RegistrationNumber, string Name, string? NameArabic, ProtectionFlagKind Kind, string Reason, ProtectionFlagDone? Done);

/// <summary>Who marked a flag done, when, and their note.</summary>
public sealed record ProtectionFlagDone(string ByName, DateTimeOffset At, string Note);

/// <summary>
/// The protection officers' highlights: people on a third-party list whose own interview says otherwise, and, for
/// supervisors, interviews in force at which someone else was present, each waiting until an officer marks it done with a
/// note. Empty for anyone who may not read interview records.
/// </summary>
public sealed class ProtectionFlags(PassageDbContext db, Actor actor, AuditLog? audit = null)
{
    /// <summary>How many flags wait for the actor (not yet done): the count the navigation shows beside "Protection flags".</summary>
    public async Task<int> CountAsync(CancellationToken ct = default) => (await RaisedAsync(ct)).Count(f => f.Done is null);

    /// <summary>Every flag the actor may see, waiting ones first; audited with the registration numbers shown.</summary>
    public async Task<IReadOnlyList<ProtectionFlag>> ExecuteAsync(CancellationToken ct = default)
    {
        var flags = await RaisedAsync(ct);
        if (flags.Count > 0 && audit is not null)
        {
            await audit.RecordNowAsync(AuditAction.Searched, nameof(ProtectionFlag), "list",
                $"protection flags shown: {string.Join(", ", flags.Select(f => f.RegistrationNumber).Distinct(StringComparer.Ordinal))}", ct);
        }

        return flags;
    }

    /// <summary>The flag named <paramref name="key"/>, if the actor may see it.</summary>
    internal async Task<ProtectionFlag?> FindAsync(string key, CancellationToken ct) =>
        (await RaisedAsync(ct)).FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));

    private async Task<List<ProtectionFlag>> RaisedAsync(CancellationToken ct)
    {
        if (!actor.Can(Permission.ReadInterviewRecord))
        {
            return [];
        }

        var listed = await (
            from e in db.ThirdPartyListEntries.AsNoTracking()
            join l in db.ThirdPartyLists on e.ListId equals l.Id
            join p in db.Persons on e.PersonId equals p.Id
            select new { EntryId = e.Id, p.Id, p.RegistrationNumber, p.GivenName, p.FamilyName, p.GivenNameArabic, p.FamilyNameArabic, l.Kind, l.Sender, l.ReceivedOn }).ToListAsync(ct);
        var personIds = listed.Select(x => x.Id).Distinct().ToList();
        var latest = await LatestInterviews.Of(db, personIds).AsNoTracking()
            .Select(i => new { i.PersonId, i.Id, i.Choice }).ToDictionaryAsync(i => i.PersonId, ct);

        var raised = new List<(string Key, Guid PersonId, string Number, string Name, string? NameArabic, ProtectionFlagKind Kind, string Reason)>();
        foreach (var entry in listed)
        {
            var interview = latest.GetValueOrDefault(entry.Id);
            var choice = interview?.Choice;
            var contradicts = entry.Kind == ThirdPartyListKind.ReadyToLeave ? choice != ResettlementChoice.Resettle : choice == ResettlementChoice.Resettle;
            if (contradicts)
            {
                var own = choice is null ? "no interview yet" : $"own interview: {ResettlementChoices.Label(choice.Value)}";
                var claim = entry.Kind == ThirdPartyListKind.ReadyToLeave ? "ready to leave" : "not to be moved";
                raised.Add(($"list:{entry.EntryId}:{interview?.Id.ToString() ?? "none"}", entry.Id, entry.RegistrationNumber,
                    $"{entry.GivenName} {entry.FamilyName}", ArabicName(entry.GivenNameArabic, entry.FamilyNameArabic), ProtectionFlagKind.ListContradictsInterview,
                    $"On a \"{claim}\" list from {entry.Sender} received {entry.ReceivedOn:yyyy-MM-dd}; {own}."));
            }
        }

        if (actor.IsSupervisor)
        {
            var notAlone = await (
                from i in db.Interviews.AsNoTracking()
                where !i.InterviewedAlone && !db.Interviews.Any(later => later.PersonId == i.PersonId && later.Sequence > i.Sequence)
                join p in db.Persons on i.PersonId equals p.Id
                select new { InterviewId = i.Id, p.Id, p.RegistrationNumber, p.GivenName, p.FamilyName, p.GivenNameArabic, p.FamilyNameArabic, i.HeldOn, i.OthersPresent }).ToListAsync(ct);
            raised.AddRange(notAlone.Select(n => ($"alone:{n.InterviewId}", n.Id, n.RegistrationNumber, $"{n.GivenName} {n.FamilyName}",
                ArabicName(n.GivenNameArabic, n.FamilyNameArabic), ProtectionFlagKind.NotInterviewedAlone,
                $"Interview of {n.HeldOn:yyyy-MM-dd} not held alone; also present: {n.OthersPresent}.")));
        }

        var keys = raised.Select(r => r.Key).ToList();
        var done = keys.Count == 0
            ? []
            : await db.ProtectionFlagReviews.AsNoTracking().Where(r => keys.Contains(r.FlagKey)).ToDictionaryAsync(r => r.FlagKey, StringComparer.Ordinal, ct);
        return raised
            .Select(r => new ProtectionFlag(r.Key, r.PersonId, r.Number, r.Name, r.NameArabic, r.Kind, r.Reason,
                done.TryGetValue(r.Key, out var review) ? new ProtectionFlagDone(review.DoneByName, review.DoneAt, review.Note) : null))
            .OrderBy(f => f.Done is not null)
            .ThenBy(f => f.RegistrationNumber, StringComparer.Ordinal)
            .ThenBy(f => f.Kind)
            .ToList();
    }

    private static string? ArabicName(string? given, string? family) =>
        given is null && family is null ? null : $"{given} {family}".Trim();
}
