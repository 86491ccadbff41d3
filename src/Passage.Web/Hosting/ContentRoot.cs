namespace Passage.Web.Hosting;

/// <summary>
/// Where the application finds its settings and static files. A published build started from another folder would look
/// in that folder; when the folder has no settings and the program's own folder has, the program's folder is used.
/// An explicit content root (argument or environment) always wins.
/// </summary>
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args)
    {
        var explicitRoot = args.Any(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is not null;
        var besideProgram = AppContext.BaseDirectory;
        var useProgramFolder = !explicitRoot
            && !File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
            && File.Exists(Path.Combine(besideProgram, "appsettings.json"));
        return new WebApplicationOptions { Args = args, ContentRootPath = useProgramFolder ? besideProgram : null };
    }
}
