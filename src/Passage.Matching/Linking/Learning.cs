using System.Globalization;
using Passage.Matching.Scoring;

namespace Passage.Matching.Linking;

/// <summary>
/// A model learnt from the data, what was replaced because the estimate was degenerate, and the number of
/// duplicate pairs the model expects in the file (to say so when a run finds far fewer).
/// </summary>
public sealed record Learning(MatchModel Model, IReadOnlyList<string> Warnings, double ExpectedPairs)
{
    /// <summary>The least share of matches whose name, father or birth agree (top two levels) for the estimate to stand.</summary>
    public const double LeastAgreement = 0.3;

    /// <summary>The least ratio, in bits, of agreement among matches to agreement among random pairs.</summary>
    public const double LeastAgreementBits = 3;

    /// <summary>Fewer duplicate pairs per record than this means the prior collapsed.</summary>
    public const double LeastDuplicateShare = 0.002;

    /// <summary>The duplicate pairs per record assumed when the prior collapsed (as the registry's own prior does).</summary>
    public const double FallbackDuplicateShare = 0.05;

    /// <summary>The share of the expected pairs below which a run's result is reported as suspiciously small.</summary>
    public const double SuspiciousShare = 0.25;

    /// <summary>The line to report when <paramref name="found"/> pairs (possible or match) are far fewer than expected; null otherwise.</summary>
    public string? Shortfall(int found, int records) =>
        found == 0 && records >= 2
            ? string.Create(CultureInfo.InvariantCulture, $"Warning: no pair was found among {records} records, where the model expects about {ExpectedPairs:F0}: check the columns and the data (for example a name column of another kind, or every record of one person).")
            : found < SuspiciousShare * ExpectedPairs
                ? string.Create(CultureInfo.InvariantCulture, $"Warning: {found} pairs found, far fewer than the about {ExpectedPairs:F0} the model expects: check the columns and the data.")
                : null;

    /// <summary>Replaces the m of name, father and birth fields that learnt nothing with the stored m, and says so.</summary>
    internal static void CheckAgreement(IReadOnlyList<FieldDefinition> fields, double[][] m, double[][] u, List<string> warnings)
    {
        for (var f = 0; f < fields.Count; f++)
        {
            var kind = fields[f].Kind;
            if (kind is FieldKind.Sex or FieldKind.Attribute)
            {
                continue;
            }

            var agree = m[f][0] + m[f][1];
            var chance = u[f][0] + u[f][1];
            if (agree >= LeastAgreement && Math.Log2(agree / chance) >= LeastAgreementBits)
            {
                continue;
            }

            var stored = Stored(kind);
            if (stored is null || stored.M.Count != m[f].Length)
            {
                continue;
            }

            m[f] = [.. stored.M];
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"Warning: learning gave the {fields[f].Name} field no power to tell people apart (matches agree in {agree:P0} of pairs, random pairs in {chance:P2}): the stored parameters are used for it."));
        }
    }

    /// <summary>The prior, or the fallback prior with a warning when it collapsed.</summary>
    internal static double CheckPrior(double prior, double pairSpace, int records, List<string> warnings)
    {
        var share = prior * pairSpace / records;
        if (share >= LeastDuplicateShare)
        {
            return prior;
        }

        warnings.Add(string.Create(CultureInfo.InvariantCulture,
            $"Warning: the learnt share of duplicates collapsed ({share:G2} pairs per record): {FallbackDuplicateShare} per record is assumed."));
        return Math.Clamp(FallbackDuplicateShare * records / pairSpace, 1e-12, 0.5);
    }

    private static StoredField? Stored(FieldKind kind)
    {
        var fields = ModelParameters.Default.Fields;
        return fields.FirstOrDefault(s => s.Kind == kind)
            ?? (RecordComparer.IsName(kind) ? fields.FirstOrDefault(s => s.Kind == FieldKind.FullName) : null);
    }
}
