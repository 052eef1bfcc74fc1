namespace Byline.Benchmarks;

/// <summary>Finds the sample articles shipped in <c>samples/data</c>.</summary>
internal static class BenchmarkData
{
    public static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Library.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    public static string SamplesFolder() => Path.Combine(RepositoryRoot(), "samples", "data");

    /// <summary>The shared corpora folder (../shared/data), or null when absent.</summary>
    public static string? SharedData()
    {
        string path = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data"));
        return Directory.Exists(path) ? path : null;
    }
}
