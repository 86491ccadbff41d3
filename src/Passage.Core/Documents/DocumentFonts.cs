using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Passage.Core.Documents;

/// <summary>
/// One face of the document fonts, embedded in this assembly: Noto Sans for Latin script and everything else, Noto Naskh
/// Arabic for Arabic script (both under the SIL Open Font License 1.1, whose text is embedded beside them).
/// </summary>
internal sealed class DocumentFace
{
    private DocumentFace(string resource)
    {
        var data = Read(resource);
        Typeface = SKTypeface.FromData(SKData.CreateCopy(data)) ?? throw new InvalidOperationException($"The embedded font {resource} cannot be read.");
        using var blob = Typeface.OpenStream(out var index).ToHarfBuzzBlob();
        using var face = new Face(blob, index);
        UnitsPerEm = face.UnitsPerEm;
        Shaper = new HarfBuzzSharp.Font(face);
        Shaper.SetScale(UnitsPerEm, UnitsPerEm);
        Shaper.SetFunctionsOpenType();
    }

    public SKTypeface Typeface { get; }

    /// <summary>Shapes in font units (the scale is the em size); HarfBuzz fonts may shape on several threads at once.</summary>
    public HarfBuzzSharp.Font Shaper { get; }

    public int UnitsPerEm { get; }

    public static DocumentFace Latin { get; } = new("NotoSans-Regular.ttf");

    public static DocumentFace LatinBold { get; } = new("NotoSans-Bold.ttf");

    public static DocumentFace Arabic { get; } = new("NotoNaskhArabic-Regular.ttf");

    public static DocumentFace ArabicBold { get; } = new("NotoNaskhArabic-Bold.ttf");

    public static DocumentFace For(bool arabicScript, bool bold) => (arabicScript, bold) switch
    {
        (true, true) => ArabicBold,
        (true, false) => Arabic,
        (false, true) => LatinBold,
        (false, false) => Latin,
    };

    private static byte[] Read(string name)
    {
        using var stream = typeof(DocumentFace).Assembly.GetManifestResourceStream($"Passage.Fonts.{name}")
            ?? throw new InvalidOperationException($"The font {name} is not embedded; the build restores it with npm (Documents/Fonts).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
