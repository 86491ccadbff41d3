namespace Passage.Matching.Scoring;

/// <summary>
/// Estimates Fellegi–Sunter parameters without labels: u by level from the comparison of random pairs
/// (almost all of them different people), then m, the prior, and u among candidates by
/// expectation–maximisation over the comparison vectors of blocked candidate pairs, starting from the
/// random-pair u. Re-estimating u matters: candidate non-matches (siblings, namesakes) agree far more
/// often than random pairs, and with u held at its random-pair value EM explains that excess by calling
/// every candidate a match. Counts are smoothed by half a pair per level so that no probability is zero.
/// </summary>
public static class EmEstimator
{
    private const double Smoothing = 0.5;

    /// <summary>The posterior from which a pair counts in <see cref="MatchDistribution"/>.</summary>
    public const double ConfidentMatch = 0.95;

    /// <summary>The u probabilities of each field from the vectors of random pairs.</summary>
    public static double[][] EstimateU(IReadOnlyList<FieldDefinition> fields, ComparisonPatterns random)
    {
        var counts = fields.Select(f => new double[f.LevelCount]).ToArray();
        foreach (var (levels, count) in random.Patterns)
        {
            for (var f = 0; f < fields.Count; f++)
            {
                if (levels[f] != RecordComparer.Missing)
                {
                    counts[f][levels[f]] += count;
                }
            }
        }

        return [.. counts.Select(Normalise)];
    }

    /// <summary>
    /// Runs EM on the vectors of candidate pairs from <paramref name="randomU"/>; returns m and u among
    /// candidates for each field, and the prior. Stops after <paramref name="iterations"/> or when the
    /// prior moves by less than 1e-7.
    /// </summary>
    public static (double[][] M, double[][] U, double Prior) Estimate(IReadOnlyList<FieldDefinition> fields, double[][] randomU,
        ComparisonPatterns candidates, int iterations = 200) => Estimate(fields, randomU, candidates, _ => true, iterations);

    /// <summary>
    /// As <see cref="Estimate(IReadOnlyList{FieldDefinition}, double[][], ComparisonPatterns, int)"/>, with only
    /// the fields for which <paramref name="used"/> holds in the likelihood: a session of pairs blocked on
    /// a field must leave that field out, since blocking made it agree for matches and non-matches alike.
    /// The m and u of fields left out are returned unchanged from their starting values.
    /// </summary>
    /// <remarks>
    /// The non-matches among candidates are not one homogeneous group (namesakes from other families,
    /// relatives sharing a father's name, strangers sharing one token), so the latent class model has
    /// <paramref name="classes"/> classes, started from a partition of the vectors rather than from
    /// parameters: vectors whose fields all agree (top two levels) start in the first class, vectors with no
    /// agreeing field in the second, the rest in the third. The match class is the one whose fields agree
    /// most at the end; u is the mixture of the others.
    /// </remarks>
    public static (double[][] M, double[][] U, double Prior) Estimate(IReadOnlyList<FieldDefinition> fields, double[][] randomU,
        ComparisonPatterns candidates, Func<FieldDefinition, bool> used, int iterations = 300, int classes = 3)
    {
        var mask = fields.Select(used).ToArray();
        var patterns = candidates.Patterns.ToArray();
        var agree = fields.Select(f => Initial(f.LevelCount)).ToArray();
        var p = new double[classes][][];
        var weights = new double[classes];
        for (var k = 0; k < classes; k++)
        {
            var t = classes == 1 ? 0 : (double)k / (classes - 1);
            p[k] = [.. fields.Select((f, i) => agree[i].Zip(randomU[i], (a, r) => ((1 - t) * a) + (t * r)).ToArray())];
            weights[k] = k == 0 ? 0.01 : 0.99 / (classes - 1);
        }

        var logs = new double[classes];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var start = iteration == 0;
            var accumulated = new double[classes][][];
            for (var k = 0; k < classes; k++)
            {
                accumulated[k] = [.. fields.Select(f => new double[f.LevelCount])];
            }

            var mass = new double[classes];
            foreach (var (levels, count) in patterns)
            {
                if (start)
                {
                    Partition(fields, mask, levels, logs);
                }

                var max = double.NegativeInfinity;
                for (var k = 0; k < classes && !start; k++)
                {
                    var log = Math.Log(weights[k]);
                    for (var f = 0; f < fields.Count; f++)
                    {
                        if (mask[f] && levels[f] != RecordComparer.Missing)
                        {
                            log += Math.Log(p[k][f][levels[f]]);
                        }
                    }

                    logs[k] = log;
                    max = Math.Max(max, log);
                }

                var total = 0.0;
                for (var k = 0; k < classes; k++)
                {
                    logs[k] = start ? logs[k] : Math.Exp(logs[k] - max);
                    total += logs[k];
                }

                for (var k = 0; k < classes; k++)
                {
                    var weight = count * logs[k] / total;
                    mass[k] += weight;
                    for (var f = 0; f < fields.Count; f++)
                    {
                        if (levels[f] != RecordComparer.Missing)
                        {
                            accumulated[k][f][levels[f]] += weight;
                        }
                    }
                }
            }

            var change = 0.0;
            var all = mass.Sum();
            for (var k = 0; k < classes; k++)
            {
                var next = Math.Clamp(mass[k] / Math.Max(1, all), 1e-9, 1);
                change = Math.Max(change, Math.Abs(next - weights[k]));
                weights[k] = next;
                var previous = p[k];
                p[k] = [.. accumulated[k].Select((a, f) => mask[f] ? Normalise(a) : previous[f])];
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        var match = Enumerable.Range(0, classes).MaxBy(k => Agreement(p[k], mask));
        var u = fields.Select((f, i) => new double[f.LevelCount]).ToArray();
        var rest = weights.Where((_, k) => k != match).Sum();
        for (var k = 0; k < classes; k++)
        {
            if (k == match)
            {
                continue;
            }

            for (var f = 0; f < fields.Count; f++)
            {
                for (var l = 0; l < u[f].Length; l++)
                {
                    u[f][l] += mask[f] ? p[k][f][l] * weights[k] / rest : randomU[f][l] / (classes - 1);
                }
            }
        }

        return (p[match], u, weights[match]);
    }

    private static void Partition(IReadOnlyList<FieldDefinition> fields, bool[] mask, byte[] levels, double[] responsibilities)
    {
        int present = 0, agreeing = 0;
        for (var f = 0; f < fields.Count; f++)
        {
            if (mask[f] && levels[f] != RecordComparer.Missing && fields[f].Kind != FieldKind.Sex)
            {
                present++;
                agreeing += levels[f] <= 1 ? 1 : 0;
            }
        }

        Array.Fill(responsibilities, 0.05);
        var k = agreeing == present && present > 0 ? 0 : agreeing == 0 || responsibilities.Length < 3 ? 1 : 2;
        responsibilities[k] = 0.9;
    }

    private static double Agreement(double[][] p, bool[] mask)
    {
        var score = 0.0;
        for (var f = 0; f < p.Length; f++)
        {
            if (mask[f])
            {
                score += p[f][0] + (p[f].Length > 2 ? p[f][1] : 0);
            }
        }

        return score;
    }

    /// <summary>
    /// The number of matches expected among candidate pairs with m and u fixed, found as the fixed point of
    /// λ ← Σ P(match | γ; λ) / <paramref name="pairSpace"/>, where the candidates are <paramref name="scale"/>
    /// times the vectors counted and pairs outside the candidates are taken as non-matches.
    /// Returns λ, the prior of a pair drawn from the whole pair space.
    /// </summary>
    public static double PriorOverPairSpace(double[][] m, double[][] u, ComparisonPatterns candidates, double scale, double pairSpace,
        Func<int, bool> used)
    {
        var patterns = candidates.Patterns.Select(p => (Ratio: LikelihoodRatio(m, u, p.Levels, used), p.Count)).ToArray();
        // Start below the answer and climb to the lowest fixed point: started high, the iteration can
        // settle where namesakes' posteriors sustain an inflated prior.
        var prior = Math.Clamp(1 / pairSpace, 1e-12, 1e-6);
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            var odds = prior / (1 - prior);
            var expected = patterns.Sum(p => p.Count * scale * (odds * p.Ratio / (1 + (odds * p.Ratio))));
            var next = Math.Clamp(expected / pairSpace, 1e-12, 0.5);
            if (Math.Abs(next - prior) < prior * 1e-6)
            {
                return next;
            }

            prior = next;
        }

        return prior;
    }

    /// <summary>
    /// The distribution of field <paramref name="field"/>'s levels among matches: one E-step over the
    /// candidates with the other fields' m and u and the candidate prior <paramref name="prior"/>, counting
    /// only pairs that the other fields make a match with probability at least <see cref="ConfidentMatch"/>:
    /// the uncertain ones are mostly namesakes, who would teach the field that matches often disagree.
    /// </summary>
    public static double[] MatchDistribution(double[][] m, double[][] u, ComparisonPatterns candidates, double prior, int field)
    {
        var counts = new double[m[field].Length];
        var odds = prior / (1 - prior);
        foreach (var (levels, count) in candidates.Patterns)
        {
            if (levels[field] == RecordComparer.Missing)
            {
                continue;
            }

            var ratio = odds * LikelihoodRatio(m, u, levels, f => f != field);
            var posterior = ratio / (1 + ratio);
            counts[levels[field]] += posterior >= ConfidentMatch ? count * posterior : 0;
        }

        return Normalise(counts);
    }

    private static double LikelihoodRatio(double[][] m, double[][] u, byte[] levels, Func<int, bool> used)
    {
        var log = 0.0;
        for (var f = 0; f < levels.Length; f++)
        {
            if (used(f) && levels[f] != RecordComparer.Missing)
            {
                log += Math.Log(m[f][levels[f]] / u[f][levels[f]]);
            }
        }

        return Math.Exp(Math.Clamp(log, -700, 700));
    }

    private static double[] Initial(int levels)
    {
        var m = new double[levels];
        for (var l = 0; l < levels; l++)
        {
            m[l] = Math.Pow(0.2, l);
        }

        return Normalise(m);
    }

    private static double[] Normalise(double[] counts)
    {
        var total = counts.Sum() + (Smoothing * counts.Length);
        return [.. counts.Select(c => (c + Smoothing) / total)];
    }
}
