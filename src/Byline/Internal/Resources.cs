using System.Reflection;

namespace Byline.Internal;

/// <summary>Reads the lexicons and models embedded in the assembly (<c>src/Byline/Resources</c>).</summary>
internal static class Resources
{
    private static readonly Assembly Assembly = typeof(Resources).Assembly;

    /// <summary>Opens an embedded resource by its file name (e.g. <c>abbreviations.txt</c>).</summary>
    public static Stream Open(string name) =>
        Assembly.GetManifestResourceStream("Byline.Resources." + name)
        ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the Byline assembly.");

    /// <summary>
    /// The entries of a line-based lexicon: one entry a line, <c>#</c> starts a comment, blank lines are skipped,
    /// surrounding white space is trimmed.
    /// </summary>
    public static IEnumerable<string> ReadLines(string name)
    {
        using var reader = new StreamReader(Open(name));
        while (reader.ReadLine() is { } line)
        {
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            // A '#' preceded by a space or at the start begins a comment ("#" alone is a legal entry elsewhere).
            if (hash == 0 || (hash > 0 && char.IsWhiteSpace(line[hash - 1])))
                line = line[..hash];
            line = line.Trim();
            if (line.Length != 0)
                yield return line;
        }
    }
}
