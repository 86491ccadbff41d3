using Passage.Matching.Comparison;

namespace Passage.Matching.Scoring;

/// <summary>
/// The use "is this registered person the person named on a list?" (screening against lists of wanted persons): every
/// registered person is put beside every entry whose names look alike, so most such pairs are namesakes. The prior is one
/// in a hundred, a name's agreement weighs at most <see cref="NameCeiling"/> bits (a common name on a list must not hold a
/// whole family), and a hit is proposed from <see cref="PossibleThreshold"/>: a person decides, the engine never does.
/// A list may set its own threshold. A name that agrees only in part (<see cref="NameLevel.Partial"/>: one word alike,
/// another not) weighs at most <see cref="PartialNameWeight"/> bits and one whose words all agree with some of the other's
/// (<see cref="NameLevel.Subset"/>) at most <see cref="SubsetNameWeight"/>: among pairs chosen because a name looks alike,
/// one shared common word is what chose most of them, and a father and a birth year in common are frequent. These two
/// values and the threshold were chosen on a development registry and list (the watchlist benchmark's development
/// seeds), never on the one it reports.
/// </summary>
public static class ListScreening
{
    /// <summary>The prior that a registered person and a list entry whose names look alike are one person.</summary>
    public const double Prior = 0.01;

    /// <summary>The most bits a name's agreement adds.</summary>
    public const double NameCeiling = 8;

    /// <summary>The probability from which a hit is very likely the listed person.</summary>
    public const double MatchThreshold = 0.9;

    /// <summary>The probability from which a pair goes to the security officer as a hit, unless the list sets another.</summary>
    public const double PossibleThreshold = 0.1;

    /// <summary>The most bits a name that agrees only in part adds (a negative weight: it counts against).</summary>
    public const double PartialNameWeight = -6;

    /// <summary>The most bits a name adds whose words are all among the other's (one has words the other lacks).</summary>
    public const double SubsetNameWeight = -2;

    /// <summary>The model for screening with <paramref name="parameters"/>.</summary>
    public static MatchModel Model(ModelParameters parameters) =>
        parameters.ToModel().For(Prior, MatchThreshold, PossibleThreshold, NameCeiling)
            .WithNameLevelCeilings(new Dictionary<NameLevel, double> { [NameLevel.Partial] = PartialNameWeight, [NameLevel.Subset] = SubsetNameWeight });
}
