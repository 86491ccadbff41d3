using System.Collections.Concurrent;
using Passage.Core.Common;

namespace Passage.Core.Registry;

/// <summary>
/// A value worked out from the registry for one list filter (its order aside), kept until persons change in this process
/// (<see cref="RegistryTotals.Generation"/>) and at most <see cref="RegistryTotals.Lifetime"/>, so that a change made by
/// another process shows within that time. Requests arriving while the value is worked out wait for that one working.
/// Only filters without typed words are kept, so no searched name is held.
/// </summary>
internal sealed class KeptPerFilter<TValue>(RegistryTotals changes, TimeProvider clock)
{
    /// <summary>Kept values are dropped past this many distinct filters rather than growing without bound.</summary>
    private const int MostKept = 1_000;

    private readonly ConcurrentDictionary<PersonFilter, Kept> _kept = new();

    /// <summary>A working started before a change was forgotten is not joined by requests after it.</summary>
    private readonly SingleFlight<(PersonFilter Filter, long Generation), TValue> _working = new();

    private sealed record Kept(TValue Value, long Generation, DateTimeOffset At);

    /// <summary>The kept value for <paramref name="filter"/>, or a fresh one from <paramref name="work"/>.</summary>
    public async Task<TValue> GetAsync(PersonFilter filter, Func<CancellationToken, Task<TValue>> work, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            return await work(ct);
        }

        var key = filter with { Sort = null };

        // Read before working: a change saved meanwhile leaves the new value marked as already out of date.
        var generation = changes.Generation;
        var now = clock.GetUtcNow();
        if (_kept.TryGetValue(key, out var kept) && kept.Generation == generation && now - kept.At < RegistryTotals.Lifetime)
        {
            return kept.Value;
        }

        var value = await _working.RunAsync((key, generation), work, ct);
        if (_kept.Count >= MostKept)
        {
            _kept.Clear();
        }

        _kept[key] = new Kept(value, generation, now);
        return value;
    }
}
