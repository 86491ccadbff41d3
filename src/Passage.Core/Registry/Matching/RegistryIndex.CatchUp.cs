using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;

namespace Passage.Core.Registry.Matching;

/// <summary>
/// Catching up with changes that other processes (another web node, the command line's import) wrote to the registry.
/// Every change to a person raises its <see cref="Person.Version"/> and sets <see cref="Person.UpdatedAt"/> (indexed);
/// a catch-up reads the persons changed since the latest change it saw, less an overlap for transactions that
/// committed late with an earlier time, and applies those whose version it has not applied yet.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "The semaphore never creates its wait handle; the index lives as long as the process.")]
public sealed partial class RegistryIndex
{
    /// <summary>The overlap when none is configured: longer than any ordinary transaction.</summary>
    public static readonly TimeSpan DefaultCatchUpOverlap = TimeSpan.FromMinutes(2);

    private const int LoadChunk = 500;
    private readonly TimeSpan _overlap = catchUpOverlap ?? DefaultCatchUpOverlap;
    private readonly SemaphoreSlim _catchUp = new(1, 1);
    private readonly Dictionary<Guid, (long Version, DateTimeOffset UpdatedAt)> _applied = [];
    private DateTimeOffset? _changeMarker;

    /// <summary>
    /// Applies the persons that other processes registered, changed or merged since the last catch-up or build. Returns
    /// how many changes were applied; more than a rebuild's worth rebuilds the index instead.
    /// </summary>
    public async Task<int> CatchUpAsync(PassageDbContext db, CancellationToken ct = default)
    {
        await _catchUp.WaitAsync(ct);
        try
        {
            DateTimeOffset? since;
            lock (_lock)
            {
                since = _changeMarker is { } marker && marker > DateTimeOffset.MinValue + _overlap ? marker - _overlap : null;
            }

            var changed = await db.Persons.IgnoreQueryFilters().AsNoTracking()
                .Where(p => since == null || p.UpdatedAt >= since)
                .Select(p => new { p.Id, p.Version, p.UpdatedAt, p.MergedIntoId })
                .ToListAsync(ct);
            var unseen = changed.Where(c => !IsApplied(c.Id, c.Version)).ToList();
            if (unseen.Count > DeltaLimit)
            {
                await RebuildAsync(db, ct);
                return unseen.Count;
            }

            foreach (var merged in unseen.Where(c => c.MergedIntoId is not null))
            {
                Remove(merged.Id);
                lock (_lock)
                {
                    Applied(merged.Id, merged.Version, merged.UpdatedAt);
                }
            }

            foreach (var chunk in unseen.Where(c => c.MergedIntoId is null).Select(c => c.Id).Chunk(LoadChunk))
            {
                var persons = await db.Persons.AsNoTracking().Include(p => p.Aliases).AsSplitQuery().Where(p => chunk.Contains(p.Id)).ToListAsync(ct);
                foreach (var person in persons)
                {
                    Update(person);
                }
            }

            lock (_lock)
            {
                if (changed.Count > 0)
                {
                    var latest = changed.Max(c => c.UpdatedAt);
                    _changeMarker = _changeMarker is { } marker && marker > latest ? marker : latest;
                }

                ForgetOlderThanOverlap();
            }

            if (NeedsRebuild)
            {
                await RebuildAsync(db, ct);
            }

            return unseen.Count;
        }
        finally
        {
            _catchUp.Release();
        }
    }

    private static Task<DateTimeOffset?> LatestChangeAsync(PassageDbContext db, CancellationToken ct) =>
        db.Persons.IgnoreQueryFilters().AsNoTracking().OrderByDescending(p => p.UpdatedAt).Select(p => (DateTimeOffset?)p.UpdatedAt).FirstOrDefaultAsync(ct);

    /// <summary>After a build: the persons it loaded within the overlap count as applied. Call holding the lock.</summary>
    private void ResetChanges(DateTimeOffset? marker, IEnumerable<Person> loaded)
    {
        _changeMarker = marker;
        _applied.Clear();
        foreach (var person in loaded)
        {
            Applied(person.Id, person.Version, person.UpdatedAt);
        }

        ForgetOlderThanOverlap();
    }

    /// <summary>Call holding the lock.</summary>
    private void Applied(Guid personId, long version, DateTimeOffset updatedAt)
    {
        if (!_applied.TryGetValue(personId, out var known) || known.Version < version)
        {
            _applied[personId] = (version, updatedAt);
        }
    }

    private bool IsApplied(Guid personId, long version)
    {
        lock (_lock)
        {
            return _applied.TryGetValue(personId, out var known) && known.Version >= version;
        }
    }

    /// <summary>Call holding the lock. A change older than the overlap will not be read again, so need not be remembered.</summary>
    private void ForgetOlderThanOverlap()
    {
        if (_changeMarker is not { } marker)
        {
            return;
        }

        var horizon = marker - _overlap;
        foreach (var id in _applied.Where(a => a.Value.UpdatedAt < horizon).Select(a => a.Key).ToList())
        {
            _applied.Remove(id);
        }
    }
}
