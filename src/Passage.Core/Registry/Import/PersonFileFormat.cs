namespace Passage.Core.Registry.Import;

/// <summary>The file formats persons are imported from and exported to.</summary>
public enum PersonFileFormat
{
    Csv,
    Xlsx,
}

/// <summary>Chooses a <see cref="PersonFileFormat"/> from a file name or a format name.</summary>
public static class PersonFileFormats
{
    /// <summary>The format named by the file's extension (.csv or .xlsx), or null for any other.</summary>
    public static PersonFileFormat? FromFileName(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".CSV" => PersonFileFormat.Csv,
        ".XLSX" => PersonFileFormat.Xlsx,
        _ => null,
    };
}
