namespace Passage.Bench.Matching;

/// <summary>Locates the repository and the shared data beside it (the nearest folder above it that holds <c>shared/data</c>).</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The nearest <c>shared/data</c> beside the repository or above it (a worktree sits one level deeper).</summary>
    public static string Data { get; } = FindData();

    public static string Results => Path.Combine(RepositoryRoot, "bench", "RESULTS.md");

    public static string DefaultParameters => Path.Combine(RepositoryRoot, "src", "Passage.Matching", "Resources", "default-parameters.json");

    private static string FindData()
    {
        for (var dir = new DirectoryInfo(RepositoryRoot).Parent; dir is not null; dir = dir.Parent)
        {
            var data = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(data))
            {
                return data;
            }
        }

        return Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
    }

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
