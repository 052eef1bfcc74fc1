using Byline.Internal;

namespace Byline.Articles;

/// <summary>The boilerplate line rules of <c>Resources/boilerplate.txt</c>.</summary>
internal static class BoilerplateRules
{
    private sealed record Rule(string Pattern, bool AtStart, bool Whole, BoilerplateKind Kind);

    private static readonly Lazy<Rule[]> Rules = new(() => Load("boilerplate.txt"));
    private static readonly Lazy<Rule[]> HtmlRules = new(() => Load("html-boilerplate.txt"));

    /// <summary>The kind of boilerplate a trimmed line is, or <see langword="null"/> when it is body text.</summary>
    public static BoilerplateKind? Match(ReadOnlySpan<char> line) => Match(Rules.Value, line);

    /// <summary>
    /// Like <see cref="Match(ReadOnlySpan{char})"/>, plus the rules of <c>Resources/html-boilerplate.txt</c>: page
    /// furniture that is a whole block in HTML ("Share", "Advertisement") but could be body text in a plain-text article.
    /// </summary>
    public static BoilerplateKind? MatchHtmlBlock(ReadOnlySpan<char> line) => Match(Rules.Value, line) ?? Match(HtmlRules.Value, line);

    private static BoilerplateKind? Match(Rule[] rules, ReadOnlySpan<char> line)
    {
        // A credit in brackets is still a credit: "(Reporting by Sarah Young; Editing by Jason Neely)". (A whole line in
        // brackets only: "(More: ...) the council said" stays body text.)
        ReadOnlySpan<char> trimmed = line.Trim();
        ReadOnlySpan<char> opened = trimmed.Length > 2 && (trimmed[0] == '(' && trimmed[^1] == ')' || trimmed[0] == '[' && trimmed[^1] == ']')
            ? trimmed[1..]
            : line;
        foreach (Rule rule in rules)
        {
            bool hit = rule.Whole
                ? line.Trim().TrimEnd(".:!").Equals(rule.Pattern, StringComparison.OrdinalIgnoreCase)
                : rule.AtStart
                ? line.StartsWith(rule.Pattern, StringComparison.OrdinalIgnoreCase) || opened.StartsWith(rule.Pattern, StringComparison.OrdinalIgnoreCase)
                : line.Contains(rule.Pattern, StringComparison.OrdinalIgnoreCase);
            if (hit)
            {
                return rule.Kind;
            }
        }

        return null;
    }

    private static Rule[] Load(string name)
    {
        var rules = new List<Rule>();
        foreach (string line in Resources.ReadLines(name))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidOperationException($"{name}: expected 'kind<TAB>pattern', got '{line}'.");
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
                var other => throw new InvalidOperationException($"{name}: unknown kind '{other}'."),
            };
            string pattern = line[(tab + 1)..];
            bool atStart = pattern.StartsWith('^');
            bool whole = pattern.EndsWith('$');
            pattern = pattern[(atStart ? 1 : 0)..(whole ? pattern.Length - 1 : pattern.Length)];
            rules.Add(new Rule(pattern, atStart, whole, kind));
        }

        return [.. rules];
    }
}
