using Microsoft.EntityFrameworkCore;
using Passage.Core.Movements;
using Passage.Core.Storage;

namespace Passage.Core.Retention;

/// <summary>
/// The issued manifests of a movement lose their passenger lines (names, dates of birth, document numbers); the clock
/// starts at the movement's departure (as planned, for a movement cancelled). Each version keeps its number, its count of
/// passengers, when and by whom it was issued and its fingerprint, which is what the movement's page and the figures use.
/// </summary>
internal sealed class DepartedMovementManifests : RetentionRule
{
    public override RetentionKind Kind => RetentionKind.IssuedManifests;

    public override string EntityType => nameof(ManifestVersion);

    public override async Task<List<ExpiredRecord>> FindAsync(PassageDbContext db, DateTimeOffset cutoff, CancellationToken ct)
    {
        var issued = await (from v in db.ManifestVersions
                            join m in db.Movements on v.MovementId equals m.Id
                            where v.AnonymisedAt == null && m.DepartsAt <= cutoff
                            select new { v.Id, m.DepartsAt }).ToListAsync(ct);
        return issued.Select(v => new ExpiredRecord(v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), v.DepartsAt)).ToList();
    }

    public override async Task ApplyAsync(PassageDbContext db, IReadOnlyList<string> records, DateTimeOffset now, CancellationToken ct)
    {
        var ids = records.Select(r => long.Parse(r, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var version in await db.ManifestVersions.Where(v => ids.Contains(v.Id)).ToListAsync(ct))
        {
            version.Anonymise(now);
        }
    }
}
