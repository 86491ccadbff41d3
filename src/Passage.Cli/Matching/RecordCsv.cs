using Passage.Matching.Comparison;
using Passage.Matching.Records;

namespace Passage.Cli.Matching;

/// <summary>The records of one input file and the names of the columns compared as generic attributes.</summary>
internal sealed record RecordFile(IReadOnlyList<PersonRecord> Records, IReadOnlyList<string> AttributeNames);

/// <summary>
/// Reads person records: a column <c>id</c> (or <c>rec_id</c>), any of <c>name</c>, <c>given_name</c>,
/// <c>family_name</c> (or <c>surname</c>), <c>birth</c> (or <c>date_of_birth</c>), <c>father</c>, <c>sex</c>,
/// and any other columns as generic attributes. Values are trimmed. Every problem stops the read with its
/// line: no id column, no name column, a row with the wrong number of fields, an empty or repeated id,
/// an unreadable date or sex, invalid UTF-8. No row is dropped.
/// </summary>
internal static class RecordCsv
{
    private static readonly string[] Known = ["id", "rec_id", "name", "given_name", "family_name", "surname", "birth", "date_of_birth", "father", "sex"];

    public static ParseOutcome<RecordFile> Read(FileInfo file)
    {
        var text = CsvText.Read(file);
        if (!text.Success)
        {
            return ParseOutcome<RecordFile>.Fail(text.Line, text.Error!);
        }

        using var csv = CsvText.Open(text.Value);
        csv.ReadHeader();
        var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (header.Length == 0)
        {
            return ParseOutcome<RecordFile>.Fail(1, "the file is empty: a header line is needed");
        }

        int Column(params string[] names) => Array.FindIndex(header, h => names.Contains(h, StringComparer.Ordinal));
        var id = Column("id", "rec_id");
        if (id < 0)
        {
            return ParseOutcome<RecordFile>.Fail(1, "no id column (id or rec_id)");
        }

        var name = Column("name");
        var given = Column("given_name");
        var family = Column("family_name", "surname");
        if (name < 0 && given < 0 && family < 0)
        {
            return ParseOutcome<RecordFile>.Fail(1, "no name column (name, given_name, family_name or surname)");
        }

        var birth = Column("birth", "date_of_birth");
        var father = Column("father");
        var sex = Column("sex");
        var attributes = Enumerable.Range(0, header.Length).Where(i => !Known.Contains(header[i], StringComparer.Ordinal)).ToArray();
        var records = new List<PersonRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (csv.FieldCount != header.Length)
            {
                return ParseOutcome<RecordFile>.Fail(line, $"expected {header.Length} fields, found {csv.FieldCount}");
            }

            string Field(int i) => i < 0 ? string.Empty : csv.GetString(i).Trim();
            var recordId = Field(id);
            if (recordId.Length == 0)
            {
                return ParseOutcome<RecordFile>.Fail(line, "the id is empty");
            }

            if (!seen.Add(recordId))
            {
                return ParseOutcome<RecordFile>.Fail(line, $"the id '{recordId}' is repeated");
            }

            BirthDate? date = null;
            if (Field(birth).Length > 0)
            {
                var parsed = BirthDate.Parse(Field(birth));
                if (!parsed.Success)
                {
                    return ParseOutcome<RecordFile>.Fail(line, $"{header[birth]}: {parsed.Error}");
                }

                date = parsed.Value;
            }

            var sexValue = SexParser.Parse(Field(sex));
            if (!sexValue.Success)
            {
                return ParseOutcome<RecordFile>.Fail(line, $"sex: {sexValue.Error}");
            }

            records.Add(new PersonRecord(recordId, NullIfEmpty(Field(name)), NullIfEmpty(Field(given)), NullIfEmpty(Field(family)),
                date, NullIfEmpty(Field(father)), sexValue.Value, [.. attributes.Select(Field)]));
        }

        return ParseOutcome<RecordFile>.Ok(new RecordFile(records, [.. attributes.Select(i => header[i])]));
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
