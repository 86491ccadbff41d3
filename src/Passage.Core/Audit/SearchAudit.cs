using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Audit;

/// <summary>
/// The auditor's search of the audit log, newest first unless sorted by another column. A record may be named by its id
/// or, for a person or a case, by its registration or case number. The reads this process still holds are written first
/// (decision 0022), so the search sees them. The search itself is audited.
/// </summary>
public sealed class SearchAudit(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>The columns the log can be sorted by: time, user, action and record (type, then id).</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["at", "user", "action", "record"];

    public static readonly Sort DefaultSort = new("at", Descending: true);

    public async Task<Result<Page<AuditEntry>>> ExecuteAsync(
        AuditFilter filter, int? page = null, int? pageSize = null, string? sort = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadAudit))
        {
            return Problem.NotFound("Audit log");
        }

        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        var order = Sort.Parse(sort, SortKeys, DefaultSort);
        if (!order.Succeeded)
        {
            return order.Problem!;
        }

        if (filter.Check(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) is { } badFilter)
        {
            return badFilter;
        }

        filter = await ResolveAsync(db, filter, ct);
        await audit.WriteQueuedReadsAsync(ct);

        var (number, size) = paging.Value;
        var query = filter.Apply(db.AuditEntries.AsNoTracking());
        var total = await query.CountAsync(ct);
        var items = await Sorted(query, order.Value).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        await audit.RecordNowAsync(AuditAction.Searched, nameof(AuditEntry), "*",
            $"filters: {filter.Describe()}; sort {order.Value}; page {number}; {items.Count} shown", ct);
        return new Page<AuditEntry>(items, number, size, total);
    }

    /// <summary>
    /// The filter with a registration or case number typed as the record replaced by that record's type and id, and a name
    /// searched for by its fingerprint: what is applied, and what the auditor's own search records.
    /// </summary>
    internal static async Task<AuditFilter> ResolveAsync(PassageDbContext db, AuditFilter filter, CancellationToken ct) =>
        (await ByIdAsync(db, filter, ct)).Fingerprinted(SearchTerms.Of(db));

    private static async Task<AuditFilter> ByIdAsync(PassageDbContext db, AuditFilter filter, CancellationToken ct)
    {
        var typed = RecordNumber.Parse(filter.EntityId);
        if (typed is null || typed.Kind == NumberedKind.Either)
        {
            return filter;
        }

        var (type, id) = typed.Kind == NumberedKind.Person
            ? (nameof(Person), await db.Persons.Where(p => p.RegistrationNumber == typed.RegistrationNumber).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct))
            : (nameof(Case), await db.Cases.Where(c => c.CaseNumber == typed.CaseNumber).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct));
        return id is { } found && (string.IsNullOrWhiteSpace(filter.EntityType) || filter.EntityType.Trim() == type)
            ? filter with { EntityType = type, EntityId = found.ToString() }
            : filter;
    }

    internal static IQueryable<AuditEntry> Sorted(IQueryable<AuditEntry> rows, Sort sort) => (sort.Key, sort.Descending) switch
    {
        ("user", false) => rows.OrderBy(a => a.UserName).ThenByDescending(a => a.Id),
        ("user", true) => rows.OrderByDescending(a => a.UserName).ThenByDescending(a => a.Id),
        ("action", false) => rows.OrderBy(a => a.Action).ThenByDescending(a => a.Id),
        ("action", true) => rows.OrderByDescending(a => a.Action).ThenByDescending(a => a.Id),
        ("record", false) => rows.OrderBy(a => a.EntityType).ThenBy(a => a.EntityId).ThenByDescending(a => a.Id),
        ("record", true) => rows.OrderByDescending(a => a.EntityType).ThenByDescending(a => a.EntityId).ThenByDescending(a => a.Id),
        (_, false) => rows.OrderBy(a => a.Id),
        _ => rows.OrderByDescending(a => a.Id),
    };
}
