namespace Byline.Tests.Quotes;

/// <summary>One expected quote of a spec case.</summary>
internal sealed record ExpectedQuote(string Kind, string Text, string? Speaker, string? Name, string? Cue, IReadOnlyList<string> Fragments);

/// <summary>
/// A quote spec case read from <c>Specs/Quotes/*.md</c>: a <c>## title</c>, a fenced <c>text</c> block (paragraphs
/// separated by blank lines), then one bullet per expected quote:
/// <c>* direct ⟦quoted words⟧ speaker ⟦she⟧ name ⟦Linda Okafor⟧ cue ⟦said⟧ fragments ⟦a⟧ ⟦b⟧</c>.
/// <c>speaker ⟦-⟧</c> expects no speaker; a field left out is not checked; <c>* none</c> expects no quotes at all.
/// </summary>
internal sealed record QuoteSpec(string File, string Title, string Text, IReadOnlyList<ExpectedQuote> Quotes)
{
    public string Id => $"{File}: {Title}";

    public static IReadOnlyList<QuoteSpec> ReadAll()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Specs", "Quotes");
        var specs = new List<QuoteSpec>();
        foreach (string path in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            specs.AddRange(Read(Path.GetFileName(path), System.IO.File.ReadAllLines(path)));
        }

        return specs;
    }

    public static IEnumerable<QuoteSpec> Read(string file, string[] lines)
    {
        string? title = null;
        string? text = null;
        var quotes = new List<ExpectedQuote>();
        bool expectNone = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (title is not null)
                {
                    yield return Finish(file, title, text, quotes, expectNone);
                }

                title = line[3..].Trim();
                text = null;
                quotes = [];
                expectNone = false;
            }
            else if (line.StartsWith("```text", StringComparison.Ordinal))
            {
                var body = new List<string>();
                while (++i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal))
                {
                    body.Add(lines[i]);
                }

                text = string.Join("\n", body);
            }
            else if (line.StartsWith("* ", StringComparison.Ordinal) && title is not null)
            {
                string rest = line[2..].Trim();
                while (rest.Count(c => c == '⟦') > rest.Count(c => c == '⟧') && i + 1 < lines.Length)
                {
                    rest += "\n" + lines[++i]; // a quote that runs over several paragraphs
                }

                if (rest == "none")
                {
                    expectNone = true;
                    continue;
                }

                quotes.Add(ParseQuote(rest, file, title));
            }
        }

        if (title is not null)
        {
            yield return Finish(file, title, text, quotes, expectNone);
        }
    }

    private static QuoteSpec Finish(string file, string title, string? text, List<ExpectedQuote> quotes, bool expectNone)
    {
        if (text is null)
        {
            throw new InvalidDataException($"{file}: '{title}' has no ```text block.");
        }

        if (quotes.Count == 0 && !expectNone)
        {
            throw new InvalidDataException($"{file}: '{title}' expects nothing; write '* none' for no quotes.");
        }

        return new QuoteSpec(file, title, text, quotes);
    }

    private static ExpectedQuote ParseQuote(string rest, string file, string title)
    {
        int space = rest.IndexOf(' ', StringComparison.Ordinal);
        string kind = rest[..space];
        var fields = new List<(string Key, string Value)>();
        string key = "text";
        int pos = space;
        while (pos < rest.Length)
        {
            int open = rest.IndexOf('⟦', pos);
            if (open < 0)
            {
                break;
            }

            string between = rest[pos..open].Trim();
            if (between.Length > 0)
            {
                key = between;
            }

            int close = rest.IndexOf('⟧', open);
            if (close < 0)
            {
                throw new InvalidDataException($"{file}: '{title}': unclosed ⟦ in '{rest}'.");
            }

            fields.Add((key, rest[(open + 1)..close]));
            pos = close + 1;
        }

        string? Get(string k) => fields.Where(f => f.Key == k).Select(f => f.Value).FirstOrDefault();
        return new ExpectedQuote(kind, Get("text") ?? throw new InvalidDataException($"{file}: '{title}': no quote text in '{rest}'."),
            Get("speaker"), Get("name"), Get("cue"), fields.Where(f => f.Key == "fragments").Select(f => f.Value).ToList());
    }
}
