using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Entities;

/// <summary>
/// Document-level consistency after the recognizers: a name the article uses as a mention somewhere
/// ("Australia", or the surname of "Cres Eastman") is a mention wherever else it occurs in capitals, when no
/// recognizer claimed those words.
/// </summary>
internal static class NameRepeats
{
    public static ImmutableArray<EntityMention> Add(string text, ImmutableArray<Token> tokens, ImmutableArray<EntityMention> mentions)
    {
        if (mentions.IsDefaultOrEmpty || tokens.IsDefaultOrEmpty)
        {
            return mentions;
        }

        // Token index ranges of the name mentions, and which tokens are already covered.
        var covered = new bool[tokens.Length];
        var names = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        int t = 0;
        foreach (EntityMention m in mentions)
        {
            while (t < tokens.Length && tokens[t].End <= m.Span.Start) t++;
            int first = t, end = t;
            while (end < tokens.Length && tokens[end].Start < m.Span.End)
            {
                covered[end++] = true;
            }

            if (!m.Type.IsName || end == first)
            {
                continue;
            }

            string name = text.Substring(m.Span.Start, m.Span.Length);
            if (name.Length > 2 && char.IsUpper(name[0]))
            {
                names.TryAdd(name, m.Type);
            }

            // The surname of a person named in full: the last word before a comma ("Mark Tedeschi, QC").
            if (m.Type == EntityType.Person && end - first >= 2)
            {
                int last = end - 1;
                for (int k = first + 1; k < end; k++)
                {
                    if (tokens[k].Length == 1 && text[tokens[k].Start] == ',')
                    {
                        last = k - 1;
                        break;
                    }
                }

                if (last > first)
                {
                    string surname = text.Substring(tokens[last].Start, tokens[last].Length);
                    if (surname.Length > 2 && char.IsUpper(surname[0]) && !IsAllCaps(surname))
                    {
                        names.TryAdd(surname, EntityType.Person);
                    }
                }
            }
        }

        if (names.Count == 0)
        {
            return mentions;
        }

        var added = new List<EntityMention>();
        var lookup = new Byline.Internal.SpanLookup<EntityType>(names, ignoreCase: false);
        for (int i = 0; i < tokens.Length; i++)
        {
            if (covered[i] || !char.IsUpper(text[tokens[i].Start]))
            {
                continue;
            }

            // Longest name of up to four tokens starting here.
            for (int n = Math.Min(4, tokens.Length - i); n >= 1; n--)
            {
                bool free = true;
                for (int k = i; k < i + n; k++) free &= !covered[k];
                if (!free) continue;
                if (lookup.TryGetValue(text.AsSpan(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start), out EntityType type))
                {
                    // Not the first part of a longer capitalized name ("Australia" in "Western Australia" is left alone).
                    bool longer = (i + n < tokens.Length && tokens[i + n].Kind == TokenKind.Word && char.IsUpper(text[tokens[i + n].Start]) && !covered[i + n])
                                  || (i > 0 && tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i - 1].Start]) && !covered[i - 1] && !IsSentenceStartWord(text, tokens, i - 1));
                    if (!longer)
                    {
                        added.Add(new EntityMention(TextSpan.FromBounds(tokens[i].Start, tokens[i + n - 1].End), type));
                        for (int k = i; k < i + n; k++) covered[k] = true;
                    }

                    break;
                }
            }
        }

        if (added.Count == 0)
        {
            return mentions;
        }

        var all = mentions.ToBuilder();
        all.AddRange(added);
        all.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        return all.ToImmutable();
    }

    private static bool IsAllCaps(string s)
    {
        foreach (char c in s)
        {
            if (char.IsLower(c)) return false;
        }

        return true;
    }

    /// <summary>A capitalized word that only has its capital because it starts a sentence or line ("Professor" is not).</summary>
    private static bool IsSentenceStartWord(string text, ImmutableArray<Token> tokens, int i) =>
        i == 0 || tokens[i - 1].Kind == TokenKind.Punctuation && text[tokens[i - 1].Start] is '.' or '!' or '?'
        || text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n');
}
