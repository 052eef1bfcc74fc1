using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Entities;

/// <summary>
/// Document-level consistency after the recognizers: a name the article uses as a mention somewhere
/// ("Australia", or the surname of "Cres Eastman") is a mention wherever else it occurs in capitals, when no
/// recognizer claimed those words. An acronym defined in brackets after a name ("the World Health Organisation
/// (WHO)") is a mention of the name's type, and so a name the article uses, though the filter for capitals that spell
/// a common word ("WHO") dropped it. A word that opens in lower case and goes on in capitals ("eBay", "iPhone",
/// "wikiHow") is a name however it is written; the tagger, which reads capitals, leaves most of them.
/// A repeat that touches a tagged name across one space ("Cyclone" before the tagged "Phailin") completes that
/// mention instead of standing beside it.
/// </summary>
internal static class NameRepeats
{
    public static ImmutableArray<EntityMention> Add(string text, ImmutableArray<Token> tokens, ImmutableArray<EntityMention> mentions)
    {
        if (mentions.IsDefault || tokens.IsDefaultOrEmpty)
        {
            return mentions;
        }

        // Token index ranges of the name mentions, and which tokens are already covered.
        var covered = new bool[tokens.Length];
        var owner = new int[tokens.Length]; // index of the mention that covers each token, or -1
        Array.Fill(owner, -1);
        var names = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        int t = 0;
        for (int index = 0; index < mentions.Length; index++)
        {
            EntityMention m = mentions[index];
            while (t < tokens.Length && tokens[t].End <= m.Span.Start) t++;
            int first = t, end = t;
            while (end < tokens.Length && tokens[end].Start < m.Span.End)
            {
                owner[end] = index;
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

        var added = new List<EntityMention>();
        AddDefinedAcronyms(text, tokens.AsSpan(), mentions, covered, names, added);
        AddLowerCamelNames(text, tokens.AsSpan(), covered, added);
        var lookup = new Byline.Internal.SpanLookup<EntityType>(names, ignoreCase: false);
        Dictionary<int, (TextSpan Span, EntityType Type)>? extended = null;
        for (int i = 0; i < tokens.Length && names.Count > 0; i++)
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
                    if (!longer && ExtendableNeighbour(text, tokens, mentions, owner, i, i + n) is int neighbour and >= 0)
                    {
                        // "Cyclone" right before the tagged "Phailin": the tagger cut the name, the repeat completes it.
                        // A thing's name beats the tagger's person reading of the cut part ("Phailin" tagged PERSON).
                        (TextSpan span, EntityType was) = (extended ??= []).TryGetValue(neighbour, out var sofar) ? sofar : (mentions[neighbour].Span, mentions[neighbour].Type);
                        extended[neighbour] = (TextSpan.FromBounds(Math.Min(span.Start, tokens[i].Start), Math.Max(span.End, tokens[i + n - 1].End)),
                            was == EntityType.Person && type != EntityType.Person ? type : was);
                        for (int k = i; k < i + n; k++) covered[k] = true;
                    }
                    else if (!longer)
                    {
                        added.Add(new EntityMention(TextSpan.FromBounds(tokens[i].Start, tokens[i + n - 1].End), type));
                        for (int k = i; k < i + n; k++) covered[k] = true;
                    }

                    break;
                }
            }
        }

        if (added.Count == 0 && extended is null)
        {
            return mentions;
        }

        var all = mentions.ToBuilder();
        if (extended is not null)
        {
            foreach ((int index, (TextSpan span, EntityType type)) in extended)
            {
                all[index] = all[index] with { Span = span, Type = type };
            }
        }

        all.AddRange(added);
        all.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        return all.ToImmutable();
    }

    /// <summary>
    /// The name mention that tokens [<paramref name="from"/>, <paramref name="to"/>) touch across one space, capital to
    /// capital, so that together they are one name; -1 when there is none.
    /// </summary>
    private static int ExtendableNeighbour(string text, ImmutableArray<Token> tokens, ImmutableArray<EntityMention> mentions, int[] owner, int from, int to)
    {
        if (to < tokens.Length && owner[to] >= 0 && IsThingOrPerson(mentions[owner[to]].Type) && mentions[owner[to]].Span.Start == tokens[to].Start
            && tokens[to].Start - tokens[to - 1].End == 1 && text[tokens[to - 1].End] == ' ' && char.IsUpper(text[tokens[to].Start]))
        {
            return owner[to];
        }

        if (from > 0 && owner[from - 1] >= 0 && IsThingOrPerson(mentions[owner[from - 1]].Type) && mentions[owner[from - 1]].Span.End == tokens[from - 1].End
            && tokens[from].Start - tokens[from - 1].End == 1 && text[tokens[from - 1].End] == ' ' && char.IsUpper(text[tokens[from - 1].Start]))
        {
            return owner[from - 1];
        }

        return -1;
    }

    private static bool IsThingOrPerson(EntityType type) => type == EntityType.Person || EntityClusterer.IsThingName(type);

    private static void AddDefinedAcronyms(string text, ReadOnlySpan<Token> tokens, ImmutableArray<EntityMention> mentions, bool[] covered,
        Dictionary<string, EntityType> names, List<EntityMention> added)
    {
        var words = new List<string>();
        foreach (EntityMention m in mentions)
        {
            if (!EntityClusterer.IsThingName(m.Type))
            {
                continue;
            }

            // "<name> ( <ACRONYM> )", the acronym untagged.
            int after = Token.IndexAt(tokens, m.Span.End);
            if (after + 2 >= tokens.Length || tokens[after].Start < m.Span.End || text[tokens[after].Start] != '(' || tokens[after].Length != 1
                || text[tokens[after + 2].Start] != ')' || covered[after + 1])
            {
                continue;
            }

            string acronym = text.Substring(tokens[after + 1].Start, tokens[after + 1].Length);
            if (acronym.Length < 2 || !IsAllCaps(acronym))
            {
                continue;
            }

            words.Clear();
            for (int t = Token.IndexAt(tokens, m.Span.Start); t < after; t++)
            {
                if (tokens[t].Kind is TokenKind.Word or TokenKind.Abbreviation && !(words.Count == 0 && text.AsSpan(tokens[t].Start, tokens[t].Length).Equals("the", StringComparison.OrdinalIgnoreCase)))
                {
                    words.Add(text.Substring(tokens[t].Start, tokens[t].Length));
                }
            }

            if (EntityClusterer.IsAcronymOf(acronym, [.. words]))
            {
                added.Add(new EntityMention(new TextSpan(tokens[after + 1].Start, tokens[after + 1].Length), m.Type));
                covered[after + 1] = true;
                names.TryAdd(acronym, m.Type);
            }
        }
    }

    private static void AddLowerCamelNames(string text, ReadOnlySpan<Token> tokens, bool[] covered, List<EntityMention> added)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (covered[i] || tokens[i].Kind != TokenKind.Word || !IsLowerCamel(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                continue;
            }

            ulong h = Tagging.Gazetteer.Extend(Tagging.Gazetteer.Start, Tagging.StableHash.OfLower(text.AsSpan(tokens[i].Start, tokens[i].Length)));
            bool organization = (Tagging.NerModel.Default.Gazetteer.Lookup(h) & (1 << Tagging.Gazetteer.Organization)) != 0;
            added.Add(new EntityMention(new TextSpan(tokens[i].Start, tokens[i].Length), organization ? EntityType.Organization : EntityType.Misc));
            covered[i] = true;
        }
    }

    /// <summary>"eBay", "iPhone", "wikiHow": one to four lower-case letters, then a capital and lower-case letters only.</summary>
    internal static bool IsLowerCamel(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !char.IsAsciiLetterLower(word[0]))
        {
            return false;
        }

        int k = 1;
        while (k < word.Length && char.IsAsciiLetterLower(word[k])) k++;
        if (k > 4 || k + 2 > word.Length || !char.IsAsciiLetterUpper(word[k]))
        {
            return false;
        }

        for (int j = k + 1; j < word.Length; j++)
        {
            if (!char.IsAsciiLetterLower(word[j])) return false;
        }

        return true;
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
