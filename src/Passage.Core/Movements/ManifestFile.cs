using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using Passage.Core.Exports;

namespace Passage.Core.Movements;

public enum ManifestFormat
{
    Csv = 1,
    Xlsx = 2,
    Pdf = 3,
}

/// <summary>A manifest version written as a file to hand over.</summary>
public sealed record ManifestFile(byte[] Content, string ContentType, string FileName);

/// <summary>Writes a manifest version's lines, and only them, as CSV, XLSX or PDF.</summary>
public static class ManifestFiles
{
    public static ManifestFile Write(ManifestHeading heading, IReadOnlyList<ManifestLine> lines, ManifestFormat format)
    {
        var name = $"manifest-{Safe(heading.Carrier)}-{Safe(heading.Number)}-{heading.DepartsAt:yyyyMMdd}-v{heading.Version}";
        return format switch
        {
            ManifestFormat.Csv => new(Csv(lines), "text/csv; charset=utf-8", name + ".csv"),
            ManifestFormat.Xlsx => new(Xlsx(lines), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            _ => new(ManifestPdf.Render(heading, lines), "application/pdf", name + ".pdf"),
        };
    }

    private static byte[] Csv(IReadOnlyList<ManifestLine> lines)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\r\n" }, leaveOpen: true))
        {
            csv.WriteRecord([.. ManifestFields.Names]);
            foreach (var line in lines)
            {
                csv.WriteRecord(line.Cells.Select(SpreadsheetText.Neutralise).ToArray());
            }
        }

        return stream.ToArray();
    }

    private static byte[] Xlsx(IReadOnlyList<ManifestLine> lines)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Manifest");
        var rows = lines.Select(l => l.Cells).Prepend([.. ManifestFields.Names]).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 1, c + 1);
                cell.SetValue(rows[r][c]);
                cell.DataType = XLDataType.Text;
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static string Safe(string text) => new(text.Where(char.IsAsciiLetterOrDigit).ToArray());
}

/// <summary>What a manifest's heading says of the movement and the version.</summary>
public sealed record ManifestHeading(string Carrier, string Number, DateTimeOffset DepartsAt, string Origin, string CountryCode, string Destination, int Version, DateTimeOffset IssuedAt);
