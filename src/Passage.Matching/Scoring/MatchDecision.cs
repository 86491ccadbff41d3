namespace Passage.Matching.Scoring;

/// <summary>What a score means for a pair.</summary>
public enum MatchDecision : byte
{
    /// <summary>Below the possible threshold: different people.</summary>
    NonMatch,

    /// <summary>Between the thresholds: a person should review.</summary>
    Possible,

    /// <summary>At or above the match threshold: the same person.</summary>
    Match,
}
