using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Passage.Core.Storage;

/// <summary>
/// A use case's transaction that also works inside a transaction the caller opened (an API write carrying an
/// <c>Idempotency-Key</c> runs its use case and the record of its answer in one transaction): there it is a savepoint,
/// so committing releases it, and rolling back or disposing without a commit undoes only the use case's own part.
/// </summary>
public sealed class NestedTransaction : IDbContextTransaction
{
    private readonly IDbContextTransaction _outer;
    private readonly string _savepoint;
    private bool _ended;

    private NestedTransaction(IDbContextTransaction outer, string savepoint)
    {
        _outer = outer;
        _savepoint = savepoint;
    }

    public Guid TransactionId => _outer.TransactionId;

    public bool SupportsSavepoints => true;

    /// <summary>A new transaction, or a savepoint in the one already open.</summary>
    public static async Task<IDbContextTransaction> BeginAsync(DatabaseFacade database, CancellationToken ct)
    {
        if (database.CurrentTransaction is not { } outer)
        {
            return await database.BeginTransactionAsync(ct);
        }

        var savepoint = $"passage_{Guid.NewGuid():N}";
        await outer.CreateSavepointAsync(savepoint, ct);
        return new NestedTransaction(outer, savepoint);
    }

    public void Commit()
    {
        _ended = true;
        _outer.ReleaseSavepoint(_savepoint);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        _ended = true;
        await _outer.ReleaseSavepointAsync(_savepoint, cancellationToken);
    }

    public void Rollback()
    {
        _ended = true;
        _outer.RollbackToSavepoint(_savepoint);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        _ended = true;
        await _outer.RollbackToSavepointAsync(_savepoint, cancellationToken);
    }

    public void CreateSavepoint(string name) => _outer.CreateSavepoint(name);

    public Task CreateSavepointAsync(string name, CancellationToken cancellationToken = default) => _outer.CreateSavepointAsync(name, cancellationToken);

    public void RollbackToSavepoint(string name) => _outer.RollbackToSavepoint(name);

    public Task RollbackToSavepointAsync(string name, CancellationToken cancellationToken = default) => _outer.RollbackToSavepointAsync(name, cancellationToken);

    public void ReleaseSavepoint(string name) => _outer.ReleaseSavepoint(name);

    public Task ReleaseSavepointAsync(string name, CancellationToken cancellationToken = default) => _outer.ReleaseSavepointAsync(name, cancellationToken);

    public void Dispose()
    {
        if (!_ended)
        {
            _ended = true;
            try
            {
                _outer.RollbackToSavepoint(_savepoint);
            }
            catch (DbException)
            {
                // The connection failed; the caller's transaction is lost with it and is never committed.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_ended)
        {
            _ended = true;
            try
            {
                await _outer.RollbackToSavepointAsync(_savepoint);
            }
            catch (DbException)
            {
                // As in Dispose.
            }
        }
    }
}

/// <summary>Opens a use case's transaction with <see cref="NestedTransaction"/>.</summary>
public static class NestedTransactions
{
    /// <summary>A new transaction, or a savepoint when the caller has one open already.</summary>
    public static Task<IDbContextTransaction> BeginOrNestTransactionAsync(this DatabaseFacade database, CancellationToken ct = default) =>
        NestedTransaction.BeginAsync(database, ct);
}
