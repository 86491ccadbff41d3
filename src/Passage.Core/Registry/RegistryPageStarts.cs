using System.Collections.Concurrent;
using Passage.Core.Common;

namespace Passage.Core.Registry;

/// <summary>
/// Where the registry list's pages start, kept in registration-number order: every <see cref="Stride"/>th person's
/// registration number for a filter. A page deep in the list then starts from the nearest kept number and skips fewer than
/// <see cref="Stride"/> entries, instead of skipping every person before it on every page view. Kept and forgotten with the
/// totals (<see cref="RegistryTotals"/>): a change saved in this process forgets them at once, one by another process shows
/// within <see cref="RegistryTotals.Lifetime"/>, as it would between two page views. Only filters without typed words are
/// kept, so no searched name is held.
/// </summary>
public sealed class RegistryPageStarts(RegistryTotals totals, TimeProvider clock)
{
    /// <summary>Persons between two kept starts.</summary>
    public const int Stride = 1_000;

    /// <summary>Kept starts are dropped past this many distinct filters rather than growing without bound.</summary>
    private const int MostKept = 1_000;

    private readonly ConcurrentDictionary<PersonFilter, Kept> _kept = new();
    /// <summary>Readings under way: requests arriving while the starts are read wait for that one reading.</summary>
    private readonly SingleFlight<(PersonFilter Filter, long Generation), List<string>> _reading = new();

    private sealed record Kept(List<string> Starts, long Generation, DateTimeOffset ReadAt);

    /// <summary>
    /// The registration number to list from and the entries to skip after it, for a page that skips <paramref name="skip"/>
    /// entries of <paramref name="filter"/>; null when the page is near the start, is ordered otherwise, or lies past the end.
    /// <paramref name="readNumbers"/> reads every registration number the filter lists, in order.
    /// </summary>
    public async Task<(string From, int Skip)?> FindAsync(
        PersonFilter filter, int skip, Func<CancellationToken, Task<List<string>>> readNumbers, CancellationToken ct)
    {
        if (skip < Stride || !string.IsNullOrWhiteSpace(filter.Query) || filter.Order != PersonFilter.DefaultSort)
        {
            return null;
        }

        var key = filter with { Sort = null };
        var generation = totals.Generation;
        var now = clock.GetUtcNow();
        if (!_kept.TryGetValue(key, out var kept) || kept.Generation != generation || now - kept.ReadAt >= RegistryTotals.Lifetime)
        {
            kept = new Kept(await _reading.RunAsync((key, generation), async c => EveryStride(await readNumbers(c)), ct), generation, now);
            if (_kept.Count >= MostKept)
            {
                _kept.Clear();
            }

            _kept[key] = kept;
        }

        var start = skip / Stride;
        return start < kept.Starts.Count ? (kept.Starts[start], skip - (start * Stride)) : null;
    }

    private static List<string> EveryStride(List<string> numbers) => numbers.Where((_, i) => i % Stride == 0).ToList();
}
