using Byline.Internal;

namespace Byline.Articles;

/// <summary>The boilerplate line rules of <c>Resources/boilerplate.txt</c>.</summary>
internal static class BoilerplateRules
{
    private sealed record Rule(string Pattern, bool AtStart, BoilerplateKind Kind);

    private static readonly Lazy<Rule[]> Rules = new(Load);

    /// <summary>The kind of boilerplate a trimmed line is, or <see langword="null"/> when it is body text.</summary>
    public static BoilerplateKind? Match(ReadOnlySpan<char> line)
    {
        foreach (Rule rule in Rules.Value)
        {
            bool hit = rule.AtStart
                ? line.StartsWith(rule.Pattern, StringComparison.OrdinalIgnoreCase)
                : line.Contains(rule.Pattern, StringComparison.OrdinalIgnoreCase);
            if (hit)
            {
                return rule.Kind;
            }
        }

        return null;
    }

    private static Rule[] Load()
    {
        var rules = new List<Rule>();
        foreach (string line in Resources.ReadLines("boilerplate.txt"))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidOperationException($"boilerplate.txt: expected 'kind<TAB>pattern', got '{line}'.");
            }

            BoilerplateKind kind = line[..tab] switch
            {
                "copyright" => BoilerplateKind.Copyright,
                "redistribution" => BoilerplateKind.Redistribution,
                "readmore" => BoilerplateKind.ReadMore,
                "social" => BoilerplateKind.SocialPrompt,
                "newsletter" => BoilerplateKind.Newsletter,
                "clickhere" => BoilerplateKind.ClickHere,
                "imagecredit" => BoilerplateKind.ImageCredit,
                "advertisement" => BoilerplateKind.Advertisement,
                "other" => BoilerplateKind.Other,
                var other => throw new InvalidOperationException($"boilerplate.txt: unknown kind '{other}'."),
            };
            string pattern = line[(tab + 1)..];
            bool atStart = pattern.StartsWith('^');
            rules.Add(new Rule(atStart ? pattern[1..] : pattern, atStart, kind));
        }

        return [.. rules];
    }
}
