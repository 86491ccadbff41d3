using System.Collections.Concurrent;
using Passage.Core.Common;

namespace Passage.Core.Registry;

/// <summary>
/// The registry list's totals ("of 100,000 persons"), counted once and kept for <see cref="Lifetime"/>: an office paging
/// through the list would otherwise count the whole registry on every page. A change to persons saved in this process
/// forgets every kept total at once (<see cref="RegistryChangeInterceptor"/>); a change made by another process, such as
/// an import from the command line, shows within <see cref="Lifetime"/>. Only filters without typed words are kept, so no
/// searched name is held.
/// </summary>
public sealed class RegistryTotals(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    /// <summary>Kept totals are dropped past this many distinct filters rather than growing without bound.</summary>
    private const int MostKept = 1_000;

    private readonly ConcurrentDictionary<PersonFilter, Kept> _kept = new();

    /// <summary>
    /// Counts under way: an office whose kept total lapses would otherwise count the whole registry once per request arriving
    /// in those milliseconds. A count started before a change was forgotten is not joined by requests after it.
    /// </summary>
    private readonly SingleFlight<(PersonFilter Filter, long Generation), int> _counting = new();
    private long _generation;

    private sealed record Kept(int Total, long Generation, DateTimeOffset CountedAt);

    /// <summary>Forgets every kept total: persons were added, merged or removed.</summary>
    public void Forget() => Interlocked.Increment(ref _generation);

    /// <summary>How many times persons changed in this process; whatever was kept under an older one is out of date.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The kept total for <paramref name="filter"/> (its order aside), or a fresh one from <paramref name="count"/>.</summary>
    public async Task<int> CountAsync(PersonFilter filter, Func<CancellationToken, Task<int>> count, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            return await count(ct);
        }

        var key = filter with { Sort = null };
        // Read before counting: a change saved while counting leaves the new total marked as already out of date.
        var generation = Interlocked.Read(ref _generation);
        var now = clock.GetUtcNow();
        if (_kept.TryGetValue(key, out var kept) && kept.Generation == generation && now - kept.CountedAt < Lifetime)
        {
            return kept.Total;
        }

        var total = await _counting.RunAsync((key, generation), count, ct);
        if (_kept.Count >= MostKept)
        {
            _kept.Clear();
        }

        _kept[key] = new Kept(total, generation, now);
        return total;
    }
}
