namespace Passage.Cli;

/// <summary>Writes each progress report as a line at once, on the caller's thread (unlike <see cref="Progress{T}"/>), so lines appear in order.</summary>
internal sealed class ConsoleProgress<T>(TextWriter writer, Func<T, string> format) : IProgress<T>
{
    public void Report(T value) => writer.WriteLine(format(value));
}
