using System.Text;
using ClosedXML.Excel;
using Passage.Core.Registry.Import;

namespace Passage.Core.Registry.Export;

/// <summary>Writes rows of text as CSV (UTF-8 with a byte-order mark, so spreadsheets read Arabic script) or as an XLSX sheet of text cells.</summary>
internal static class PersonFileWriter
{
    public static async Task WriteAsync(Stream output, PersonFileFormat format, IReadOnlyList<string> header, IEnumerable<string[]> rows, CancellationToken ct)
    {
        if (format == PersonFileFormat.Csv)
        {
            await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
            await writer.WriteAsync(CsvLine(header));
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                await writer.WriteAsync(CsvLine(row));
            }

            return;
        }

        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Persons");
        var r = 1;
        foreach (var row in rows.Prepend(header.ToArray()))
        {
            for (var c = 0; c < row.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                cell.SetValue(row[c]);
                cell.DataType = XLDataType.Text;
            }

            r++;
        }

        workbook.SaveAs(output);
    }

    private static string CsvLine(IReadOnlyList<string> cells) =>
        string.Join(',', cells.Select(Quote)) + "\r\n";

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || cell != cell.Trim() ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
