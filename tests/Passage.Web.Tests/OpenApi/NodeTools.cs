using System.Diagnostics;
using System.Text;

namespace Passage.Web.Tests.OpenApi;

/// <summary>
/// The npm project in <c>tests/openapi</c> (Redocly CLI, openapi-typescript, TypeScript at the versions of its lock file):
/// installed once with <c>npm ci</c> and kept until the lock file changes; its tools are run from its folder.
/// </summary>
internal static class NodeTools
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tests", "openapi");

    public static async Task InstallAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            var lockFile = Path.Combine(Folder, "package-lock.json");
            var stamp = Path.Combine(Folder, "node_modules", ".installed-lock.json");
            if (File.Exists(stamp) && (await File.ReadAllTextAsync(stamp)) == (await File.ReadAllTextAsync(lockFile)))
            {
                return;
            }

            await RunAsync("npm", "ci --no-audit --no-fund", TimeSpan.FromMinutes(10)).ShouldSucceedAsync("npm ci");
            File.Copy(lockFile, stamp, overwrite: true);
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>Runs a tool of the project (<c>node_modules/.bin</c>) or a program on the PATH, in the project's folder.</summary>
    public static async Task<ToolRun> RunAsync(string tool, string arguments, TimeSpan? timeout = null)
    {
        var local = Path.Combine(Folder, "node_modules", ".bin", tool);
        var start = new ProcessStartInfo(File.Exists(local) ? local : tool, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {arguments} did not finish in time:\n{await stdout}\n{await stderr}");
        }

        output.Append(await stdout).Append(await stderr);
        return new ToolRun($"{tool} {arguments}", process.ExitCode, output.ToString());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Passage.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (Passage.slnx) is not above the test's folder.");
    }
}

internal sealed record ToolRun(string Command, int ExitCode, string Output);

internal static class ToolRunExtensions
{
    public static async Task ShouldSucceedAsync(this Task<ToolRun> run, string what)
    {
        var result = await run;
        result.ExitCode.ShouldBe(0, $"{what} failed ({result.Command}):\n{result.Output}");
    }
}
