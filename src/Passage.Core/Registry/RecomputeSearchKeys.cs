using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Audit;
using Passage.Core.Storage;

namespace Passage.Core.Registry;

/// <summary>
/// A start-up step: when the stored name search keys were made by older rules than <see cref="PersonSearchKey.CurrentVersion"/>,
/// recomputes every person's keys in batches (each batch in one transaction, so a stop part-way leaves every person with
/// one consistent set) and records the new version. Keys are derived data: one audit line says how many persons were
/// recomputed, rather than one per key.
/// </summary>
public sealed class RecomputeSearchKeys(PassageDbContext db, AuditLog audit)
{
    private const int BatchSize = 1000;

    /// <summary>Returns how many persons' keys were recomputed; 0 when they were current.</summary>
    public async Task<int> ExecuteAsync(CancellationToken ct = default)
    {
        var stored = await db.Set<StoredKeyVersion>().SingleOrDefaultAsync(v => v.Name == PersonSearchKey.VersionName, ct);
        if (stored?.Version == PersonSearchKey.CurrentVersion)
        {
            return 0;
        }

        var ids = await db.Persons.IgnoreQueryFilters().AsNoTracking().Select(p => p.Id).ToListAsync(ct);
        foreach (var batch in ids.Chunk(BatchSize))
        {
            await RecomputeAsync(batch, ct);
        }

        if (stored is null)
        {
            db.Set<StoredKeyVersion>().Add(new StoredKeyVersion(PersonSearchKey.VersionName, PersonSearchKey.CurrentVersion));
        }
        else
        {
            stored.Set(PersonSearchKey.CurrentVersion);
        }

        if (ids.Count > 0)
        {
            audit.Record(AuditAction.Updated, nameof(PersonSearchKey), "all", string.Create(CultureInfo.InvariantCulture,
                $"search keys recomputed for {ids.Count} persons (rules version {PersonSearchKey.CurrentVersion})"));
        }

        await db.SaveChangesAsync(ct);
        return ids.Count;
    }

    private async Task RecomputeAsync(Guid[] batch, CancellationToken ct)
    {
        var persons = await db.Persons.IgnoreQueryFilters().AsNoTracking().Include(p => p.Aliases).AsSplitQuery()
            .Where(p => batch.Contains(p.Id)).ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.PersonSearchKeys.Where(k => batch.Contains(k.PersonId)).ExecuteDeleteAsync(ct);
        await new BulkInserter(db).InsertAsync(
            persons.SelectMany(p => PersonSearchKey.For(p).Select(key => (new PersonSearchKey(key), p.Id))), nameof(PersonSearchKey.PersonId), ct);
        await transaction.CommitAsync(ct);
    }
}
