using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;

namespace Passage.Core.Storage.Encryption;

/// <summary>
/// Adds a new field key and seals every sealed value again with it (values written before their column was sealed are
/// sealed now). With <c>retireOldKeys</c> the older keys are revoked afterwards, so that what they sealed (in an older
/// backup) can no longer be opened. Only the operator at the server's command line, who holds the key folder, may do it.
/// </summary>
public sealed class RotateFieldKeys(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<KeyRotation>> ExecuteAsync(bool retireOldKeys, CancellationToken ct = default)
    {
        if (!actor.IsConsoleOperator)
        {
            return Problem.Refused("Field keys are rotated only at the server's command line (passage keys rotate).");
        }

        var cipher = FieldEncryption.CipherOf(db) ?? throw new InvalidOperationException("The context has no field keys.");
        var key = cipher.NewKey(clock.GetUtcNow());
        await cipher.SealWithAsync(key, ct);
        var resealed = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var table in FieldEncryption.SealedColumns(db.Model).GroupBy(c => c.Entity))
        {
            var rows = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(table.Key).Invoke(db, null)!;
            foreach (var row in await rows.ToListAsync(ct))
            {
                foreach (var (_, property) in table)
                {
                    var entry = db.Entry(row).Property(property);
                    if (entry.CurrentValue is not null)
                    {
                        entry.IsModified = true;
                        resealed++;
                    }
                }
            }
        }

        audit.Record(AuditAction.Updated, "FieldKeys", key.ToString(), $"new field key; {resealed} sealed values sealed again with it");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        if (retireOldKeys)
        {
            cipher.RevokeOlderThan(key);
        }

        return new KeyRotation(key, resealed, cipher.Keys().Count(k => k.Revoked));
    }
}

/// <summary>The outcome of a rotation: the new key, how many values were sealed again, how many keys are now revoked.</summary>
public sealed record KeyRotation(Guid KeyId, int Resealed, int RevokedKeys);
