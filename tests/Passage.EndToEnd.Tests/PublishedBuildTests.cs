using System.Diagnostics;
using System.Net;
using Passage.Testing;

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
        var repository = WebProcess.Repository();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var output = Directory.CreateTempSubdirectory("passage-publish-");
        var elsewhere = Directory.CreateTempSubdirectory("passage-cwd-");
        try
        {
            var published = await RunAsync("dotnet", ["publish", Path.Combine(repository, "src", "Passage.Web", "Passage.Web.csproj"), "-c", configuration, "--no-build", "-o", output.FullName], repository);
            published.ExitCode.ShouldBe(0, published.Output);

            using var site = WebProcess.Start(Path.Combine(output.FullName, "Passage.Web.dll"), elsewhere.FullName, new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Passage"] = $"Data Source={Path.Combine(elsewhere.FullName, "passage.db")}",
                ["ASPNETCORE_CONTENTROOT"] = null,
            });
            try
            {
                var http = site.Http;
                (await site.WaitForHealthAsync()).ShouldBeTrue(site.Console);
                using var css = await http.GetAsync(new Uri("/css/site.css", UriKind.Relative));
                using var signIn = await http.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

                css.StatusCode.ShouldBe(HttpStatusCode.OK, site.Console);
                signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
                (await signIn.Content.ReadAsStringAsync()).ShouldContain("/css/site.css");
                site.Console.ShouldContain("passage users add");
                site.Console.ShouldNotContain("Demo accounts");

                if (!OperatingSystem.IsWindows())
                {
                    File.GetUnixFileMode(Path.Combine(elsewhere.FullName, "passage.db")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }
            finally
            {
                await site.KillAsync();
            }
        }
        finally
        {
            output.Delete(recursive: true);
            elsewhere.Delete(recursive: true);
        }
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
}
