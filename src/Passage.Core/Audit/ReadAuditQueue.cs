using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Storage;

namespace Passage.Core.Audit;

/// <summary>
/// Audit entries of reads (a record viewed, a list searched), held in this process for a moment and then written together:
/// one transaction and one move of the chain head for a whole batch instead of one per page view. Changes never come
/// here; they are audited in their own transaction. A crash loses the entries not yet written: at most
/// the reads of the last flush interval and of the batch being written (decision 22).
/// </summary>
public sealed class ReadAuditQueue(IServiceScopeFactory scopes) : IDisposable
{
    /// <summary>The most entries one transaction writes; a longer queue is written in several.</summary>
    public const int BatchSize = 1_000;

    private readonly Channel<AuditEntry> _waiting = Channel.CreateUnbounded<AuditEntry>();
    private readonly SemaphoreSlim _writing = new(1, 1);

    /// <summary>A batch whose write failed, written first next time so no entry is dropped while the database is away.</summary>
    private List<AuditEntry>? _unwritten;

    /// <summary>Entries waiting to be written.</summary>
    public int Waiting => _waiting.Reader.Count + (_unwritten?.Count ?? 0);

    public void Enqueue(AuditEntry entry)
    {
        if (!_waiting.Writer.TryWrite(entry))
        {
            throw new InvalidOperationException("The read audit queue is closed.");
        }
    }

    /// <summary>Writes every entry waiting, in batches, each sealed onto the chain in its own transaction; returns how many.</summary>
    public async Task<int> FlushAsync(CancellationToken ct = default)
    {
        await _writing.WaitAsync(ct);
        try
        {
            var written = 0;
            while (true)
            {
                var batch = _unwritten ?? [];
                _unwritten = null;
                while (batch.Count < BatchSize && _waiting.Reader.TryRead(out var entry))
                {
                    batch.Add(entry);
                }

                if (batch.Count == 0)
                {
                    return written;
                }

                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
                    db.AuditEntries.AddRange(batch);
                    await db.SaveChangesAsync(ct);
                }
                catch
                {
                    _unwritten = Unsealed(batch);
                    throw;
                }

                written += batch.Count;
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    public void Dispose() => _writing.Dispose();

    /// <summary>The entries of a failed write, as they were before the failed transaction gave them places in the chain.</summary>
    private static List<AuditEntry> Unsealed(List<AuditEntry> batch) =>
        batch.Select(AuditEntry.Copy).ToList();
}
