namespace Passage.Matching.Comparison;

/// <summary>
/// The outcome of comparing two names: the level, a similarity in [0, 1] for ranking (aligned token
/// similarities over the mean token count), and the product of the frequencies of the agreeing tokens
/// (<see cref="double.NaN"/> when some agreeing token has no known frequency or nothing agreed).
/// </summary>
public readonly record struct NameComparison(NameLevel Level, double Similarity, double AgreeingFrequency);
