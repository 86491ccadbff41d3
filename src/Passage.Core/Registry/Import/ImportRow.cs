namespace Passage.Core.Registry.Import;

/// <summary>One valid line of an import file: the person and where they go — an existing case, a family of the file, or a case of their own.</summary>
public sealed record ImportRow(int Line, ValidPersonDetails Details, string? CaseNumber, string? FamilyKey);
