using System.Collections.Immutable;

namespace Byline.Articles;

/// <summary>Reads a byline line ("By Jane Doe and John Roe, Reuters") into author names.</summary>
internal static class BylineParser
{
    private static readonly string[] NotNames =
    [
        "staff", "writer", "reporter", "correspondent", "editor", "contributor", "associated press", "reuters", "afp",
        "bloomberg", "news", "times", "post", "press", "agency", "ap", "cnn", "bbc", "updated", "published",
    ];

    /// <summary>True when the line is a byline; <paramref name="names"/> holds the authors it names.</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out ImmutableArray<string> names)
    {
        names = [];
        if (line.Length < 5 || line.Length > 160 || !line.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> rest = line[3..].Trim();
        if (rest.IsEmpty || !char.IsUpper(rest[0]))
        {
            return false;
        }

        // The byline ends at a separator that introduces something else: "|", " - ", " — ", "•", a date.
        int cut = rest.IndexOfAny("|•—–(");
        if (cut > 0)
        {
            rest = rest[..cut];
        }

        var result = ImmutableArray.CreateBuilder<string>();
        string normalized = rest.ToString().Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" & ", ",", StringComparison.Ordinal).Replace(";", ",", StringComparison.Ordinal);
        foreach (string part in normalized.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (LooksLikeName(part))
            {
                result.Add(part);
            }
        }

        if (result.Count == 0)
        {
            return false;
        }

        names = result.ToImmutable();
        return true;
    }

    private static bool LooksLikeName(string part)
    {
        string[] words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5)
        {
            return false;
        }

        foreach (string w in words)
        {
            if (!char.IsUpper(w[0]))
            {
                return false;
            }

            foreach (string bad in NotNames)
            {
                if (w.Equals(bad, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
