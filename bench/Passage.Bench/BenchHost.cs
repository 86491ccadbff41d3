using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Passage.Bench;

/// <summary>
/// The real web application, in process, on the benchmark's database, without the demo seeding of start-up; with
/// <paramref name="settings"/> added to its configuration.
/// </summary>
internal sealed class BenchHost(string connectionString, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/Passage.Web", "Passage.slnx");
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Passage", connectionString);
        builder.UseSetting("Passage:Demo", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
