namespace Passage.Matching.Scoring;

/// <summary>
/// Estimates Fellegi–Sunter parameters without labels: u by level from the comparison of random pairs
/// (almost all of them different people), then m and the prior by expectation–maximisation over the
/// comparison vectors of blocked candidate pairs, with u held fixed. Counts are smoothed by half a pair
/// per level so that no probability is zero.
/// </summary>
public static class EmEstimator
{
    private const double Smoothing = 0.5;

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
    /// Runs EM on the vectors of candidate pairs; returns m for each field and the prior. Stops after
    /// <paramref name="iterations"/> or when the prior moves by less than 1e-7.
    /// </summary>
    public static (double[][] M, double Prior) EstimateM(IReadOnlyList<FieldDefinition> fields, double[][] u,
        ComparisonPatterns candidates, int iterations = 200)
    {
        var patterns = candidates.Patterns.ToArray();
        var m = fields.Select(f => Initial(f.LevelCount)).ToArray();
        var prior = 0.1;
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var accumulated = fields.Select(f => new double[f.LevelCount]).ToArray();
            double matches = 0, total = 0;
            foreach (var (levels, count) in patterns)
            {
                var logMatch = Math.Log(prior);
                var logNonMatch = Math.Log(1 - prior);
                for (var f = 0; f < fields.Count; f++)
                {
                    if (levels[f] != RecordComparer.Missing)
                    {
                        logMatch += Math.Log(m[f][levels[f]]);
                        logNonMatch += Math.Log(u[f][levels[f]]);
                    }
                }

                var posterior = 1 / (1 + Math.Exp(logNonMatch - logMatch));
                var weight = posterior * count;
                matches += weight;
                total += count;
                for (var f = 0; f < fields.Count; f++)
                {
                    if (levels[f] != RecordComparer.Missing)
                    {
                        accumulated[f][levels[f]] += weight;
                    }
                }
            }

            m = [.. accumulated.Select(Normalise)];
            var next = Math.Clamp(matches / Math.Max(1, total), 1e-6, 1 - 1e-6);
            var converged = Math.Abs(next - prior) < 1e-7;
            prior = next;
            if (converged)
            {
                break;
            }
        }

        return (m, prior);
    }

    private static double[] Initial(int levels)
    {
        var m = new double[levels];
        for (var l = 0; l < levels; l++)
        {
            m[l] = Math.Pow(0.25, l);
        }

        return Normalise(m);
    }

    private static double[] Normalise(double[] counts)
    {
        var total = counts.Sum() + (Smoothing * counts.Length);
        return [.. counts.Select(c => (c + Smoothing) / total)];
    }
}
