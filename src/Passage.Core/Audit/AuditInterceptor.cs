using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Passage.Core.Accounts;

namespace Passage.Core.Audit;

/// <summary>
/// Writes an audit entry for every record added, changed or deleted, in the same save as the change itself,
/// so a change is never stored without its audit line. Records field names, never values.
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

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

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
