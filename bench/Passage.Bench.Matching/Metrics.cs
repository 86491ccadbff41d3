using System.Globalization;

namespace Passage.Bench.Matching;

/// <summary>Precision, recall and F1 of predicted pairs against true pairs.</summary>
internal readonly record struct Quality(long TruePositives, long FalsePositives, long FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:F4}, R {Recall:F4}, F1 {F1:F4} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives})");

    /// <summary>Quality at a threshold: pairs with probability ≥ threshold are predicted matches.</summary>
    public static Quality At(IReadOnlyList<(double Probability, bool IsMatch)> scored, long truePairs, double threshold)
    {
        long tp = 0, fp = 0;
        foreach (var (p, isMatch) in scored)
        {
            if (p >= threshold)
            {
                if (isMatch)
                {
                    tp++;
                }
                else
                {
                    fp++;
                }
            }
        }

        return new Quality(tp, fp, truePairs - tp);
    }

    /// <summary>The best F1 over all thresholds and the threshold that gives it.</summary>
    public static (Quality Quality, double Threshold) Best(IReadOnlyList<(double Probability, bool IsMatch)> scored, long truePairs)
    {
        var sorted = scored.OrderByDescending(s => s.Probability).ToArray();
        long tp = 0, fp = 0;
        var best = (Quality: new Quality(0, 0, truePairs), Threshold: 1.0);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].IsMatch)
            {
                tp++;
            }
            else
            {
                fp++;
            }

            if (i + 1 < sorted.Length && sorted[i + 1].Probability == sorted[i].Probability)
            {
                continue;
            }

            var q = new Quality(tp, fp, truePairs - tp);
            if (q.F1 > best.Quality.F1)
            {
                best = (q, sorted[i].Probability);
            }
        }

        return best;
    }
}
