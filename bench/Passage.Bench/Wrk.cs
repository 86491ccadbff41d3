using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Passage.Bench;

/// <summary>
/// Runs wrk (the HTTP load generator, Debian package <c>wrk</c>) against the benchmark's server: a Lua script picks one of
/// the given paths at random for every request, sends the signed-in cookie, and prints the totals on one line.
/// </summary>
internal static class Wrk
{
    /// <summary>wrk's own limit: a request unanswered after this long counts as a timeout.</summary>
    public const int TimeoutSeconds = 2;

    private const string Marker = "PASSAGE-LOAD";

    public sealed record Totals(long Requests, double Seconds, double P50Ms, double P99Ms, long Errors, long Timeouts);

    public static async Task<Totals> RunAsync(Uri server, string cookie, IReadOnlyList<string> paths, int connections, TimeSpan duration, CancellationToken ct)
    {
        var script = Path.Combine(Path.GetTempPath(), $"passage-load-{Environment.ProcessId}.lua");
        await File.WriteAllTextAsync(script, Script(cookie, paths), ct);
        try
        {
            var start = new ProcessStartInfo("wrk")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "-t", Math.Min(2, connections).ToString(CultureInfo.InvariantCulture),
                "-c", connections.ToString(CultureInfo.InvariantCulture),
                "-d", string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalSeconds}s"),
                "--timeout", string.Create(CultureInfo.InvariantCulture, $"{TimeoutSeconds}s"),
                "-s", script, server.ToString(),
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; install it (apt-get install wrk).");
            var output = wrk.StandardOutput.ReadToEndAsync(ct);
            var errors = wrk.StandardError.ReadToEndAsync(ct);
            await wrk.WaitForExitAsync(ct);
            var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"wrk gave no totals: {await output} {await errors}");
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            // requests, duration (µs), connect, read, write, status errors, timeouts, p50 (µs), p99 (µs)
            return new Totals((long)f[0], f[1] / 1e6, f[7] / 1e3, f[8] / 1e3, (long)(f[2] + f[3] + f[4] + f[5]), (long)f[6]);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string Script(string cookie, IReadOnlyList<string> paths)
    {
        var lua = new StringBuilder();
        lua.AppendLine("local paths = {");
        foreach (var path in paths)
        {
            lua.Append("  \"").Append(Quote(path)).AppendLine("\",");
        }

        lua.AppendLine("}");
        lua.Append("local headers = { [\"Cookie\"] = \"").Append(Quote(cookie)).AppendLine("\" }");
        lua.AppendLine($$"""
            local threads = 0
            function setup(thread) threads = threads + 1; thread:set("seed", threads) end
            function init(args) math.randomseed(seed * 7919) end
            function request() return wrk.format("GET", paths[math.random(#paths)], headers) end
            function done(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("{{Marker}} %d %d %d %d %d %d %d %d %d\n",
                summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
                latency:percentile(50), latency:percentile(99)))
            end
            """);
        return lua.ToString();
    }

    private static string Quote(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
