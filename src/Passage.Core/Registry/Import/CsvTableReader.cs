using System.Text;
using CsvHelper;

namespace Passage.Core.Registry.Import;

/// <summary>
/// Reads a comma-separated file (RFC 4180: fields may be quoted, a quote inside is doubled, a quoted field may span
/// lines) with CsvHelper. The file must be UTF-8; another encoding is refused with the line of the first bad byte. Each
/// row keeps the line it starts on; a misplaced quote or a quoted field left open is reported on its line.
/// </summary>
internal static class CsvTableReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (RawTable? Table, IReadOnlyList<ImportError> Errors) Read(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            _ = StrictUtf8.GetCharCount(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.AsSpan(start, Math.Clamp(e.Index, 0, bytes.Length - start)).Count((byte)'\n');
            return (null, [new ImportError(line, "file", "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again.")]);
        }

        var errors = new List<ImportError>();
        var records = new List<RawRow>();
        using (var csv = CsvReader.Create(bytes.AsMemory(start), Options(errors)))
        {
            while (csv.Read())
            {
                var cells = new string[csv.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = csv.GetString(i);
                }

                records.Add(new RawRow((int)csv.LineNumber, cells));
            }
        }

        if (records.Count == 0)
        {
            return (null, [new ImportError(null, "file", "The file is empty: it needs a header line and at least one row.")]);
        }

        return (new RawTable(records[0].Cells, records.Skip(1).ToList()), errors);
    }

    // Every record as it is, the header among them, with its line; quoting mistakes are recovered from and reported.
    private static CsvReaderOptions Options(List<ImportError> errors) => new()
    {
        Separator = ',',
        HasHeader = false,
        TrackLineNumbers = true,
        DetectSeparatorHint = false,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
        MalformedData = CsvMalformedDataHandling.Recover,
        OnMalformedRecord = malformed => errors.Add(new ImportError(
            (int)malformed.LineNumber,
            "file",
            malformed.Reason == CsvMalformedReason.UnterminatedQuote
                ? "A quoted field is not closed before the end of the file."
                : "A quote is out of place; put quotes around the whole field and double any quote inside it.")),
    };
}
