using Microsoft.EntityFrameworkCore;
using Passage.Core.Cases;
using Passage.Core.Protection;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Core.Retention;

/// <summary>
/// Persons whose case closed (<see cref="CaseStatuses.Closed"/>) are anonymised (<see cref="Person.Anonymise"/>) and lose
/// their travel document, their interviews' disclosures, their casualty notes, their screening hits' explanations, and their
/// case's event reasons and walk-out whereabouts; the clock starts when the case entered its closed status, which it never leaves. Records merged
/// into another are included: they hold the same names.
/// </summary>
internal sealed class ClosedCasePersons : RetentionRule
{
    public override RetentionKind Kind => RetentionKind.ClosedCasePersons;

    public override string EntityType => nameof(Person);

    public override Task<List<ExpiredRecord>> FindAsync(PassageDbContext db, DateTimeOffset cutoff, CancellationToken ct)
    {
        var closed = CaseStatuses.Closed.ToList();
        return (from p in db.Persons.IgnoreQueryFilters()
                join c in db.Cases on p.CaseId equals c.Id
                where p.AnonymisedAt == null && closed.Contains(c.Status) && c.StageSince <= cutoff
                select new ExpiredRecord(p.Id, c.StageSince)).ToListAsync(ct);
    }

    public override async Task ApplyAsync(PassageDbContext db, IReadOnlyList<string> records, DateTimeOffset now, CancellationToken ct)
    {
        var ids = Guids(records);
        var persons = await db.Persons.IgnoreQueryFilters().Include(p => p.Aliases).Include(p => p.Needs).AsSplitQuery()
            .Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        foreach (var person in persons)
        {
            person.Anonymise(now);
        }

        db.TravelDocuments.RemoveRange(await db.TravelDocuments.Where(d => ids.Contains(d.PersonId)).ToListAsync(ct));
        await AnonymiseWhatDescribesThemAsync(db, ids, persons.Select(p => p.CaseId).Distinct().ToList(), ct);

        // Search keys are derived from the names: removed in one statement, as their recomputation does, rather than one audit line each.
        await db.PersonSearchKeys.Where(k => ids.Contains(k.PersonId)).ExecuteDeleteAsync(ct);
    }

    // What was written about the persons and their closed cases, in free text or beside a list's entry, goes with their names;
    // what counts them (choices, outcomes, statuses, dates) stays.
    private static async Task AnonymiseWhatDescribesThemAsync(PassageDbContext db, IReadOnlyCollection<Guid> ids, List<Guid> caseIds, CancellationToken ct)
    {
        foreach (var interview in await db.Interviews.Where(i => ids.Contains(i.PersonId)).ToListAsync(ct))
        {
            interview.Anonymise();
        }

        foreach (var casualty in await db.Casualties.Where(c => ids.Contains(c.PersonId) && c.MedicalFollowUp != null).ToListAsync(ct))
        {
            casualty.Anonymise();
        }

        foreach (var hit in await db.ScreeningHits.Where(h => ids.Contains(h.PersonId) && h.Explanation != "").ToListAsync(ct))
        {
            hit.Anonymise();
        }

        foreach (var caseEvent in await db.CaseEvents.Where(e => caseIds.Contains(e.CaseId) && e.Reason != "").ToListAsync(ct))
        {
            caseEvent.Anonymise();
        }

        foreach (var walkOut in await db.Set<WalkOut>().Where(w => caseIds.Contains(w.CaseId)).ToListAsync(ct))
        {
            walkOut.Anonymise();
        }
    }

    /// <summary>Anonymised persons leave the in-memory matching index at once: no search or matching finds them.</summary>
    public override void Committed(IReadOnlyList<string> records, RegistryIndex? index)
    {
        if (index is null)
        {
            return;
        }

        foreach (var id in Guids(records))
        {
            index.Remove(id);
        }
    }
}
