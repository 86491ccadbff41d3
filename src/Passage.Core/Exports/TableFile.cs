using System.Xml;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Passage.Core.Exports;

/// <summary>
/// Writes a table as it is read, row by row: CSV (UTF-8 with a byte-order mark, so spreadsheets read Arabic script) straight
/// to the output, or an XLSX sheet of text cells written to a temporary file and then copied (a workbook is a zip whose
/// directory comes last). Every cell is neutralised against formula injection (<see cref="SpreadsheetText"/>); an HXL hashtag
/// row, when given, follows the header.
/// </summary>
internal static class TableFile
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string ContentType(ExportFormat format) => format == ExportFormat.Xlsx ? XlsxType : CsvType;

    public static string Extension(ExportFormat format) => format == ExportFormat.Xlsx ? ".xlsx" : ".csv";

    public static Task WriteAsync(
        Stream output, ExportFormat format, IReadOnlyList<string> header, IReadOnlyList<string>? hxl, IAsyncEnumerable<IReadOnlyList<string>> rows, CancellationToken ct) =>
        format == ExportFormat.Xlsx ? XlsxAsync(output, header, hxl, rows, ct) : CsvAsync(output, header, hxl, rows, ct);

    private static async Task CsvAsync(
        Stream output, IReadOnlyList<string> header, IReadOnlyList<string>? hxl, IAsyncEnumerable<IReadOnlyList<string>> rows, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\r\n", WriteByteOrderMark = true }, leaveOpen: true);
        await csv.WriteRecordAsync(Safe(header), ct);
        if (hxl is not null)
        {
            await csv.WriteRecordAsync(Safe(hxl), ct);
        }

        await foreach (var row in rows.WithCancellation(ct))
        {
            await csv.WriteRecordAsync(Safe(row), ct);
        }

        await csv.FlushAsync(ct);
    }

    private static async Task XlsxAsync(
        Stream output, IReadOnlyList<string> header, IReadOnlyList<string>? hxl, IAsyncEnumerable<IReadOnlyList<string>> rows, CancellationToken ct)
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
            {
                var workbook = document.AddWorkbookPart();
                var sheetPart = workbook.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(sheetPart))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    WriteRow(writer, header);
                    if (hxl is not null)
                    {
                        WriteRow(writer, hxl);
                    }

                    await foreach (var row in rows.WithCancellation(ct))
                    {
                        WriteRow(writer, row);
                    }

                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Export" }));
                workbook.Workbook.Save();
            }

            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 81920, FileOptions.Asynchronous);
            await file.CopyToAsync(output, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var cell in cells)
        {
            writer.WriteElement(new Cell(new InlineString(new Text(XmlSafe(SpreadsheetText.Neutralise(cell))) { Space = SpaceProcessingModeValues.Preserve }))
            {
                DataType = CellValues.InlineString,
            });
        }

        writer.WriteEndElement();
    }

    private static string[] Safe(IReadOnlyList<string> cells) => cells.Select(SpreadsheetText.Neutralise).ToArray();

    // A character XML cannot carry (a control character in an old record) would make the sheet unreadable.
    private static string XmlSafe(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD').ToArray());
}
