using System.Collections.Concurrent;

namespace Passage.Core.Common;

/// <summary>
/// Work done once for every caller that asks for the same key while it runs: the first caller runs it and the others wait
/// for its result. The first caller waits for the work whatever its own cancellation, since the work runs on that caller's
/// resources (its database connection); the others stop waiting when they are cancelled. A caller after the work ends
/// starts it again.
/// </summary>
public sealed class SingleFlight<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Task<TValue>> _running = new();

    public async Task<TValue> RunAsync(TKey key, Func<CancellationToken, Task<TValue>> work, CancellationToken ct)
    {
        var started = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _running.GetOrAdd(key, started.Task);
        if (running != started.Task)
        {
            return await running.WaitAsync(ct);
        }

        try
        {
            var value = await work(CancellationToken.None);
            started.SetResult(value);
            return value;
        }
        catch (Exception e)
        {
            started.SetException(e);
            throw;
        }
        finally
        {
            _running.TryRemove(KeyValuePair.Create(key, started.Task));
        }
    }
}
