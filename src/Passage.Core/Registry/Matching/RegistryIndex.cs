using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Operations;
using Passage.Core.Storage;
using Passage.Matching.Linking;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Core.Registry.Matching;

/// <summary>
/// The in-memory matching index of the whole registry, shared by every request. Built from the database at start;
/// a person registered or changed since then is held in a small delta that every search also scores, and their
/// old records are ignored, so the index is current without a rebuild on every change. Searches run concurrently;
/// changes replace an immutable snapshot. Changes written by other processes arrive through
/// <see cref="CatchUpAsync"/>.
/// </summary>
public sealed partial class RegistryIndex(TimeSpan? catchUpOverlap = null)
{
    private const int DeltaLimit = 2000;
    private const int OneWordCandidates = 1000;
    private static readonly MatchModel Model = ModelParameters.Default.ToModel();
    private readonly Lock _lock = new();
    private Snapshot _snapshot = Snapshot.Empty;
    private SizedModel? _identityModel;
    private volatile bool _built;

    /// <summary>Persons in the index, counting those changed since the last build.</summary>
    public int Count => _snapshot.Count;

    /// <summary>True once the index has been built from the database; until then searches find nobody.</summary>
    public bool IsBuilt => _built;

    /// <summary>Persons changed since the last build, each scored on every search until the next rebuild.</summary>
    public int PendingChanges => _snapshot.Delta.Count;

    /// <summary>Loads every person from the database and replaces the index.</summary>
    public async Task RebuildAsync(PassageDbContext db, CancellationToken ct = default)
    {
        // Read the marker first: a change made while the persons load is then caught up again, never missed.
        var marker = await LatestChangeAsync(db, ct);
        var persons = await db.Persons.AsNoTracking().Include(p => p.Aliases).AsSplitQuery().ToListAsync(ct);
        var records = new List<PreparedRecord>(persons.Count * 2);
        var owners = new List<Guid>(persons.Count * 2);
        foreach (var person in persons)
        {
            foreach (var record in PersonMatchRecords.For(person))
            {
                records.Add(PreparedRecord.From(record));
                owners.Add(person.Id);
            }
        }

        var members = persons.Select(p => p.Id).ToHashSet();
        var snapshot = new Snapshot(SearchIndex.Build(records, Model), [.. owners], members, new Dictionary<Guid, PreparedRecord[]>(), new HashSet<Guid>(), persons.Count);
        lock (_lock)
        {
            _snapshot = snapshot;
            ResetChanges(marker, persons);
        }

        _built = true;
    }

    /// <summary>Puts a new or changed person's current records in the index.</summary>
    public void Update(Person person) => Update([person]);

    /// <summary>Puts many new or changed persons in the index at once, for bulk work: one new snapshot, not one per person.</summary>
    public void Update(IReadOnlyCollection<Person> persons)
    {
        var prepared = persons.Select(p => (p, Records: PersonMatchRecords.For(p).Select(PreparedRecord.From).ToArray())).ToList();
        lock (_lock)
        {
            var old = _snapshot;
            var delta = new Dictionary<Guid, PreparedRecord[]>(old.Delta);
            var stale = new HashSet<Guid>(old.Stale);
            var added = 0;
            foreach (var (person, records) in prepared)
            {
                added += old.Holds(person.Id) || delta.ContainsKey(person.Id) ? 0 : 1;
                delta[person.Id] = records;
                stale.Add(person.Id);
                Applied(person.Id, person.Version, person.UpdatedAt);
            }

            _snapshot = old with { Delta = delta, Stale = stale, Count = old.Count + added };
        }
    }

    /// <summary>Takes a person out of every search, for example a record merged into another. Removing twice is harmless.</summary>
    public void Remove(Guid personId)
    {
        lock (_lock)
        {
            var old = _snapshot;
            if (!old.Holds(personId))
            {
                return;
            }

            var delta = new Dictionary<Guid, PreparedRecord[]>(old.Delta);
            delta.Remove(personId);
            var stale = new HashSet<Guid>(old.Stale) { personId };
            _snapshot = old with { Delta = delta, Stale = stale, Count = old.Count - 1 };
        }
    }

    /// <summary>True when enough has changed that a rebuild would make searches faster.</summary>
    public bool NeedsRebuild => _snapshot.Delta.Count > DeltaLimit;

    /// <summary>
    /// The best-scoring persons for a query given as one or more records (for example a name in both scripts),
    /// best first, each with the explanation of its best record. The likelihood is that of a candidate the search
    /// found (how well it answers the query), which suits a search box.
    /// </summary>
    public IReadOnlyList<RegistryMatch> Search(IReadOnlyList<PersonRecord> query, int top) => Search(query, top, identity: false);

    /// <summary>
    /// As <see cref="Search(IReadOnlyList{PersonRecord}, int)"/>, with the likelihood that the query and the person are
    /// the same person given how many persons the registry holds (<see cref="RegistryPrior"/>): for duplicate warnings
    /// and reviews, where namesakes must not look certain.
    /// </summary>
    public IReadOnlyList<RegistryMatch> FindSamePerson(IReadOnlyList<PersonRecord> query, int top) => Search(query, top, identity: true);

    private List<RegistryMatch> Search(IReadOnlyList<PersonRecord> query, int top, bool identity)
    {
        var started = Stopwatch.GetTimestamp();
        var matches = Score(query, top, identity);
        PassageMetrics.RecordMatching(started, identity);
        return matches;
    }

    private List<RegistryMatch> Score(IReadOnlyList<PersonRecord> query, int top, bool identity)
    {
        var snapshot = _snapshot;
        var model = identity ? IdentityModel(snapshot.Count) : Model;
        var best = new Dictionary<Guid, (double LogOdds, PreparedRecord Query, PreparedRecord Record)>();
        // One word says too little to weigh identity: rank by the role of the name part it meets, then by score,
        // from a wider set of candidates (a family's members may score below people who merely share a given name).
        var oneWord = !identity && query.Count == 1 && NameRoleRelevance.IsOneWord(PreparedRecord.From(query[0]));
        foreach (var q in query.Select(PreparedRecord.From))
        {
            foreach (var hit in snapshot.Index.Search(q, oneWord ? Math.Max(top * 3, OneWordCandidates) : top * 3))
            {
                var owner = snapshot.Owners[hit.Record];
                if (!snapshot.Stale.Contains(owner))
                {
                    Keep(best, owner, hit.LogOdds, q, snapshot.Index.Records[hit.Record]);
                }
            }

            foreach (var (owner, records) in snapshot.Delta)
            {
                foreach (var record in records)
                {
                    Keep(best, owner, Model.LogOdds(q, record), q, record);
                }
            }
        }

        return best
            .OrderByDescending(b => oneWord ? NameRoleRelevance.Grade(b.Value.Query, b.Value.Record) : 0)
            .ThenByDescending(b => b.Value.LogOdds)
            .Take(top)
            .Select(b => new RegistryMatch(b.Key, model.Score(b.Value.Query, b.Value.Record)))
            .ToList();
    }

    private static void Keep(Dictionary<Guid, (double, PreparedRecord, PreparedRecord)> best, Guid owner, double logOdds, PreparedRecord query, PreparedRecord record)
    {
        if (!best.TryGetValue(owner, out var current) || current.Item1 < logOdds)
        {
            best[owner] = (logOdds, query, record);
        }
    }

    /// <summary>The model with the prior for a registry of <paramref name="persons"/>, kept while the size stays the same (a scan asks once per person).</summary>
    private MatchModel IdentityModel(int persons)
    {
        var cached = _identityModel;
        if (cached?.Persons == persons)
        {
            return cached.Model;
        }

        var model = Model.WithPrior(RegistryPrior.For(persons));
        _identityModel = new SizedModel(persons, model);
        return model;
    }

    private sealed record SizedModel(int Persons, MatchModel Model);

    private sealed record Snapshot(SearchIndex Index, Guid[] Owners, HashSet<Guid> Members, Dictionary<Guid, PreparedRecord[]> Delta, HashSet<Guid> Stale, int Count)
    {
        public static readonly Snapshot Empty = new(SearchIndex.Build([], Model), [], new HashSet<Guid>(), new Dictionary<Guid, PreparedRecord[]>(), new HashSet<Guid>(), 0);

        /// <summary>True when the person is searched: in the delta, or built in and not changed or removed since.</summary>
        public bool Holds(Guid personId) => Delta.ContainsKey(personId) || (Members.Contains(personId) && !Stale.Contains(personId));
    }
}
