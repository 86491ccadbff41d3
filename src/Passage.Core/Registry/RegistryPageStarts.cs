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

    private readonly KeptPerFilter<List<string>> _starts = new(totals, clock);

    /// <summary>
    /// The registration number to list from and the entries to skip after it, for a page that skips <paramref name="skip"/>
    /// entries of <paramref name="filter"/>; null when the page is near the start, is ordered otherwise, or lies past the end.
    /// <paramref name="numbers"/> reads every registration number the filter lists, in order; only every
    /// <see cref="Stride"/>th is kept.
    /// </summary>
    public async Task<(string From, int Skip)?> FindAsync(
        PersonFilter filter, int skip, Func<CancellationToken, IAsyncEnumerable<string>> numbers, CancellationToken ct)
    {
        if (skip < Stride || !string.IsNullOrWhiteSpace(filter.Query) || filter.Order != PersonFilter.DefaultSort)
        {
            return null;
        }

        var starts = await _starts.GetAsync(filter, c => EveryStrideAsync(numbers(c), c), ct);
        var start = skip / Stride;
        return start < starts.Count ? (starts[start], skip - (start * Stride)) : null;
    }

    private static async Task<List<string>> EveryStrideAsync(IAsyncEnumerable<string> numbers, CancellationToken ct)
    {
        var kept = new List<string>();
        var index = 0;
        await foreach (var number in numbers.WithCancellation(ct))
        {
            if (index++ % Stride == 0)
            {
                kept.Add(number);
            }
        }

        return kept;
    }
}
