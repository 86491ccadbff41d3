using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Passage.Core.Documents;

/// <summary>One run of glyphs in one face, ready to draw; glyphs are kept in logical order so that a reader copies text as written.</summary>
internal sealed record GlyphRun(DocumentFace Face, ushort[] Glyphs, SKPoint[] Positions, byte[] Utf8, uint[] Clusters);

/// <summary>A line of text shaped with HarfBuzz: its runs in visual order, positioned from x = 0 on the baseline.</summary>
internal sealed class ShapedLine
{
    private ShapedLine(IReadOnlyList<GlyphRun> runs, float width, bool rightToLeft)
    {
        Runs = runs;
        Width = width;
        RightToLeft = rightToLeft;
    }

    public IReadOnlyList<GlyphRun> Runs { get; }

    public float Width { get; }

    /// <summary>The line reads right to left, so it is set against the right edge.</summary>
    public bool RightToLeft { get; }

    /// <summary>Shapes a line; <paramref name="rightToLeft"/> is the direction of its paragraph, by default that of the line itself.</summary>
    public static ShapedLine Shape(string text, float size, bool bold, bool? rightToLeft = null)
    {
        var runs = new List<GlyphRun>();
        var x = 0f;
        var direction = rightToLeft ?? TextDirection.IsRightToLeft(text);
        foreach (var run in TextDirection.VisualRuns(text, direction))
        {
            var face = DocumentFace.For(run.RightToLeft, bold);
            var utf8 = Encoding.UTF8.GetBytes(run.Text);
            using var buffer = new Buffer();
            buffer.AddUtf8(utf8);
            buffer.GuessSegmentProperties();
            buffer.Direction = run.RightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
            face.Shaper.Shape(buffer);

            var infos = buffer.GetGlyphInfoSpan();
            var positions = buffer.GetGlyphPositionSpan();
            var scale = size / face.UnitsPerEm;
            var glyphs = new ushort[infos.Length];
            var points = new SKPoint[infos.Length];
            var clusters = new uint[infos.Length];
            for (var i = 0; i < infos.Length; i++)
            {
                // HarfBuzz gives right-to-left glyphs in visual order; they are stored back in logical order with their places.
                var at = run.RightToLeft ? infos.Length - 1 - i : i;
                glyphs[at] = (ushort)infos[i].Codepoint;
                clusters[at] = infos[i].Cluster;
                points[at] = new SKPoint(x + (positions[i].XOffset * scale), -positions[i].YOffset * scale);
                x += positions[i].XAdvance * scale;
            }

            runs.Add(new GlyphRun(face, glyphs, points, utf8, clusters));
        }

        return new ShapedLine(runs, x, direction);
    }

    /// <summary>The width of a text at a size, without keeping the glyphs.</summary>
    public static float Measure(string text, float size, bool bold) => Shape(text, size, bold).Width;
}
