namespace Passage.Bench.Matching;

/// <summary>Locates the repository and the shared data beside it (the repository's parent holds <c>shared/</c>).</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Data => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    public static string Results => Path.Combine(RepositoryRoot, "bench", "RESULTS.md");

    public static string DefaultParameters => Path.Combine(RepositoryRoot, "src", "Passage.Matching", "Resources", "default-parameters.json");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Passage.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Passage.slnx not found above the bench's folder or the current folder.");
    }
}
