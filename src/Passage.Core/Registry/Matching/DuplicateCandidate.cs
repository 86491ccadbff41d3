using Passage.Matching.Scoring;

namespace Passage.Core.Registry.Matching;

/// <summary>A registered person who may be the same as the one being registered, with the engine's explanation.</summary>
public sealed record DuplicateCandidate(
    Guid PersonId,
    string RegistrationNumber,
    string Name,
    string? NameArabic,
    string? FatherName,
    string BirthDate,
    string CaseNumber,
    MatchResult Result);

/// <summary>The clerk's answer to a duplicate warning: these proposed persons are different people, and why.</summary>
public sealed record DistinctFrom(IReadOnlyList<Guid> PersonIds, string? Reason);
