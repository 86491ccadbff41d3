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

/// <summary>Labels for people.</summary>
public static class MatchDecisions
{
    public static string Label(MatchDecision decision) => decision switch
    {
        MatchDecision.NonMatch => "different people",
        MatchDecision.Possible => "possibly the same person; review",
        MatchDecision.Match => "very likely the same person",
        _ => decision.ToString(),
    };
}
