using System.Globalization;
using ClosedXML.Excel;

namespace Passage.Core.Registry.Import;

/// <summary>Reads the first worksheet of a workbook; the first used row is the header, and lines are the sheet's row numbers.</summary>
internal static class XlsxTableReader
{
    public static (RawTable? Table, IReadOnlyList<ImportError> Errors) Read(Stream stream)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(stream);
        }
#pragma warning disable CA1031 // a damaged or foreign file can fail anywhere inside the reader; any failure means "not a workbook"
        catch (Exception)
#pragma warning restore CA1031
        {
            return (null, [new ImportError(null, "file", "The file is not an XLSX workbook, or it is damaged.")]);
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault();
            var headerRow = sheet?.FirstRowUsed();
            if (sheet is null || headerRow is null)
            {
                return (null, [new ImportError(null, "file", "The file is empty: it needs a header line and at least one row.")]);
            }

            var width = sheet.LastColumnUsed()!.ColumnNumber();
            var header = Enumerable.Range(1, width).Select(c => Text(headerRow.Cell(c))).ToList();
            var rows = sheet.RowsUsed()
                .Where(r => r.RowNumber() > headerRow.RowNumber())
                .Select(r => new RawRow(r.RowNumber(), Enumerable.Range(1, width).Select(c => Text(r.Cell(c))).ToList()))
                .ToList();
            return (new RawTable(header, rows), []);
        }
    }

    private static string Text(IXLCell cell) => cell.DataType switch
    {
        XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => cell.GetString(),
    };
}
