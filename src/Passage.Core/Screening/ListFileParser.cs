using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Registry.Import;

namespace Passage.Core.Screening;

/// <summary>
/// Reads a list file (CSV or XLSX): a header naming the columns (<see cref="Columns"/>, any order, any case) and one entry a
/// row. Aliases are separated by semicolons; a birth date may be a year, a year and month, or a full date. Every problem of
/// the file is returned at once, with its line, or the entries when there is none.
/// </summary>
public static class ListFileParser
{
    public const string Reference = nameof(Reference);
    public const string Name = nameof(Name);
    public const string Aliases = nameof(Aliases);
    public const string BirthDate = nameof(BirthDate);
    public const string Nationality = nameof(Nationality);
    public const string FatherName = nameof(FatherName);

    public static readonly IReadOnlyList<string> Columns = [Reference, Name, Aliases, BirthDate, Nationality, FatherName];

    public static (IReadOnlyList<ValidEntry> Entries, IReadOnlyList<ImportError> Errors) Parse(Stream stream, PersonFileFormat format)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var (table, readErrors) = format == PersonFileFormat.Csv ? CsvTableReader.Read(buffer.ToArray()) : XlsxTableReader.Read(new MemoryStream(buffer.ToArray()));
        if (table is null)
        {
            return ([], readErrors);
        }

        var errors = new List<ImportError>(readErrors);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Header.Count; i++)
        {
            var known = Columns.FirstOrDefault(c => string.Equals(c, table.Header[i].Trim(), StringComparison.OrdinalIgnoreCase));
            if (known is not null)
            {
                columns.TryAdd(known, i);
            }
            else if (table.Header[i].Trim().Length > 0)
            {
                errors.Add(new ImportError(1, table.Header[i].Trim(), $"Unknown column. The columns are: {string.Join(", ", Columns)}."));
            }
        }

        foreach (var required in new[] { Reference, Name }.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add(new ImportError(1, required, "This column is required."));
        }

        if (errors.Count > 0)
        {
            return ([], errors);
        }

        var entries = new List<ValidEntry>();
        var references = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))))
        {
            if (Entry(row, columns, errors) is { } entry)
            {
                if (references.Add(entry.Reference))
                {
                    entries.Add(entry);
                }
                else
                {
                    errors.Add(new ImportError(row.Line, Reference, "Another row has this reference already."));
                }
            }
        }

        if (entries.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ImportError(null, "file", "The file has a header but no entries."));
        }

        return errors.Count == 0 ? (entries, []) : ([], errors);
    }

    private static ValidEntry? Entry(RawRow row, Dictionary<string, int> columns, List<ImportError> errors)
    {
        string? Cell(string column) => columns.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i] : null;
        var fields = new ValidationErrors();
        var reference = TextRules.Name(Cell(Reference), Reference, fields, TextRules.LineLength);
        var name = TextRules.Name(Cell(Name), Name, fields);
        var aliases = (Cell(Aliases) ?? "").Split(';').Select(a => TextRules.Name(a, Aliases, fields)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var nationality = TextRules.Name(Cell(Nationality), Nationality, fields);
        var father = TextRules.Name(Cell(FatherName), FatherName, fields);
        PartialDate? birth = null;
        if (Cell(BirthDate) is { } text && !string.IsNullOrWhiteSpace(text))
        {
            if (PartialDate.TryParse(text.Trim(), out var date, out var error))
            {
                birth = date;
            }
            else
            {
                errors.Add(new ImportError(row.Line, BirthDate, error!));
            }
        }

        if (reference is null)
        {
            errors.Add(new ImportError(row.Line, Reference, "Give the entry's reference number."));
        }

        if (name is null)
        {
            errors.Add(new ImportError(row.Line, Name, "Give the listed person's name."));
        }

        var bad = fields.ToProblem().Errors!;
        errors.AddRange(bad.SelectMany(e => e.Value.Select(m => new ImportError(row.Line, e.Key, m))));
        return reference is null || name is null || bad.Count > 0 || errors.Any(e => e.Line == row.Line) ? null : new ValidEntry(reference, name, aliases, birth, nationality, father);
    }
}
