namespace Passage.Core.Registry.Import;

/// <summary>
/// Reads a person file (CSV or XLSX) and checks every row with <see cref="PersonDetails.Validate"/>. Returns every
/// problem of the file at once — encoding, header, each bad field of each line — or the rows when there is none.
/// </summary>
public static class PersonFileParser
{
    public static ImportParseResult Parse(Stream stream, PersonFileFormat format, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (table, readErrors) = format == PersonFileFormat.Csv ? CsvTableReader.Read(ReadAll(stream)) : XlsxTableReader.Read(stream);
        if (table is null)
        {
            return ImportParseResult.Failure(readErrors);
        }

        var errors = new List<ImportError>(readErrors);
        var columns = MapHeader(table.Header, errors);
        if (errors.Any(e => e.Line == 1))
        {
            return ImportParseResult.Failure(errors);
        }

        // Each row is checked on its own, so the rows are checked on every core; errors and rows keep file order.
        var raws = table.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        var checkedRows = new (ImportRow? Row, List<ImportError> Errors)[raws.Count];
        Parallel.For(0, raws.Count, i =>
        {
            var rowErrors = new List<ImportError>();
            checkedRows[i] = (ParseRow(raws[i], columns, today, rowErrors), rowErrors);
        });
        errors.AddRange(checkedRows.SelectMany(r => r.Errors));
        var rows = checkedRows.Select(r => r.Row).OfType<ImportRow>().ToList();

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ImportError(null, "file", "The file has a header but no rows to import."));
        }

        return errors.Count == 0 ? ImportParseResult.Success(rows) : ImportParseResult.Failure(errors);
    }

    private static Dictionary<string, int> MapHeader(IReadOnlyList<string> header, List<ImportError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            var known = PersonColumns.Importable.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add(new ImportError(1, name, $"Unknown column. The columns are: {string.Join(", ", PersonColumns.Importable)}."));
            }
            else if (!columns.TryAdd(known, i))
            {
                errors.Add(new ImportError(1, known, "This column appears twice."));
            }
        }

        foreach (var missing in PersonColumns.Required.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add(new ImportError(1, missing, "This required column is missing from the header."));
        }

        return columns;
    }

    private static ImportRow? ParseRow(RawRow raw, Dictionary<string, int> columns, DateOnly today, List<ImportError> errors)
    {
        string? Cell(string column) =>
            columns.TryGetValue(column, out var i) && i < raw.Cells.Count && !string.IsNullOrWhiteSpace(raw.Cells[i]) ? raw.Cells[i].Trim() : null;

        IReadOnlyList<string> List(string column) =>
            Cell(column)?.Split(PersonColumns.ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

        var details = new PersonDetails(
            Cell(PersonColumns.GivenName), Cell(PersonColumns.FamilyName), Cell(PersonColumns.FatherName),
            Cell(PersonColumns.GivenNameArabic), Cell(PersonColumns.FamilyNameArabic), Cell(PersonColumns.FatherNameArabic),
            Cell(PersonColumns.Sex), Cell(PersonColumns.BirthDate), Cell(PersonColumns.CampBlock), Cell(PersonColumns.CampUnit),
            List(PersonColumns.Aliases), List(PersonColumns.Needs));
        var caseNumber = Cell(PersonColumns.CaseNumber)?.ToUpperInvariant();
        var familyKey = Cell(PersonColumns.FamilyKey);

        var before = errors.Count;
        var valid = details.Validate(today);
        if (!valid.Succeeded)
        {
            errors.AddRange(valid.Problem!.Errors!.SelectMany(e => e.Value.Select(m => new ImportError(raw.Line, e.Key, m))));
        }

        if (caseNumber is not null && familyKey is not null)
        {
            errors.Add(new ImportError(raw.Line, PersonColumns.FamilyKey, "Give a CaseNumber or a FamilyKey, not both."));
        }

        return errors.Count == before ? new ImportRow(raw.Line, valid.Value, caseNumber, familyKey) : null;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
