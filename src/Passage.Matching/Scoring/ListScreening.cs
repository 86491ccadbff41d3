namespace Passage.Matching.Scoring;

/// <summary>
/// The use "is this registered person the person named on a list?" (screening against lists of wanted persons): every
/// registered person is put beside every entry whose names look alike, so most such pairs are namesakes. The prior is one
/// in a hundred, a name's agreement weighs at most <see cref="NameCeiling"/> bits (a common name on a list must not hold a
/// whole family), and a hit is proposed from <see cref="PossibleThreshold"/>: a person decides, the engine never does.
/// A list may set its own threshold.
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

    /// <summary>The model for screening with <paramref name="parameters"/>.</summary>
    public static MatchModel Model(ModelParameters parameters) =>
        parameters.ToModel().For(Prior, MatchThreshold, PossibleThreshold, NameCeiling);
}
