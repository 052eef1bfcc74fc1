using Byline.Internal;

namespace Byline.Text;

/// <summary>How an abbreviation's period behaves at a possible sentence end.</summary>
internal enum AbbreviationClass : byte
{
    None,
    Title,
    Number,
    Month,
    Company,
    Other,
}

/// <summary>The abbreviation lexicon (<c>Resources/abbreviations.txt</c>) and the sentence-starter words.</summary>
internal static class Abbreviations
{
    private static readonly Lazy<SpanLookup<AbbreviationClass>> Lexicon = new(Load);
    private static readonly Lazy<SpanSet> Starters = new(() => new SpanSet(Resources.ReadLines("sentence-starters.txt"), ignoreCase: false));

    /// <summary>The class of a word written before a period (without the period, dots inside removed by the caller).</summary>
    public static AbbreviationClass Classify(ReadOnlySpan<char> word)
    {
        if (word.Length > 8)
        {
            return AbbreviationClass.None;
        }

        return Lexicon.Value.TryGetValue(word, out AbbreviationClass c) ? c : AbbreviationClass.None;
    }

    /// <summary>The class of an abbreviation token such as "a.m." or "Gen." (its text with the final period).</summary>
    public static AbbreviationClass ClassifyToken(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[8];
        int n = 0;
        foreach (char c in token)
        {
            if (c == '.')
            {
                continue;
            }

            if (n == buffer.Length)
            {
                return AbbreviationClass.None;
            }

            buffer[n++] = c;
        }

        return Classify(buffer[..n]);
    }

    /// <summary>True for a capitalized word that typically starts a sentence ("The", "He", "How").</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => Starters.Value.Contains(word);

    private static SpanLookup<AbbreviationClass> Load()
    {
        var items = new List<KeyValuePair<string, AbbreviationClass>>();
        foreach (string line in Resources.ReadLines("abbreviations.txt"))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidOperationException($"abbreviations.txt: expected 'word<TAB>class', got '{line}'.");
            }

            AbbreviationClass cls = line[(tab + 1)..].Trim() switch
            {
                "title" => AbbreviationClass.Title,
                "number" => AbbreviationClass.Number,
                "month" => AbbreviationClass.Month,
                "company" => AbbreviationClass.Company,
                "other" => AbbreviationClass.Other,
                var other => throw new InvalidOperationException($"abbreviations.txt: unknown class '{other}'."),
            };
            items.Add(new(line[..tab], cls));
        }

        return new SpanLookup<AbbreviationClass>(items, ignoreCase: true);
    }
}
