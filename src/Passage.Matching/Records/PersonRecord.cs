using Passage.Matching.Comparison;

namespace Passage.Matching.Records;

/// <summary>
/// One person as a source holds it. The full name may come whole (<see cref="Name"/>) or in parts
/// (<see cref="GivenName"/>, <see cref="FamilyName"/>); <see cref="Attributes"/> are any other values,
/// aligned by position with the attribute names of the data set, compared as generic strings.
/// </summary>
public sealed record PersonRecord(
    string Id,
    string? Name = null,
    string? GivenName = null,
    string? FamilyName = null,
    BirthDate? Birth = null,
    string? Father = null,
    Sex Sex = Sex.Unknown,
    IReadOnlyList<string>? Attributes = null);
