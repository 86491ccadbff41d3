using System.Globalization;

namespace Passage.Cli.Matching;

/// <summary>A one-line progress bar on a text writer (stderr), redrawn at most once per percent; thread-safe.</summary>
internal sealed class ProgressBar(TextWriter writer, string label) : IProgress<double>
{
    private const int Width = 30;
    private readonly Lock _gate = new();
    private int _shown = -1;

    public void Report(double value)
    {
        var percent = (int)Math.Clamp(value * 100, 0, 100);
        lock (_gate)
        {
            if (percent <= _shown)
            {
                return;
            }

            _shown = percent;
            var filled = percent * Width / 100;
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}%"));
            if (percent == 100)
            {
                writer.WriteLine();
            }

            writer.Flush();
        }
    }
}
