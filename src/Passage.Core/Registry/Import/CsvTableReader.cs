using System.Text;

namespace Passage.Core.Registry.Import;

/// <summary>
/// Reads a comma-separated file (RFC 4180: fields may be quoted, a quote inside is doubled, a quoted field may span
/// lines). The file must be UTF-8; another encoding is refused with the line of the first bad byte. Each row keeps the
/// line it starts on.
/// </summary>
internal static class CsvTableReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (RawTable? Table, IReadOnlyList<ImportError> Errors) Read(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.AsSpan(start, Math.Clamp(e.Index, 0, bytes.Length - start)).Count((byte)'\n');
            return (null, [new ImportError(line, "file", "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again.")]);
        }

        var errors = new List<ImportError>();
        var records = Records(text, errors).ToList();
        if (records.Count == 0)
        {
            return (null, [new ImportError(null, "file", "The file is empty: it needs a header line and at least one row.")]);
        }

        return (new RawTable(records[0].Cells, records.Skip(1).ToList()), errors);
    }

    private static IEnumerable<RawRow> Records(string text, List<ImportError> errors)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var afterQuote = false;
        var badLine = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                    afterQuote = true;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    fields.Add(field.ToString());
                    field.Clear();
                    yield return new RawRow(recordLine, fields.ToArray());
                    fields.Clear();
                    afterQuote = false;
                    badLine = false;
                    line++;
                    recordLine = line;
                    break;
                case '"' when field.Length == 0 && !afterQuote:
                    quoted = true;
                    break;
                default:
                    if ((c == '"' || afterQuote) && !badLine)
                    {
                        errors.Add(new ImportError(line, "file", "A quote is out of place; put quotes around the whole field and double any quote inside it."));
                        badLine = true;
                    }

                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            errors.Add(new ImportError(recordLine, "file", "A quoted field is not closed before the end of the file."));
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new RawRow(recordLine, fields.ToArray());
        }
    }
}
