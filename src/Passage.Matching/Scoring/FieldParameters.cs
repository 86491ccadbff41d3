namespace Passage.Matching.Scoring;

/// <summary>
/// Fellegi–Sunter parameters of one field: for each level, m = P(level | same person) and
/// u = P(level | different people). Both arrays have one element per level and sum to 1.
/// </summary>
public sealed record FieldParameters(FieldDefinition Field, IReadOnlyList<double> M, IReadOnlyList<double> U);
