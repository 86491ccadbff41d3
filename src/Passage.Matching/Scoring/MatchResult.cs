namespace Passage.Matching.Scoring;

/// <summary>
/// How one field contributed to a score: its level and the weight in bits (log2 of the likelihood
/// ratio m/u, including any term-frequency adjustment, which is also shown apart).
/// </summary>
public sealed record FieldExplanation(string Field, int Level, string LevelName, double Weight, double TermFrequencyAdjustment);

/// <summary>
/// The score of a pair: the probability that both records are the same person, its log-odds in bits,
/// the decision at the model's thresholds, and the explanation. <see cref="PriorWeight"/> plus the sum of
/// the field weights equals <see cref="LogOdds"/>; missing fields are listed with weight 0.
/// </summary>
public sealed record MatchResult(
    double Probability,
    double LogOdds,
    MatchDecision Decision,
    double PriorWeight,
    IReadOnlyList<FieldExplanation> Explanation);
