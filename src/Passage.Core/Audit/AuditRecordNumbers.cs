using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Pledges;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Audit;

/// <summary>What an audit entry's record is called by people: a registration number for a person, a case number for a case or a referral of it.</summary>
/// <param name="Number">The registration or case number.</param>
/// <param name="PersonId">The person named, when the record is a person.</param>
/// <param name="CaseId">The case named, when the record is a case or one of its referrals.</param>
public sealed record AuditRecordNumber(string Number, Guid? PersonId, Guid? CaseId);

/// <summary>
/// The registration and case numbers of the records a page of the audit log names, for whoever may read the log: the
/// auditor reads "PSG-000123" rather than a record id. Numbers are identifiers, not biodata; they are in the log's own
/// entries already.
/// </summary>
public sealed class AuditRecordNumbers(PassageDbContext db, Actor actor)
{
    public async Task<IReadOnlyDictionary<(string Type, string Id), AuditRecordNumber>> ForAsync(IEnumerable<AuditEntry> entries, CancellationToken ct = default)
    {
        var named = new Dictionary<(string Type, string Id), AuditRecordNumber>();
        if (!actor.Can(Permission.ReadAudit))
        {
            return named;
        }

        var ids = entries.Select(e => (e.EntityType, Id: Guid.TryParse(e.EntityId, out var id) ? id : (Guid?)null))
            .Where(e => e.Id is not null).ToLookup(e => e.EntityType, e => e.Id!.Value);
        var persons = ids[nameof(Person)].Distinct().ToList();
        var cases = ids[nameof(Case)].Distinct().ToList();
        var referrals = ids[nameof(Referral)].Distinct().ToList();
        foreach (var p in await db.Persons.AsNoTracking().Where(p => persons.Contains(p.Id)).Select(p => new { p.Id, p.RegistrationNumber }).ToListAsync(ct))
        {
            named[(nameof(Person), p.Id.ToString())] = new(p.RegistrationNumber, p.Id, null);
        }

        foreach (var c in await db.Cases.AsNoTracking().Where(c => cases.Contains(c.Id)).Select(c => new { c.Id, c.CaseNumber }).ToListAsync(ct))
        {
            named[(nameof(Case), c.Id.ToString())] = new(c.CaseNumber, null, c.Id);
        }

        var referred = await (
            from r in db.Referrals.AsNoTracking()
            where referrals.Contains(r.Id)
            join c in db.Cases on r.CaseId equals c.Id
            select new { r.Id, r.CaseId, c.CaseNumber }).ToListAsync(ct);
        foreach (var r in referred)
        {
            named[(nameof(Referral), r.Id.ToString())] = new(r.CaseNumber, null, r.CaseId);
        }

        return named;
    }
}
