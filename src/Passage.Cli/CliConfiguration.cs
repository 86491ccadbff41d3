using Microsoft.Extensions.Configuration;

namespace Passage.Cli;

/// <summary>
/// The command's settings: appsettings.json beside the program, then environment variables (<c>Passage__Retention__…</c>),
/// the same names as the web application's.
/// </summary>
internal static class CliConfiguration
{
    public static IConfiguration Load() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
}
