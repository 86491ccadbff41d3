namespace Passage.Core.Registry;

/// <summary>
/// The registry list's totals ("of 100,000 persons"), counted once and kept for <see cref="Lifetime"/>: an office paging
/// through the list would otherwise count the whole registry on every page. A change to persons saved in this process
/// forgets every kept total at once (<see cref="RegistryChangeInterceptor"/>); a change made by another process, such as
/// an import from the command line, shows within <see cref="Lifetime"/>. Only filters without typed words are kept, so no
/// searched name is held.
/// </summary>
public sealed class RegistryTotals
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly KeptPerFilter<int> _totals;
    private long _generation;

    public RegistryTotals(TimeProvider clock) => _totals = new KeptPerFilter<int>(this, clock);

    /// <summary>Forgets every kept total: persons were added, merged or removed.</summary>
    public void Forget() => Interlocked.Increment(ref _generation);

    /// <summary>How many times persons changed in this process; whatever was kept under an older one is out of date.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The kept total for <paramref name="filter"/> (its order aside), or a fresh one from <paramref name="count"/>.</summary>
    public Task<int> CountAsync(PersonFilter filter, Func<CancellationToken, Task<int>> count, CancellationToken ct) =>
        _totals.GetAsync(filter, count, ct);
}
