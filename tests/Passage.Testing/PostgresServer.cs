using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Passage.Testing;

/// <summary>
/// A real PostgreSQL server for the tests of one process: initialised in a temporary folder with
/// <c>initdb --locale=C.UTF-8</c>, started with <c>pg_ctl</c> on a free loopback port, and stopped
/// when the process exits. As root it runs as the <c>postgres</c> user, since PostgreSQL refuses root.
/// Set <c>PASSAGE_TEST_POSTGRES</c> to a connection string to use an existing server instead.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databaseCounter;

    private readonly string? _dataDirectory;
    private readonly string? _binDirectory;

    private PostgresServer(string adminConnectionString, string? dataDirectory, string? binDirectory)
    {
        AdminConnectionString = adminConnectionString;
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
    }

    /// <summary>The server shared by every test in this process, started on first use.</summary>
    public static PostgresServer Instance => Shared.Value;

    /// <summary>A connection string to the <c>postgres</c> maintenance database as a superuser.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"passage_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}";
        using var connection = new Npgsql.NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'";
            command.ExecuteNonQuery();
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
        return builder.ConnectionString;
    }

    private static PostgresServer Start()
    {
        var existing = Environment.GetEnvironmentVariable("PASSAGE_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(existing))
        {
            return new PostgresServer(existing, null, null);
        }

        var bin = FindBinDirectory();
        var asRoot = Environment.UserName == "root";
        RemoveOrphans(bin, asRoot);
        var root = Path.Combine(Path.GetTempPath(), $"passage-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        if (asRoot)
        {
            Run("chown", ["-R", "postgres:postgres", root], asRoot: false);
        }

        Run(Path.Combine(bin, "initdb"), ["-D", data, "--locale=C.UTF-8", "--encoding=UTF8", "-U", "postgres", "--auth=trust"], asRoot);
        var port = FreePort();
        Run(Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60",
             "-o", $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=500",
             "start"], asRoot);

        // A whole test project opens connections in parallel with browsers and web hosts on two cores; opening one can
        // take longer than Npgsql's 15 s default there, and a test must not fail for that.
        var server = new PostgresServer(
            $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50;Timeout=60;Include Error Detail=true",
            data, bin);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(asRoot);
        return server;
    }

    private void Stop(bool asRoot)
    {
        if (_dataDirectory is null || _binDirectory is null)
        {
            return;
        }

        try
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            Run(Path.Combine(_binDirectory, "pg_ctl"), ["-D", _dataDirectory, "-m", "immediate", "-w", "stop"], asRoot);
            Directory.Delete(Path.GetDirectoryName(_dataDirectory)!, recursive: true);
        }
        catch (InvalidOperationException)
        {
            // The process is exiting; a server that will not stop is left for the temporary folder's cleanup.
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// Stops and removes the servers of earlier test runs whose process was killed before it could stop them: each would
    /// otherwise keep running and hold its folder on disk.
    /// </summary>
    private static void RemoveOrphans(string bin, bool asRoot)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "passage-pg-*"))
        {
            var parts = Path.GetFileName(folder).Split('-');
            if (parts.Length < 4 || !int.TryParse(parts[2], out var owner) || IsRunning(owner))
            {
                continue;
            }

            try
            {
                var data = Path.Combine(folder, "data");
                if (File.Exists(Path.Combine(data, "postmaster.pid")))
                {
                    Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asRoot);
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // Another run may be removing the same folder; what is left is removed by the next run.
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string FindBinDirectory()
    {
        var root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            var bin = Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d, StringComparer.Ordinal)
                .FirstOrDefault();
            if (bin is not null)
            {
                return bin;
            }
        }

        throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql: run ./test.sh, which installs them.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, IReadOnlyList<string> arguments, bool asRoot)
    {
        var start = new ProcessStartInfo(asRoot ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asRoot)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        }
    }
}
