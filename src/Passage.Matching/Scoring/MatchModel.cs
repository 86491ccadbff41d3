using Passage.Matching.Comparison;
using Passage.Matching.Records;

namespace Passage.Matching.Scoring;

/// <summary>
/// A Fellegi–Sunter model: per-field m and u by level, the prior probability that a compared pair is a
/// match, term frequencies, and the decision thresholds. The log-odds of a pair is
/// log2(prior / (1 − prior)) plus, for every field present on both sides, log2(m / u) of its level; at the
/// top levels of name and attribute fields the weight is adjusted by log2(u_random / f), where f is the
/// frequency of the agreeing value and u_random the level's probability among random pairs, bounded to
/// ±<see cref="MaxAdjustment"/> bits. A level that says "two people" weighs at least as much against as
/// <see cref="DisagreementCeiling"/> requires, whatever the estimate.
/// </summary>
public sealed class MatchModel
{
    /// <summary>The largest term-frequency adjustment, in bits, either way.</summary>
    public const double MaxAdjustment = 5;

    private readonly double[][] _weights;
    private readonly double[][] _u;

    /// <summary>Creates a model. Thresholds are probabilities with 0 ≤ possible ≤ match ≤ 1.</summary>
    public MatchModel(IReadOnlyList<FieldParameters> fields, double prior, TermFrequencies frequencies,
        double matchThreshold = DefaultMatchThreshold, double possibleThreshold = DefaultPossibleThreshold, double? candidatePrior = null,
        double nameCeiling = double.PositiveInfinity, bool disagreementCeilings = true, double possibleEvidence = double.PositiveInfinity)
    {
        if (prior is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(prior), prior, "The prior must be strictly between 0 and 1.");
        }

        if (possibleThreshold < 0 || possibleThreshold > matchThreshold || matchThreshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(matchThreshold), "Thresholds must satisfy 0 ≤ possible ≤ match ≤ 1.");
        }

        Parameters = fields;
        Prior = prior;
        CandidatePrior = candidatePrior ?? prior;
        MatchThreshold = matchThreshold;
        PossibleThreshold = possibleThreshold;
        NameCeiling = nameCeiling;
        PossibleEvidence = possibleEvidence;
        PriorWeight = Math.Log2(prior / (1 - prior));
        Comparer = new RecordComparer([.. fields.Select(f => f.Field)], frequencies);
        _weights = [.. fields.Select(f => f.M.Zip(f.U, (m, u) => Math.Log2(m / u)).Select((w, level) => disagreementCeilings ? Math.Min(w, DisagreementCeiling.Of(f.Field.Kind, level)) : w).ToArray())];
        DisagreementCeilings = disagreementCeilings;
        _u = [.. fields.Select(f => f.RandomU.ToArray())];
        _isName = [.. fields.Select(f => RecordComparer.IsName(f.Field.Kind))];
        _bestCostlyWeight = BestCostlyWeights();
    }

    /// <summary>Per field, the most a costly field (<see cref="RecordComparer.IsCostly"/>) can weigh; NaN for the others.</summary>
    private double[] _bestCostlyWeight;
    private readonly bool[] _isName;

    /// <summary>
    /// The most a name field may weigh, in bits (+∞ for no limit). Among pairs chosen because they look alike,
    /// as every pair put to <c>score</c> or a review queue is, an agreeing name is what chose them: it cannot by
    /// itself outweigh a birth date years apart or another father.
    /// </summary>
    public double NameCeiling { get; }

    /// <summary>True when the weights of the levels that mean two people are held to <see cref="DisagreementCeiling"/>.</summary>
    public bool DisagreementCeilings { get; }

    /// <summary>The probability at or above which a pair is a match.</summary>
    public const double DefaultMatchThreshold = 0.5;

    /// <summary>The probability at or above which a pair is a possible match.</summary>
    public const double DefaultPossibleThreshold = 0.1;

    /// <summary>
    /// The evidence, in bits, from which a pair found within a file (dedup, link) is a possible match whatever the file's
    /// size: its fields are at least 2^10 ≈ 1,000 times likelier for one person than for two. The prior of such a pair
    /// falls with the size of the file (more pairs, the same duplicates), so at a million records a pair with the same
    /// name, birth date and father falls below <see cref="DefaultPossibleThreshold"/>, which at 10,000 records it
    /// passes; a person should still look at it. <c>match</c> stays on the probability, calibrated among look-alikes.
    /// </summary>
    public const double DefaultPossibleEvidence = 10;

    /// <summary>
    /// The evidence (log-odds without the prior, in bits) from which a pair is at least a possible match, whatever its
    /// probability; +∞ when only <see cref="PossibleThreshold"/> decides.
    /// </summary>
    public double PossibleEvidence { get; }

    /// <summary>The least log-odds of a possible match: by <see cref="PossibleThreshold"/> or by <see cref="PossibleEvidence"/>.</summary>
    public double PossibleFloor => Math.Min(LogOddsOf(PossibleThreshold), PriorWeight + PossibleEvidence);

    /// <summary>The fields and their m and u.</summary>
    public IReadOnlyList<FieldParameters> Parameters { get; }

    /// <summary>The prior probability that a compared pair is a match.</summary>
    public double Prior { get; }

    /// <summary>The share of matches among the candidate pairs the model was estimated on (stored with it).</summary>
    public double CandidatePrior { get; }

    /// <summary>log2(prior / (1 − prior)).</summary>
    public double PriorWeight { get; }

    /// <summary>The probability at or above which a pair is a match.</summary>
    public double MatchThreshold { get; }

    /// <summary>The probability at or above which a pair is a possible match.</summary>
    public double PossibleThreshold { get; }

    /// <summary>The comparer over this model's fields.</summary>
    public RecordComparer Comparer { get; }

    /// <summary>The same model with another prior (for a population of pairs other than the one it was estimated on).</summary>
    public MatchModel WithPrior(double prior) =>
        new(Parameters, prior, Comparer.Frequencies, MatchThreshold, PossibleThreshold, CandidatePrior, NameCeiling, DisagreementCeilings, PossibleEvidence);

    /// <summary>The same model for another use: its prior, thresholds and name ceiling.</summary>
    public MatchModel For(double prior, double matchThreshold, double possibleThreshold, double nameCeiling) =>
        new(Parameters, prior, Comparer.Frequencies, matchThreshold, possibleThreshold, CandidatePrior, nameCeiling, DisagreementCeilings);

    /// <summary>The same model with pairs of at least <paramref name="bits"/> of evidence possible matches whatever their probability.</summary>
    public MatchModel WithPossibleEvidence(double bits) =>
        new(Parameters, Prior, Comparer.Frequencies, MatchThreshold, PossibleThreshold, CandidatePrior, NameCeiling, DisagreementCeilings, bits);

    /// <summary>
    /// The same model with the weight of the name fields' <paramref name="ceilings"/> levels held to at most their value in
    /// bits (for a use whose pairs are chosen otherwise than the model's: see <see cref="ListScreening"/>). Not kept by
    /// <see cref="WithPrior"/> or <see cref="For"/>: apply it last.
    /// </summary>
    public MatchModel WithNameLevelCeilings(IReadOnlyDictionary<NameLevel, double> ceilings)
    {
        var model = new MatchModel(Parameters, Prior, Comparer.Frequencies, MatchThreshold, PossibleThreshold, CandidatePrior, NameCeiling, DisagreementCeilings, PossibleEvidence);
        for (var f = 0; f < model._weights.Length; f++)
        {
            if (!_isName[f])
            {
                continue;
            }

            foreach (var (level, ceiling) in ceilings)
            {
                model._weights[f][(int)level] = Math.Min(model._weights[f][(int)level], ceiling);
            }
        }

        model._bestCostlyWeight = model.BestCostlyWeights();
        return model;
    }

    private double[] BestCostlyWeights() => [.. Parameters.Select((p, f) => RecordComparer.IsCostly(p.Field.Kind)
        ? Enumerable.Range(0, _weights[f].Length).Max(level => BestWeight(f, level))
        : double.NaN)];

    /// <summary>The most level <paramref name="level"/> of field <paramref name="field"/> can weigh, whatever the frequency.</summary>
    private double BestWeight(int field, int level)
    {
        var adjustment = Parameters[field].Field.TermFrequencyAdjusted && level <= 1 ? MaxAdjustment : 0;
        var weight = _weights[field][level] + adjustment;
        return _isName[field] ? Math.Min(NameCeiling, weight) : weight;
    }

    /// <summary>Converts log-odds in bits to a probability.</summary>
    public static double Probability(double logOdds) => 1 / (1 + Math.Pow(2, -logOdds));

    /// <summary>Converts a probability to log-odds in bits.</summary>
    public static double LogOddsOf(double probability) => Math.Log2(probability / (1 - probability));

    /// <summary>
    /// The decision for a pair's log-odds: <c>match</c> and <c>possible</c> by this model's thresholds on the probability,
    /// and <c>possible</c> also when the evidence (the log-odds without the prior) reaches <see cref="PossibleEvidence"/>.
    /// </summary>
    public MatchDecision DecideLogOdds(double logOdds)
    {
        var decision = Decide(Probability(logOdds));
        return decision == MatchDecision.NonMatch && logOdds - PriorWeight >= PossibleEvidence ? MatchDecision.Possible : decision;
    }

    /// <summary>The decision for a probability at this model's thresholds.</summary>
    public MatchDecision Decide(double probability) =>
        probability >= MatchThreshold ? MatchDecision.Match
        : probability >= PossibleThreshold ? MatchDecision.Possible
        : MatchDecision.NonMatch;

    /// <summary>Scores a pair and explains the score field by field.</summary>
    public MatchResult Score(PreparedRecord a, PreparedRecord b)
    {
        var count = Parameters.Count;
        Span<byte> levels = stackalloc byte[count];
        Span<double> frequencies = stackalloc double[count];
        Comparer.Compare(a, b, levels, frequencies);
        var explanation = new FieldExplanation[count];
        var logOdds = PriorWeight;
        for (var f = 0; f < count; f++)
        {
            var field = Parameters[f].Field;
            if (levels[f] == RecordComparer.Missing)
            {
                explanation[f] = new FieldExplanation(field.Name, -1, "Missing", 0, 0);
                continue;
            }

            var adjustment = Adjustment(f, levels[f], frequencies[f]);
            var weight = Weight(f, levels[f], frequencies[f]);
            logOdds += weight;
            explanation[f] = new FieldExplanation(field.Name, levels[f], field.LevelName(levels[f]), weight, adjustment);
        }

        var probability = Probability(logOdds);
        return new MatchResult(probability, logOdds, DecideLogOdds(logOdds), PriorWeight, explanation);
    }

    /// <summary>The log-odds of a pair without an explanation; allocation-free.</summary>
    public double LogOdds(PreparedRecord a, PreparedRecord b)
    {
        var count = _weights.Length;
        Span<byte> levels = stackalloc byte[count];
        Span<double> frequencies = stackalloc double[count];
        Comparer.Compare(a, b, levels, frequencies);
        return LogOdds(levels, frequencies);
    }

    /// <summary>
    /// The log-odds of a pair when it can reach <paramref name="floor"/>: the cheap fields (dates, sex, attributes) are
    /// compared first, then the father's name only when its best weight and the names' could lift the pair to the floor,
    /// then the names (the costly part) only when their best weight still could. Otherwise returns false, and
    /// <paramref name="logOdds"/> is an upper bound below the floor. Exact: a pair that reaches the floor gets the same
    /// log-odds as <see cref="LogOdds(PreparedRecord, PreparedRecord)"/>.
    /// </summary>
    public bool TryLogOddsAtLeast(PreparedRecord a, PreparedRecord b, double floor, out double logOdds)
    {
        var count = _weights.Length;
        Span<byte> levels = stackalloc byte[count];
        Span<double> frequencies = stackalloc double[count];
        Comparer.CompareCheap(a, b, levels, frequencies);
        if (Bound(levels, frequencies, fathersCompared: false) is var cheap && cheap < floor)
        {
            logOdds = cheap;
            return false;
        }

        Comparer.CompareFathers(a, b, levels, frequencies);
        if (Bound(levels, frequencies, fathersCompared: true) is var others && others < floor)
        {
            logOdds = others;
            return false;
        }

        Comparer.CompareNames(a, b, levels, frequencies);
        logOdds = LogOdds(levels, frequencies);
        return logOdds >= floor;
    }

    /// <summary>The log-odds of the fields compared so far, with every field not compared yet at its best weight.</summary>
    private double Bound(ReadOnlySpan<byte> levels, ReadOnlySpan<double> frequencies, bool fathersCompared)
    {
        var bound = PriorWeight;
        for (var f = 0; f < levels.Length; f++)
        {
            if (_bestCostlyWeight[f] is var best && !double.IsNaN(best) && (_isName[f] || !fathersCompared))
            {
                bound += Math.Max(0, best);
            }
            else if (levels[f] != RecordComparer.Missing)
            {
                bound += Weight(f, levels[f], frequencies[f]);
            }
        }

        return bound;
    }

    /// <summary>The log-odds of a comparison vector.</summary>
    public double LogOdds(ReadOnlySpan<byte> levels, ReadOnlySpan<double> frequencies)
    {
        var logOdds = PriorWeight;
        for (var f = 0; f < _weights.Length; f++)
        {
            if (levels[f] != RecordComparer.Missing)
            {
                logOdds += Weight(f, levels[f], frequencies[f]);
            }
        }

        return logOdds;
    }

    private double Weight(int field, int level, double frequency)
    {
        var weight = _weights[field][level] + Adjustment(field, level, frequency);
        return _isName[field] ? Math.Min(NameCeiling, weight) : weight;
    }

    private double Adjustment(int field, int level, double frequency)
    {
        if (double.IsNaN(frequency) || frequency <= 0 || !Parameters[field].Field.TermFrequencyAdjusted || level > 1)
        {
            return 0;
        }

        return Math.Clamp(Math.Log2(_u[field][level] / frequency), -MaxAdjustment, MaxAdjustment);
    }
}
