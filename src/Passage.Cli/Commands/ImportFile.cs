using Passage.Core.Registry.Import;

namespace Passage.Cli.Commands;

/// <summary>The file an import command reads: a CSV or XLSX file that exists, or a message saying what is wrong.</summary>
internal static class ImportFile
{
    public static async Task<PersonFileFormat?> CheckAsync(FileInfo path, TextWriter error)
    {
        if (PersonFileFormats.FromFileName(path.Name) is not { } format)
        {
            await error.WriteLineAsync($"{path.Name}: use a .csv or .xlsx file.");
            return null;
        }

        if (!path.Exists)
        {
            await error.WriteLineAsync($"{path.FullName}: no such file.");
            return null;
        }

        return format;
    }
}
