using Passage.Matching.Blocking;
using Passage.Matching.Comparison;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Matching.Linking;

/// <summary>
/// Deduplication and linkage over prepared records: blocks, estimates a model from the data (u from
/// random pairs, m and the prior by EM over blocked pairs, term frequencies from the records), then
/// scores every candidate pair in parallel and keeps those at or above the possible threshold.
/// </summary>
public static class Matcher
{
    /// <summary>The largest block for files of up to <see cref="FullCapRecords"/> records.</summary>
    public const int DefaultCap = 40;

    /// <summary>The size of file up to which blocks of <see cref="DefaultCap"/> records are kept.</summary>
    public const int FullCapRecords = 100_000;

    /// <summary>
    /// The largest block for a file of <paramref name="records"/> records: <see cref="DefaultCap"/> up to
    /// <see cref="FullCapRecords"/>, then shrinking with the fourth root of the size, to 22 at a million
    /// and never below 16. Beyond the cap a key is split by birth year and father's name, so a smaller cap
    /// costs few true pairs (0.2 % at a million) while it halves the candidate pairs, most of which come
    /// from the largest blocks.
    /// </summary>
    public static int CapFor(int records) => records <= FullCapRecords
        ? DefaultCap
        : Math.Max(16, (int)(DefaultCap * Math.Pow((double)FullCapRecords / records, 0.25)));

    /// <summary>Counts name keys, fathers' name keys and attribute values over <paramref name="records"/>.</summary>
    public static TermFrequencies Frequencies(IReadOnlyList<PreparedRecord> records) =>
        TermFrequencies.Count(records, r => r.Name.TokenArray.Where(t => !t.Optional).Select(t => t.Key)
            .Concat(r.Father.TokenArray.Where(t => !t.Optional).Select(t => TermFrequencies.FatherPrefix + t.Key))
            .Concat(r.AttributeArray.Select((v, i) => (v, i)).Where(p => p.v.Length > 0).Select(p => RecordComparer.AttributeKey(p.i, p.v))));

    /// <summary>
    /// Estimates a model for <paramref name="fields"/> from the records themselves; no labels are used.
    /// u comes from <paramref name="randomPairs"/> random pairs. m comes from two EM sessions over samples
    /// of about <paramref name="candidatePairs"/> candidate pairs each, each leaving out the fields its
    /// pairs were blocked on: pairs found by keys of two name tokens give m of every field but the names; pairs found
    /// by date of birth or attribute keys give m of the names (when there are too few of them, the names'
    /// m comes from the name-key pairs with every field in). The prior is then the share of matches
    /// among all pairs expected from the scored candidates (<see cref="EmEstimator.PriorOverPairSpace"/>).
    /// </summary>
    public static MatchModel Train(IReadOnlyList<PreparedRecord> records, IReadOnlyList<FieldDefinition> fields, BlockIndex index,
        int randomPairs = 300_000, long candidatePairs = 400_000, int seed = 20260101) =>
        Learn(records, fields, index, randomPairs, candidatePairs, seed).Model;

    /// <summary>
    /// As <see cref="Train"/>, with the estimate checked: a name, father or birth field whose matches agree in
    /// fewer than <see cref="Learning.LeastAgreement"/> of pairs, or hardly more often than non-matches, has learnt
    /// nothing (EM took namesakes for the match class) and gets the stored parameters' m; a prior that
    /// collapses below <see cref="Learning.LeastDuplicateShare"/> duplicates per record is replaced by
    /// <see cref="Learning.FallbackDuplicateShare"/>. Each replacement is reported in <see cref="Learning.Warnings"/>.
    /// </summary>
    public static Learning Learn(IReadOnlyList<PreparedRecord> records, IReadOnlyList<FieldDefinition> fields, BlockIndex index,
        int randomPairs = 300_000, long candidatePairs = 400_000, int seed = 20260101)
    {
        var warnings = new List<string>();
        var frequencies = Frequencies(records);
        var comparer = new RecordComparer(fields, frequencies);
        var u = EmEstimator.EstimateU(fields, RandomPairs(records, comparer, index, randomPairs, seed));

        var byName = Sample(records, comparer, index, BlockFilter.NamePair, candidatePairs, out _);
        var (m, _, _) = EmEstimator.Estimate(fields, u, byName, f => !RecordComparer.IsName(f.Kind) && f.Kind != FieldKind.Sex);
        // Pairs found by a date of birth or an attribute, and whose fathers agree when the data has fathers:
        // conditioning on the father keeps strangers born the same day out of the match class, since a
        // common father's name is shared by many of them (fathers then stay out of the likelihood).
        var father = fields.ToList().FindIndex(f => f.Kind == FieldKind.Father);
        var byOther = Sample(records, comparer, index, BlockFilter.Other, candidatePairs, out _);
        if (father >= 0)
        {
            byOther = byOther.Where(levels => levels[father] <= 1);
        }

        var (mNames, _, _) = byOther.Total >= 1000
            ? EmEstimator.Estimate(fields, u, byOther, f => f.Kind is not (FieldKind.Birth or FieldKind.Attribute or FieldKind.Sex or FieldKind.Father))
            : EmEstimator.Estimate(fields, u, byName, f => f.Kind != FieldKind.Sex);
        for (var f = 0; f < fields.Count; f++)
        {
            m[f] = RecordComparer.IsName(fields[f].Kind) ? mNames[f] : m[f];
        }

        Learning.CheckAgreement(fields, m, u, warnings);
        var all = Sample(records, comparer, index, BlockFilter.All, candidatePairs, out var totalCandidates);
        var left = index.LeftCount;
        var right = index.RecordCount - left;
        var pairSpace = right > 0 ? (double)left * right : (double)left * (left - 1) / 2;
        var scale = totalCandidates / (double)Math.Max(1, all.Total);
        var prior = EmEstimator.PriorOverPairSpace(m, u, all, scale, pairSpace, f => fields[f].Kind != FieldKind.Sex);
        prior = Learning.CheckPrior(prior, pairSpace, Math.Max(1, right > 0 ? Math.Min(left, right) : left), warnings);
        for (var f = 0; f < fields.Count; f++)
        {
            if (fields[f].Kind == FieldKind.Sex)
            {
                m[f] = EmEstimator.MatchDistribution(m, u, all, prior * pairSpace / Math.Max(1, totalCandidates), f);
            }
        }

        var parameters = fields.Select((f, i) => new FieldParameters(f, m[i], u[i], u[i])).ToArray();
        var candidatePrior = Math.Clamp(prior * pairSpace / Math.Max(1, totalCandidates), 1e-9, 0.5);
        // Names, father, birth and sex alone (a registry): a clerk's knowledge of what means two people holds the
        // disagreement weights. With other identifying attributes (addresses, document numbers) the learnt weights stand.
        var ceilings = fields.All(f => f.Kind != FieldKind.Attribute);
        var model = new MatchModel(parameters, prior, frequencies, candidatePrior: candidatePrior, disagreementCeilings: ceilings,
            possibleEvidence: MatchModel.DefaultPossibleEvidence);
        return new Learning(model, warnings, prior * pairSpace);
    }

    private static ComparisonPatterns RandomPairs(IReadOnlyList<PreparedRecord> records, RecordComparer comparer, BlockIndex index, int count, int seed)
    {
        var patterns = new ComparisonPatterns(comparer.Fields.Count);
        var rng = new Random(seed);
        var levels = new byte[comparer.Fields.Count];
        var tf = new double[comparer.Fields.Count];
        var left = index.LeftCount;
        var right = index.RecordCount - left;
        for (var k = 0; k < count; k++)
        {
            var a = rng.Next(left);
            var b = right > 0 ? left + rng.Next(right) : rng.Next(records.Count);
            if (a != b)
            {
                comparer.Compare(records[a], records[b], levels, tf);
                patterns.Add(levels);
            }
        }

        return patterns;
    }

    /// <summary>
    /// The comparison vectors of the candidate pairs of every stride-th record, the stride chosen from
    /// <see cref="BlockIndex.PairBound"/> so that about <paramref name="target"/> pairs are compared;
    /// <paramref name="total"/> estimates the number of all candidate pairs kept by the filter.
    /// </summary>
    private static ComparisonPatterns Sample(IReadOnlyList<PreparedRecord> records, RecordComparer comparer, BlockIndex index,
        BlockFilter filter, long target, out long total)
    {
        var stride = (int)Math.Max(1, index.PairBound(filter) / Math.Max(1, target));
        var fieldCount = comparer.Fields.Count;
        var candidates = new ComparisonPatterns(fieldCount);
        var gate = new Lock();
        Parallel.For(0, (index.LeftCount + stride - 1) / stride, () => new ComparisonPatterns(fieldCount), (s, _, local) =>
        {
            var buffer = new byte[fieldCount];
            var frequency = new double[fieldCount];
            index.PairsOf(s * stride, (i, j) =>
            {
                comparer.Compare(records[i], records[j], buffer, frequency);
                local.Add(buffer);
            }, filter);
            return local;
        }, local =>
        {
            lock (gate)
            {
                candidates.Add(local);
            }
        });
        total = candidates.Total * (long)stride;
        return candidates;
    }

    /// <summary>
    /// Scores every candidate pair of <paramref name="index"/> and returns those the model decides possible or match
    /// (<see cref="MatchModel.DecideLogOdds"/>), ordered by first and second record. <paramref name="progress"/> receives the
    /// share of records done, from worker threads. <paramref name="compared"/> is the number of pairs scored.
    /// </summary>
    public static IReadOnlyList<ScoredPair> Run(IReadOnlyList<PreparedRecord> records, BlockIndex index, MatchModel model,
        out long compared, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new List<ScoredPair>();
        var gate = new Lock();
        long pairs = 0;
        long done = 0;
        var left = index.LeftCount;
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        var floor = model.PossibleFloor;
        Parallel.For(0, left, options, () => new Worker(), (i, _, worker) =>
        {
            worker.Pairs += index.PairsOf(i, (a, b) =>
            {
                // Cheap fields first: a pair whose dates and fathers already keep it below the floor skips the names.
                if (model.TryLogOddsAtLeast(records[a], records[b], floor, out var logOdds))
                {
                    worker.Results.Add(new ScoredPair(a, b, MatchModel.Probability(logOdds), model.DecideLogOdds(logOdds)));
                }
            });
            var finished = Interlocked.Increment(ref done);
            if (progress is not null && finished % 4096 == 0)
            {
                progress.Report((double)finished / left);
            }

            return worker;
        }, worker =>
        {
            lock (gate)
            {
                results.AddRange(worker.Results);
                pairs += worker.Pairs;
            }
        });

        progress?.Report(1);
        compared = pairs;
        results.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return results;
    }

    private sealed class Worker
    {
        public List<ScoredPair> Results { get; } = [];

        public long Pairs { get; set; }
    }
}
