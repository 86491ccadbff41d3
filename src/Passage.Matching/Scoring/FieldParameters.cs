namespace Passage.Matching.Scoring;

/// <summary>
/// Fellegi–Sunter parameters of one field: for each level, m = P(level | same person) and
/// u = P(level | different people) among candidate pairs, and <paramref name="RandomU"/> = P(level) among
/// random pairs, the baseline of the term-frequency adjustment. Arrays have one element per level and sum to 1.
/// </summary>
public sealed record FieldParameters(FieldDefinition Field, IReadOnlyList<double> M, IReadOnlyList<double> U, IReadOnlyList<double> RandomU);
