using Passage.Matching.Scoring;

namespace Passage.Matching.Linking;

/// <summary>A candidate pair by record positions, with its match probability and decision.</summary>
public readonly record struct ScoredPair(int A, int B, double Probability, MatchDecision Decision);
