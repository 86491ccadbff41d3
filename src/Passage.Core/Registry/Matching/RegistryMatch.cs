using Passage.Matching.Scoring;

namespace Passage.Core.Registry.Matching;

/// <summary>A registered person found by the matching engine, with the score of their best record and its explanation.</summary>
public sealed record RegistryMatch(Guid PersonId, MatchResult Result);
