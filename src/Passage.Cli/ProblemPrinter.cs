using Passage.Core.Common;

namespace Passage.Cli;

/// <summary>Prints a <see cref="Problem"/>: its title, its detail, then one line per field message.</summary>
internal static class ProblemPrinter
{
    public static async Task WriteAsync(TextWriter error, Problem problem)
    {
        await error.WriteLineAsync(problem.Title);
        if (problem.Detail is not null)
        {
            await error.WriteLineAsync(problem.Detail);
        }

        foreach (var (field, messages) in problem.Errors ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                await error.WriteLineAsync($"{field}: {message}");
            }
        }
    }
}
