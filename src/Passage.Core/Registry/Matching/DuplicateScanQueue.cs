using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Passage.Core.Registry.Matching;

/// <summary>
/// The hand-over of started scans to the background worker of this process, one at a time. Also tells a waiter
/// when a given scan has finished, whatever its outcome.
/// </summary>
public sealed class DuplicateScanQueue
{
    private readonly Channel<long> _channel = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _finished = new();
    private int _unfinished;

    /// <summary>Held while a scan is being started, so that two starts cannot both find no scan running.</summary>
    internal SemaphoreSlim StartLock { get; } = new(1, 1);

    public void Enqueue(long scanId)
    {
        Finished(scanId);
        Interlocked.Increment(ref _unfinished);
        if (!_channel.Writer.TryWrite(scanId))
        {
            throw new InvalidOperationException("The scan queue is closed.");
        }
    }

    /// <summary>Scans queued or running in this process.</summary>
    public int Unfinished => Volatile.Read(ref _unfinished);

    public IAsyncEnumerable<long> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);

    /// <summary>Completes when the scan has finished (completed, failed or interrupted).</summary>
    public Task WhenFinishedAsync(long scanId) => Finished(scanId).Task;

    public void MarkFinished(long scanId)
    {
        if (Finished(scanId).TrySetResult())
        {
            Interlocked.Decrement(ref _unfinished);
        }
    }

    private TaskCompletionSource Finished(long scanId) =>
        _finished.GetOrAdd(scanId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
