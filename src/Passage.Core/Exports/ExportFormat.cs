namespace Passage.Core.Exports;

/// <summary>The file formats a list is exported in.</summary>
public enum ExportFormat
{
    Csv = 1,
    Xlsx = 2,
}
