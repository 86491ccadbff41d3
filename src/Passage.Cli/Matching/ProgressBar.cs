using System.Globalization;

namespace Passage.Cli.Matching;

/// <summary>
/// Progress on a text writer (stderr); thread-safe. On a terminal, a one-line bar redrawn at most once per percent;
/// anywhere else (a log file, a pipe, a test) a plain line at each quarter, so that a log holds five readable lines
/// rather than a hundred redrawn fragments.
/// </summary>
internal sealed class ProgressBar(TextWriter writer, string label, bool terminal) : IProgress<double>
{
    private const int Width = 30;
    private const int PlainStep = 25;
    private readonly Lock _gate = new();
    private int _shown = -1;

    /// <summary>A progress bar on <paramref name="writer"/>, drawn as a bar only when it is the console's standard error and that is a terminal.</summary>
    public static ProgressBar For(TextWriter writer, string label) =>
        new(writer, label, ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);

    public void Report(double value)
    {
        var percent = (int)Math.Clamp(value * 100, 0, 100);
        lock (_gate)
        {
            if (percent <= _shown || (!terminal && percent < 100 && percent / PlainStep <= Math.Max(0, _shown) / PlainStep && _shown >= 0))
            {
                return;
            }

            _shown = percent;
            if (terminal)
            {
                var filled = percent * Width / 100;
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}%"));
                if (percent == 100)
                {
                    writer.WriteLine();
                }
            }
            else
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {percent}%"));
            }

            writer.Flush();
        }
    }
}
