using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Passage.EndToEnd.Tests;

/// <summary>
/// A published build started from some other folder, as an operator or a service manager would start it: it finds its
/// settings and static files beside the program, and in production an empty database gets no demo but the way to add the
/// first administrator.
/// </summary>
public sealed class PublishedBuildTests
{
    [Fact]
    public async Task PublishedBuild_StartedFromAnotherFolder_ServesHealthPagesAndStaticFiles()
    {
        var repository = Repository();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var output = Directory.CreateTempSubdirectory("passage-publish-");
        var elsewhere = Directory.CreateTempSubdirectory("passage-cwd-");
        try
        {
            var published = await RunAsync("dotnet", ["publish", Path.Combine(repository, "src", "Passage.Web", "Passage.Web.csproj"), "-c", configuration, "--no-build", "-o", output.FullName], repository);
            published.ExitCode.ShouldBe(0, published.Output);

            var port = FreePort();
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = elsewhere.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { Path.Combine(output.FullName, "Passage.Web.dll"), "--urls", $"http://127.0.0.1:{port}" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["ConnectionStrings__Passage"] = $"Data Source={Path.Combine(elsewhere.FullName, "passage.db")}";
            start.Environment.Remove("ASPNETCORE_CONTENTROOT");
            using var site = Process.Start(start)!;
            var console = new StringBuilder();
            site.OutputDataReceived += (_, e) => { lock (console) { console.AppendLine(e.Data); } };
            site.ErrorDataReceived += (_, e) => { lock (console) { console.AppendLine(e.Data); } };
            site.BeginOutputReadLine();
            site.BeginErrorReadLine();
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                (await WaitForHealthAsync(http, site)).ShouldBeTrue(console.ToString());
                using var css = await http.GetAsync(new Uri("/css/site.css", UriKind.Relative));
                using var signIn = await http.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

                css.StatusCode.ShouldBe(HttpStatusCode.OK, console.ToString());
                signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
                (await signIn.Content.ReadAsStringAsync()).ShouldContain("/css/site.css");
                lock (console)
                {
                    console.ToString().ShouldContain("passage users add");
                    console.ToString().ShouldNotContain("Demo accounts");
                }

                if (!OperatingSystem.IsWindows())
                {
                    File.GetUnixFileMode(Path.Combine(elsewhere.FullName, "passage.db")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }
            finally
            {
                site.Kill(entireProcessTree: true);
                await site.WaitForExitAsync();
            }
        }
        finally
        {
            output.Delete(recursive: true);
            elsewhere.Delete(recursive: true);
        }
    }

    private static async Task<bool> WaitForHealthAsync(HttpClient http, Process site)
    {
        for (var attempt = 0; attempt < 120 && !site.HasExited; attempt++)
        {
            try
            {
                using var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        return false;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Repository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Passage.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository's Passage.slnx was not found above the test's folder.");
    }
}
