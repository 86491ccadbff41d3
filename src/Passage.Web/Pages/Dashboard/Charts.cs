using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Caching.Memory;
using ScottPlot;

namespace Passage.Web.Pages.Dashboard;

/// <summary>
/// Charts drawn on the server as SVG (ScottPlot), to be placed in the page as they are: no script, no inline style (the
/// content security policy allows neither), text drawn as shapes. Each chart stands beside a table of the same figures.
/// Drawing takes longer than counting the figures, and the figures change a few times a day: a chart already drawn from
/// the same figures is served again.
/// </summary>
public static partial class Charts
{
    private const int Width = 640;
    private const int Height = 300;

    private static readonly MemoryCache Drawn = new(new MemoryCacheOptions { SizeLimit = 64 });

    /// <summary>A line through one value per label, from the first label to the last.</summary>
    public static string Line(IReadOnlyList<string> labels, IReadOnlyList<double> values, string yLabel) =>
        Cached($"line|{yLabel}|{string.Join('|', labels)}|{Join(values)}", () => DrawLine(labels, values, yLabel));

    /// <summary>Bars stacked per label, one colour and legend entry per series.</summary>
    public static string StackedBars(IReadOnlyList<string> labels, IReadOnlyList<(string Series, IReadOnlyList<double> Values)> series, string yLabel) =>
        Cached($"bars|{yLabel}|{string.Join('|', labels)}|{string.Join('|', series.Select(s => s.Series + ":" + Join(s.Values)))}", () => DrawStackedBars(labels, series, yLabel));

    private static string Cached(string figures, Func<string> draw) =>
        Drawn.GetOrCreate(figures, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return draw();
        })!;

    private static string Join(IReadOnlyList<double> values) => string.Join(',', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    private static string DrawLine(IReadOnlyList<string> labels, IReadOnlyList<double> values, string yLabel)
    {
        using var plot = new Plot();
        var xs = Enumerable.Range(0, values.Count).Select(i => (double)i).ToArray();
        plot.Add.ScatterLine(xs, values.ToArray());
        Ticks(plot, labels);
        plot.YLabel(yLabel);
        plot.Axes.Margins(bottom: 0);
        return Svg(plot);
    }

    private static string DrawStackedBars(IReadOnlyList<string> labels, IReadOnlyList<(string Series, IReadOnlyList<double> Values)> series, string yLabel)
    {
        using var plot = new Plot();
        var bases = new double[labels.Count];
        for (var s = 0; s < series.Count; s++)
        {
            var color = plot.Add.Palette.GetColor(s);
            var bars = series[s].Values.Select((v, i) => new Bar { Position = i, ValueBase = bases[i], Value = bases[i] + v, FillColor = color }).ToList();
            for (var i = 0; i < bases.Length; i++)
            {
                bases[i] += series[s].Values[i];
            }

            plot.Add.Bars(bars).LegendText = series[s].Series;
        }

        Ticks(plot, labels);
        plot.YLabel(yLabel);
        plot.Axes.Margins(bottom: 0);
        if (series.Count > 1)
        {
            plot.ShowLegend(Alignment.UpperRight);
        }

        return Svg(plot);
    }

    private static void Ticks(Plot plot, IReadOnlyList<string> labels)
    {
        // At most about ten labels, so that they stay readable.
        var step = Math.Max(1, (int)Math.Ceiling(labels.Count / 10.0));
        var shown = Enumerable.Range(0, labels.Count).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks(shown.Select(i => (double)i).ToArray(), shown.Select(i => labels[i]).ToArray());
    }

    private static string Svg(Plot plot) => XmlDeclaration().Replace(plot.GetSvgXml(Width, Height), "")
        .Replace($"width=\"{Width}\" height=\"{Height}\"", $"viewBox=\"0 0 {Width} {Height}\" aria-hidden=\"true\" focusable=\"false\"", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();
}
