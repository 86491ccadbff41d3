using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Cases;

/// <summary>
/// The case list: every case, filtered (<see cref="CaseFilter"/>), sorted by one of its columns and paged. Spans every case,
/// so only a grant of <see cref="Permission.ReadCases"/> over every record opens it. Audited as a search, with the case
/// numbers shown.
/// </summary>
public sealed class ListCases(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>The columns the list sorts by.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["number", "status", "size", "country", "waiting"];

    /// <summary>Cases waiting longest first: the work most overdue.</summary>
    public static readonly Sort DefaultSort = new("waiting");

    private static readonly string[] UnreadableFilter = ["Your role may not read this field, so it cannot list cases by it."];

    public async Task<Result<Page<CaseRow>>> ExecuteAsync(CaseFilter filter, string? sort = null, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        if (!actor.CanEverywhere(Permission.ReadCases))
        {
            return Problem.NotFound("Cases");
        }

        var unreadable = filter.Reads().Where(f => !actor.CanEverywhere(AccessPolicy.ReadPermission(f.Group))).ToList();
        var mayReadCountry = actor.CanEverywhere(AccessPolicy.ReadPermission(FieldGroup.Referrals));
        if (sort is not null && sort.TrimStart('-') == "country" && !mayReadCountry)
        {
            unreadable.Add(("sort", FieldGroup.Referrals));
        }

        if (unreadable.Count > 0)
        {
            await audit.RecordNowAsync(AuditAction.Refused, nameof(Case), "*", $"list refused: filter on {string.Join(',', unreadable.Select(f => f.Group))}", ct);
            return Problem.Invalid(unreadable.ToDictionary(f => f.Field, _ => UnreadableFilter, StringComparer.Ordinal));
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

        if (filter.Check() is { } badFilter)
        {
            return badFilter;
        }

        var (number, size) = paging.Value;
        var rows = Filter(Rows(db), filter, clock.GetUtcNow());
        var total = await rows.CountAsync(ct);
        var items = await Sorted(rows, order.Value).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var shown = items.Select(r => new CaseRow(r.Id, r.CaseNumber, r.Status, r.Members, mayReadCountry ? r.Country : null, r.WaitingSince)).ToList();
        await audit.RecordReadAsync(AuditAction.Searched, nameof(Case), "*",
            $"filters: {filter.Describe()}; sort {order.Value}; page {number}; {shown.Count} shown: {string.Join(',', shown.Select(r => r.CaseNumber))}", ct);
        return new Page<CaseRow>(shown, number, size, total);
    }

    // Member initialisation rather than a constructor, so the database filters and sorts on the computed columns. The
    // members and the time the case entered its stage are kept on the case, so the default order (waiting longest first)
    // is read from an index instead of counting persons and events for every case on every page.
    internal static IQueryable<Line> Rows(PassageDbContext db) =>
        db.Cases.AsNoTracking().Select(c => new Line
        {
            Id = c.Id,
            CaseNumber = c.CaseNumber,
            Status = c.Status,
            Members = c.Members,
            Country = db.Referrals.Where(r => r.CaseId == c.Id).OrderByDescending(r => r.ReferredAt).Select(r => r.CountryCode).FirstOrDefault(),
            WaitingSince = c.StageSince,
        });

    internal sealed class Line
    {
        public Guid Id { get; init; }

        public string CaseNumber { get; init; } = "";

        public CaseStatus Status { get; init; }

        public int Members { get; init; }

        public string? Country { get; init; }

        public DateTimeOffset WaitingSince { get; init; }
    }

    internal static IQueryable<Line> Filter(IQueryable<Line> rows, CaseFilter filter, DateTimeOffset now)
    {
        if (filter.Status is { } status)
        {
            rows = rows.Where(r => r.Status == status);
        }

        if (filter.Size is { } band)
        {
            var (min, max) = CaseSizes.Range(band);
            rows = max is { } most ? rows.Where(r => r.Members >= min && r.Members <= most) : rows.Where(r => r.Members >= min);
        }

        if (CountryCode.Normalise(filter.Country) is { } country)
        {
            rows = rows.Where(r => r.Country == country);
        }

        if (filter.WaitingMonths is { } months)
        {
            var cutoff = now.AddMonths(-months);
            rows = rows.Where(r => r.WaitingSince <= cutoff);
        }

        return rows;
    }

    internal static IQueryable<Line> Sorted(IQueryable<Line> rows, Sort sort) => (sort.Key, sort.Descending) switch
    {
        ("status", false) => rows.OrderBy(r => r.Status).ThenBy(r => r.CaseNumber),
        ("status", true) => rows.OrderByDescending(r => r.Status).ThenBy(r => r.CaseNumber),
        ("size", false) => rows.OrderBy(r => r.Members).ThenBy(r => r.CaseNumber),
        ("size", true) => rows.OrderByDescending(r => r.Members).ThenBy(r => r.CaseNumber),
        ("country", false) => rows.OrderBy(r => r.Country).ThenBy(r => r.CaseNumber),
        ("country", true) => rows.OrderByDescending(r => r.Country).ThenBy(r => r.CaseNumber),
        ("waiting", false) => rows.OrderBy(r => r.WaitingSince).ThenBy(r => r.CaseNumber),
        ("waiting", true) => rows.OrderByDescending(r => r.WaitingSince).ThenBy(r => r.CaseNumber),
        (_, true) => rows.OrderByDescending(r => r.CaseNumber),
        _ => rows.OrderBy(r => r.CaseNumber),
    };
}
