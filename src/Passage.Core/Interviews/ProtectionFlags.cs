using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
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

public sealed record ProtectionFlag(Guid PersonId, string RegistrationNumber, ProtectionFlagKind Kind, string Reason);

/// <summary>
/// The protection officers' highlights: people on a third-party list whose own interview says otherwise, and, for
/// supervisors, interviews in force at which someone else was present. Empty for anyone who may not read interview records.
/// </summary>
public sealed class ProtectionFlags(PassageDbContext db, Actor actor)
{
    /// <summary>How many flags wait for the actor: the count the navigation shows beside "Protection flags".</summary>
    public async Task<int> CountAsync(CancellationToken ct = default) => (await ExecuteAsync(ct)).Count;

    public async Task<IReadOnlyList<ProtectionFlag>> ExecuteAsync(CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadInterviewRecord))
        {
            return [];
        }

        var listed = await (
            from e in db.ThirdPartyListEntries.AsNoTracking()
            join l in db.ThirdPartyLists on e.ListId equals l.Id
            join p in db.Persons on e.PersonId equals p.Id
            select new { p.Id, p.RegistrationNumber, l.Kind, l.Sender, l.ReceivedOn }).ToListAsync(ct);
        var personIds = listed.Select(x => x.Id).Distinct().ToList();
        var choices = await LatestInterviews.Of(db, personIds).AsNoTracking().ToDictionaryAsync(i => i.PersonId, i => i.Choice, ct);

        var flags = new List<ProtectionFlag>();
        foreach (var entry in listed)
        {
            var choice = choices.TryGetValue(entry.Id, out var c) ? c : (ResettlementChoice?)null;
            var contradicts = entry.Kind == ThirdPartyListKind.ReadyToLeave ? choice != ResettlementChoice.Resettle : choice == ResettlementChoice.Resettle;
            if (contradicts)
            {
                var own = choice is null ? "no interview yet" : $"own interview: {ResettlementChoices.Label(choice.Value)}";
                var claim = entry.Kind == ThirdPartyListKind.ReadyToLeave ? "ready to leave" : "not to be moved";
                flags.Add(new(entry.Id, entry.RegistrationNumber, ProtectionFlagKind.ListContradictsInterview,
                    $"On a \"{claim}\" list from {entry.Sender} received {entry.ReceivedOn:yyyy-MM-dd}; {own}."));
            }
        }

        if (actor.IsSupervisor)
        {
            var notAlone = await (
                from i in db.Interviews.AsNoTracking()
                where !i.InterviewedAlone && !db.Interviews.Any(later => later.PersonId == i.PersonId && later.Sequence > i.Sequence)
                join p in db.Persons on i.PersonId equals p.Id
                select new { p.Id, p.RegistrationNumber, i.HeldOn, i.OthersPresent }).ToListAsync(ct);
            flags.AddRange(notAlone.Select(n => new ProtectionFlag(n.Id, n.RegistrationNumber, ProtectionFlagKind.NotInterviewedAlone,
                $"Interview of {n.HeldOn:yyyy-MM-dd} not held alone; also present: {n.OthersPresent}.")));
        }

        return flags.OrderBy(f => f.RegistrationNumber, StringComparer.Ordinal).ThenBy(f => f.Kind).ToList();
    }
}
