using System.Text.Unicode;

namespace Passage.Cli.Matching;

/// <summary>
/// Reads a CSV file as strict UTF-8 (an optional BOM is skipped). A file in another encoding is refused
/// with the line of its first invalid byte, never decoded with replacement characters.
/// </summary>
internal static class CsvText
{
    /// <summary>The file's bytes without a BOM, checked to be valid UTF-8.</summary>
    public static ParseOutcome<ReadOnlyMemory<byte>> Read(FileInfo file)
    {
        if (!file.Exists)
        {
            return ParseOutcome<ReadOnlyMemory<byte>>.Fail(0, $"{file.FullName} does not exist");
        }

        var bytes = File.ReadAllBytes(file.FullName);
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return ParseOutcome<ReadOnlyMemory<byte>>.Fail(1, "the file is UTF-16; save it as UTF-8");
        }

        var memory = bytes.AsMemory();
        if (memory.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            memory = memory[3..];
        }

        if (!Utf8.IsValid(memory.Span))
        {
            var offset = FirstInvalid(memory.Span);
            var line = 1 + memory.Span[..offset].Count((byte)'\n');
            return ParseOutcome<ReadOnlyMemory<byte>>.Fail(line, $"invalid UTF-8 at byte {offset + 1}: the file must be UTF-8");
        }

        return ParseOutcome<ReadOnlyMemory<byte>>.Ok(memory);
    }

    /// <summary>A reader of comma-separated UTF-8 with a header, values trimmed, line numbers tracked.</summary>
    public static CsvHelper.CsvReader Open(ReadOnlyMemory<byte> bytes) => CsvHelper.CsvReader.Create(bytes, new CsvHelper.CsvReaderOptions
    {
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = true,
        TrackLineNumbers = true,
        FieldCountMismatch = CsvHelper.CsvFieldCountHandling.Allow,
        MissingField = CsvHelper.CsvMissingFieldHandling.ReturnEmpty,
    });

    /// <summary>A writer of comma-separated UTF-8 lines ending in LF.</summary>
    public static CsvHelper.CsvWriter Create(FileInfo file) =>
        CsvHelper.CsvWriter.Create(File.Create(file.FullName), new CsvHelper.CsvWriterOptions { NewLine = "\n" }, false);

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}

/// <summary>A value read from an input file, or the line (1-based; 0 for the file as a whole) and reason it failed.</summary>
internal readonly record struct ParseOutcome<T>(T? Value, int Line, string? Error)
{
    public bool Success => Error is null;

    public static ParseOutcome<T> Ok(T value) => new(value, 0, null);

    public static ParseOutcome<T> Fail(int line, string error) => new(default, line, error);

    public string Describe(string file) => Line > 0 ? $"{file}, line {Line}: {Error}" : $"{file}: {Error}";
}
