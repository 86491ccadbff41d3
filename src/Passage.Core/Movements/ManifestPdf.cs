using Passage.Core.Documents;

namespace Passage.Core.Movements;

/// <summary>
/// The manifest as a PDF for the carrier and the receiving country's border: the heading, then one row per passenger under
/// the manifest's field list, each name in Latin and in Arabic script.
/// </summary>
public static class ManifestPdf
{
    public static byte[] Render(ManifestHeading heading, IReadOnlyList<ManifestLine> lines) =>
        new DocumentBuilder($"Passenger manifest - {heading.Carrier} {heading.Number}, version {heading.Version}")
            .Paragraph($"Departs {heading.DepartsAt:yyyy-MM-dd HH:mm} UTC from {heading.Origin} to {heading.Destination} ({heading.CountryCode})")
            .Paragraph($"Issued {heading.IssuedAt:yyyy-MM-dd HH:mm} UTC; {lines.Count} passenger(s)")
            .Table([new("No.", 0.5f), .. ManifestFields.Names.Select((n, i) => new TableColumn(n, i < 2 ? 2.5f : 1.2f))],
                lines.Select((l, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), .. l.Cells]))
            .ToPdf();
}
