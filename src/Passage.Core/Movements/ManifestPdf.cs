using Passage.Core.Pledges;

namespace Passage.Core.Movements;

/// <summary>The manifest as a PDF for the carrier and the receiving country's border: the heading, then one line per passenger.</summary>
public static class ManifestPdf
{
    public static byte[] Render(ManifestHeading heading, IReadOnlyList<ManifestLine> lines)
    {
        var text = new List<SimplePdf.TextLine>
        {
            new($"Passenger manifest - {heading.Carrier} {heading.Number}, version {heading.Version}", Bold: true, Size: 14),
            new($"Departs {heading.DepartsAt:yyyy-MM-dd HH:mm} UTC from {heading.Origin} to {heading.Destination} ({heading.CountryCode})"),
            new($"Issued {heading.IssuedAt:yyyy-MM-dd HH:mm} UTC; {lines.Count} passenger(s)"),
            new(""),
            new(string.Join(" | ", ManifestFields.Names), Bold: true),
        };
        text.AddRange(lines.Select((l, i) => new SimplePdf.TextLine($"{i + 1}. {string.Join(" | ", l.Cells)}")));
        return SimplePdf.Write($"Manifest {heading.Carrier} {heading.Number} v{heading.Version}", text);
    }
}
