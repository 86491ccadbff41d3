namespace Passage.Core.Exports;

/// <summary>One row of an export: the key that names its record in the audit (a registration or case number) and its cells.</summary>
internal readonly record struct ExportRow(string Key, IReadOnlyList<string> Cells);
