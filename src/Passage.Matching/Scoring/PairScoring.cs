namespace Passage.Matching.Scoring;

/// <summary>
/// The use "is this pair one person?" (<c>passage match score</c>, a review queue): pairs someone put side by side
/// because they look alike. The prior is one in ten (a submitted pair is a suspected match), a name's agreement
/// weighs at most <see cref="NameCeiling"/> bits (it is why the pair was chosen), and <c>match</c> needs a
/// probability of <see cref="MatchThreshold"/>: very likely one person even among look-alikes. <c>possible</c>
/// (from <see cref="PossibleThreshold"/>) means a person should look: for example the same name and birth date
/// with a known, different father. Calibrated on the labelled development set
/// (bench/DevSet) with the stored parameters.
/// </summary>
public static class PairScoring
{
    /// <summary>The prior that a submitted pair is one person.</summary>
    public const double Prior = 0.1;

    /// <summary>The most bits a name's agreement adds.</summary>
    public const double NameCeiling = 8;

    /// <summary>The probability from which a pair is a match.</summary>
    public const double MatchThreshold = 0.9;

    /// <summary>The probability from which a pair is a possible match.</summary>
    public const double PossibleThreshold = 0.02;

    /// <summary>The model for scoring submitted pairs with <paramref name="parameters"/>.</summary>
    public static MatchModel Model(ModelParameters parameters) =>
        parameters.ToModel().For(Prior, MatchThreshold, PossibleThreshold, NameCeiling);
}
