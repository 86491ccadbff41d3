using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Screening;

/// <summary>The security officer's queue of hits (pending first, most likely first, one page at a time) and one hit. Each read of a hit is a read of the person.</summary>
public sealed class ListScreeningHits(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<Page<ScreeningHitView>>> ExecuteAsync(
        HitStatus? status = HitStatus.Pending, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        var (number, size) = paging.Value;
        if (!actor.Can(Permission.ScreenAgainstLists))
        {
            return new Page<ScreeningHitView>([], number, size, 0);
        }

        var selected = db.ScreeningHits.Where(h => status == null || h.Status == status);
        var hits = await Views(selected.OrderBy(h => h.Status).ThenByDescending(h => h.Probability).ThenBy(h => h.Id).Skip((number - 1) * size).Take(size), ct);
        var total = await selected.CountAsync(ct);
        await audit.RecordNowAsync(AuditAction.Searched, nameof(ScreeningHit), "*",
            $"{hits.Count} shown: {string.Join(' ', hits.Select(h => h.RegistrationNumber).Distinct(StringComparer.Ordinal))}", ct);
        return new Page<ScreeningHitView>(hits, number, size, total);
    }

    public async Task<Result<ScreeningHitView>> ViewAsync(long id, CancellationToken ct = default)
    {
        var hit = actor.Can(Permission.ScreenAgainstLists) ? (await Views(db.ScreeningHits.Where(h => h.Id == id), ct)).SingleOrDefault() : null;
        if (hit is null)
        {
            return Problem.NotFound("Hit");
        }

        audit.Record(AuditAction.Viewed, nameof(ScreeningHit), id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await audit.RecordNowAsync(AuditAction.Viewed, nameof(Person), hit.PersonId.ToString(), "screening hit", ct);
        return hit;
    }

    private async Task<List<ScreeningHitView>> Views(IQueryable<ScreeningHit> hits, CancellationToken ct)
    {
        var rows = await (
                from h in hits.AsNoTracking()
                join e in db.ScreeningEntries on h.EntryId equals e.Id
                join l in db.ScreeningLists on h.ListId equals l.Id
                join p in db.Persons.IgnoreQueryFilters() on h.PersonId equals p.Id
                join c in db.Cases on p.CaseId equals c.Id
                select new { Hit = h, Entry = e, List = l.Name, Person = p, c.Status })
            .ToListAsync(ct);
        return rows.Select(r => new ScreeningHitView(
                r.Hit.Id, r.List, r.Entry.Reference, r.Entry.Name, r.Entry.AliasList, r.Entry.BirthDate?.ToString(), r.Entry.Nationality, r.Entry.FatherName,
                r.Person.Id, r.Person.RegistrationNumber, r.Person.FullName, r.Person.FullNameArabic, r.Person.FatherName ?? r.Person.FatherNameArabic,
                r.Person.BirthDate.ToString(), r.Status, r.Hit.Probability, r.Hit.Explanation, r.Hit.Status, r.Hit.Reason, r.Hit.DecidedByName, r.Hit.FoundAt))
            .OrderBy(h => h.Status).ThenByDescending(h => h.Probability).ThenBy(h => h.Id)
            .ToList();
    }
}
