using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Passage.Core.Accounts;

namespace Passage.Core.Audit;

/// <summary>
/// Writes an audit entry for every record added, changed or deleted, in the same save as the change itself,
/// so a change is never stored without its audit line, and seals every new entry onto the hash chain in that save's
/// transaction (opening one when the caller has none). Records field names, never values.
/// </summary>
public sealed class AuditInterceptor(Actor actor, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>
    /// Columns an update never names: bookkeeping, and an account's secrets (a password change or a session reset is
    /// audited by the use case that makes it, in words).
    /// </summary>
    private static readonly HashSet<string> Unnamed = new(StringComparer.Ordinal)
    {
        "Version", "UpdatedAt", "ConcurrencyStamp", "PasswordHash", "SecurityStamp",
    };

    /// <summary>The transaction this interceptor opened for one save, committed when the save succeeds.</summary>
    private IDbContextTransaction? _own;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // Synchronous all the way: with async false every awaited call completes before returning.
        PrepareAsync(eventData.Context, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await PrepareAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (_own is { } own)
        {
            _own = null;
            using (own)
            {
                own.Commit();
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_own is { } own)
        {
            _own = null;
            await using (own)
            {
                await own.CommitAsync(cancellationToken);
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon();
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon();
        return Task.CompletedTask;
    }

    /// <summary>Rolls back the transaction this interceptor opened, if any.</summary>
    private void Abandon()
    {
        var own = _own;
        _own = null;
        own?.Dispose();
    }

    private async ValueTask PrepareAsync(DbContext? context, bool async, CancellationToken ct)
    {
        if (context is null)
        {
            return;
        }

        AddEntries(context);
        var unsealed = context.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .ToList();
        if (unsealed.Count == 0)
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            _own = async ? await context.Database.BeginTransactionAsync(ct) : context.Database.BeginTransaction();
        }

        await AuditChain.SealAsync(context, unsealed, async, ct);
    }

    private void AddEntries(DbContext context)
    {
        var now = clock.GetUtcNow();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry)
            .Select(e => Describe(e, now))
            .Where(e => e is not null)
            .ToList();
        context.Set<AuditEntry>().AddRange(entries!);
    }

    private AuditEntry? Describe(EntityEntry entry, DateTimeOffset now)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Updated,
        };
        var type = entry.Metadata.ClrType.Name;
        var key = entry.Metadata.FindPrimaryKey();
        string id;
        if (key is not null && key.Properties.All(p => !entry.Property(p.Name).IsTemporary))
        {
            id = string.Join('|', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
        }
        else
        {
            // A child row whose own key the database issues: audit it under its owner.
            var owner = entry.Properties.FirstOrDefault(p => p.Metadata.Name is "PersonId" or "CaseId" or "UserId");
            id = owner is null ? "(new)" : $"{owner.Metadata.Name}={owner.CurrentValue}";
        }

        string? detail = null;
        if (action == AuditAction.Updated)
        {
            var changed = entry.Properties.Where(p => p.IsModified && !Unnamed.Contains(p.Metadata.Name))
                .Select(p => p.Metadata.Name).ToArray();
            if (changed.Length == 0)
            {
                return null;
            }

            detail = "fields: " + string.Join(", ", changed);
        }

        return AuditEntry.Record(actor, action, type, id, detail, now);
    }
}
