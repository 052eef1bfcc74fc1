namespace Byline.Tests;

/// <summary>
/// The corpora in <c>../shared/data</c> next to the repository. Users of the repository do not have them, so tests
/// that need them use <see cref="SharedDataFactAttribute"/> and are skipped when the folder is absent.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(() =>
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Library.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        if (dir is null)
        {
            return null;
        }

        string shared = Path.GetFullPath(Path.Combine(dir, "..", "shared", "data"));
        return Directory.Exists(shared) ? shared : null;
    });

    /// <summary>The repository root (the folder holding Library.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            string? dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "Library.sln")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            return dir ?? throw new InvalidOperationException("The tests must run inside the repository.");
        }
    }

    /// <summary>The shared data folder, or null when it is absent.</summary>
    public static string? Folder => Root.Value;

    /// <summary>A path inside the shared data folder; only call it from a <see cref="SharedDataFactAttribute"/> test.</summary>
    public static string PathTo(string relative) =>
        System.IO.Path.Combine(Folder ?? throw new InvalidOperationException("../shared/data is absent."), relative);
}

/// <summary>A fact that needs <c>../shared/data</c>; skipped (with the reason) when the folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the shared corpora are not next to the repository.</summary>
    public SharedDataFactAttribute()
    {
        if (SharedData.Folder is null)
        {
            Skip = "needs ../shared/data (the corpora are not part of the repository)";
        }
    }
}
