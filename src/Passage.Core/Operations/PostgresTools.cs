using System.Diagnostics;
using Npgsql;

namespace Passage.Core.Operations;

/// <summary>
/// Runs PostgreSQL's own client programs (pg_dump, pg_restore) against the server a connection string names. The newest
/// installed version is preferred, since it can read older servers; the password goes through the environment, never the
/// command line, so no other user of the machine sees it.
/// </summary>
internal static class PostgresTools
{
    private const string InstallRoot = "/usr/lib/postgresql";

    /// <summary>Runs <paramref name="program"/>; each line it writes to standard error goes to <paramref name="line"/>. Returns the exit code and those lines.</summary>
    public static async Task<(int Exit, IReadOnlyList<string> Messages)> RunAsync(
        string program, string connectionString, IReadOnlyList<string> arguments, Action<string> line, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Find(program))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment(connectionString))
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var messages = new List<string>();
        var output = process.StandardOutput.ReadToEndAsync(ct);
        while (await process.StandardError.ReadLineAsync(ct) is { } message)
        {
            messages.Add(message);
            line(message);
        }

        await output;
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, messages);
    }

    /// <summary>The database name the connection string names.</summary>
    public static string DatabaseName(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Database ?? throw new InvalidOperationException("The connection string names no database.");

    internal static Dictionary<string, string> Environment(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["PGCONNECT_TIMEOUT"] = "30" };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                environment[name] = value;
            }
        }

        // A multi-host string (Host=a:5432,b:5433) becomes libpq's lists, PGHOST=a,b and PGPORT=5432,5433, with the
        // same target: pg_dump and pg_restore then reach the node that takes writes, as the application does.
        var hosts = (builder.Host ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(h => h.LastIndexOf(':') is var colon and > 0 && !h.EndsWith(']') && int.TryParse(h[(colon + 1)..], out var port)
                ? (Name: h[..colon], Port: port)
                : (Name: h, Port: builder.Port))
            .ToList();
        Add("PGHOST", string.Join(',', hosts.Select(h => h.Name)));
        Add("PGPORT", string.Join(',', hosts.Select(h => h.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        if (builder.TargetSessionAttributes is { } target)
        {
            Add("PGTARGETSESSIONATTRS", target.ToLowerInvariant());
        }

        Add("PGUSER", builder.Username);
        Add("PGPASSWORD", builder.Password);
        Add("PGDATABASE", builder.Database);
        Add("PGSSLMODE", builder.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        });
        return environment;
    }

    private static string Find(string program)
    {
        if (Directory.Exists(InstallRoot))
        {
            var installed = Directory.GetDirectories(InstallRoot)
                .Select(d => Path.Combine(d, "bin", program))
                .Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0)
                .FirstOrDefault();
            if (installed is not null)
            {
                return installed;
            }
        }

        // Elsewhere (another distribution, a container image) the program is expected on the PATH.
        return program;
    }
}
