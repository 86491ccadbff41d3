using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passage.Core.Registry;

/// <summary>
/// Tells <see cref="RegistryTotals"/> when a save adds, changes or removes persons, once when it is saved and again when
/// its transaction commits, so that a total counted in between (before the commit showed the change) is not kept.
/// </summary>
public sealed class RegistryChangeInterceptor(RegistryTotals totals) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private bool _saving;
    private bool _changedInTransaction;

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _changedInTransaction = false;

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _changedInTransaction = false;
        return Task.CompletedTask;
    }

    private void Note(DbContext? context) =>
        _saving = context is not null && context.ChangeTracker.Entries<Person>().Any(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified);

    private void Saved(DbContext? context)
    {
        if (!_saving)
        {
            return;
        }

        _saving = false;
        totals.Forget();
        _changedInTransaction = context?.Database.CurrentTransaction is not null;
    }

    private void Committed()
    {
        if (_changedInTransaction)
        {
            _changedInTransaction = false;
            totals.Forget();
        }
    }
}
