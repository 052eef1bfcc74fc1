using Byline.Internal;

namespace Byline.Quotes;

/// <summary>What a cue can do, from the tags of <c>Resources/quote-cues.txt</c>.</summary>
[Flags]
internal enum CueFlags : byte
{
    None = 0,

    /// <summary>A speech or attribution verb form.</summary>
    Verb = 1,

    /// <summary>May take the hearer before the reported clause: told reporters that ...</summary>
    Addressee = 2,

    /// <summary>Heads reported speech only with an explicit "that".</summary>
    ThatOnly = 4,

    /// <summary>Attributes quotation-mark quotes only.</summary>
    DirectOnly = 8,

    /// <summary>A phrase of several words ("according to").</summary>
    Phrase = 16,

    /// <summary>Reports an intention or commitment through a to-infinitive: wants to ..., vowed to ..., agreed to ...</summary>
    Infinitive = 32,

    /// <summary>
    /// Reports its object, a thing judged or spoken of (criticized the plan as ..., mentioned the closing of the mill,
    /// discussed her plan): the report ends before the time, place or reason of the judgment; a clause after "that" is
    /// reported whole.
    /// </summary>
    Object = 64,

    /// <summary>Reports its object only with "as" and what it is seen as: sees him as a uniter, portrayed the plan as ...</summary>
    AsObject = 128,
}

/// <summary>The cue lexicon: speech verbs in all their forms and attribution phrases, loaded once into frozen lookups.</summary>
internal sealed class CueLexicon
{
    private static readonly Lazy<CueLexicon> Lazy = new(() => new CueLexicon(Resources.ReadLines("quote-cues.txt")));

    private readonly SpanLookup<CueFlags> _words;
    private readonly SpanLookup<string[][]> _phrases; // first word -> phrases (as word arrays), longest first
    private readonly Dictionary<string[], CueFlags> _phraseFlags = new(ReferenceEqualityComparer.Instance);

    internal CueLexicon(IEnumerable<string> lines)
    {
        var words = new List<KeyValuePair<string, CueFlags>>();
        var phrases = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines)
        {
            int bar = line.IndexOf('|', StringComparison.Ordinal);
            string cue = (bar < 0 ? line : line[..bar]).Trim();
            string tags = bar < 0 ? string.Empty : line[(bar + 1)..];
            CueFlags flags = CueFlags.Verb;
            foreach (string tag in tags.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                flags |= tag switch
                {
                    "addressee" => CueFlags.Addressee,
                    "that-only" => CueFlags.ThatOnly,
                    "direct-only" => CueFlags.DirectOnly,
                    "phrase" => CueFlags.Phrase,
                    "infinitive" => CueFlags.Infinitive,
                    "object" => CueFlags.Object,
                    "as-object" => CueFlags.AsObject | CueFlags.Object,
                    _ => throw new InvalidOperationException($"Unknown cue tag '{tag}' in quote-cues.txt."),
                };
            }

            string[] parts = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1)
            {
                words.Add(new(cue, flags));
            }
            else if (parts.Length > 1)
            {
                if (!phrases.TryGetValue(parts[0], out List<string[]>? list))
                {
                    phrases[parts[0]] = list = [];
                }

                list.Add(parts);
                _phraseFlags[parts] = flags | CueFlags.Phrase;
            }
        }

        _words = new SpanLookup<CueFlags>(words, ignoreCase: true);
        _phrases = new SpanLookup<string[][]>(
            phrases.Select(p => new KeyValuePair<string, string[][]>(p.Key, [.. p.Value.OrderByDescending(a => a.Length)])),
            ignoreCase: true);
    }

    public static CueLexicon Default => Lazy.Value;

    public int WordCount => _words.Count;

    /// <summary>The flags of a single-word cue, or <see cref="CueFlags.None"/>.</summary>
    public CueFlags Word(ReadOnlySpan<char> word) => _words.TryGetValue(word, out CueFlags f) ? f : CueFlags.None;

    /// <summary>The flags of a matched phrase: always <see cref="CueFlags.Phrase"/>, plus its tags.</summary>
    public CueFlags PhraseFlags(string[] phrase) => _phraseFlags.TryGetValue(phrase, out CueFlags f) ? f : CueFlags.Phrase | CueFlags.Verb;

    /// <summary>The phrase starting at word tokens <paramref name="i"/>..: returns its length in words, 0 when none.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="i">First token.</param>
    /// <param name="end">Token limit (exclusive).</param>
    /// <param name="phrase">The matched phrase's words.</param>
    /// <param name="gap">Tokens skipped after the first word ("spoke highly of" for "spoke of"); the length returned counts them.</param>
    public int Phrase(ReadOnlySpan<char> text, ReadOnlySpan<Text.Token> tokens, int i, int end, out string[]? phrase, int gap = 0) =>
        Phrase(text, tokens, i, end, out phrase, out _, gap);

    /// <summary>
    /// The phrase starting at word tokens <paramref name="i"/>..: returns its length in words, 0 when none; and whether any
    /// phrase starts with the first word, so a caller tries a gap only where one could match.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="i">First token.</param>
    /// <param name="end">Token limit (exclusive).</param>
    /// <param name="phrase">The matched phrase's words.</param>
    /// <param name="starts">Whether some phrase starts with the word at <paramref name="i"/>.</param>
    /// <param name="gap">Tokens skipped after the first word; the length returned counts them.</param>
    public int Phrase(ReadOnlySpan<char> text, ReadOnlySpan<Text.Token> tokens, int i, int end, out string[]? phrase, out bool starts, int gap = 0)
    {
        phrase = null;
        if (!_phrases.TryGetValue(text.Slice(tokens[i].Start, tokens[i].Length), out string[][] candidates))
        {
            starts = false;
            return 0;
        }

        starts = true;

        foreach (string[] words in candidates)
        {
            if (i + words.Length + gap > end)
            {
                continue;
            }

            bool ok = true;
            for (int k = 1; k < words.Length && ok; k++)
            {
                Text.Token t = tokens[i + k + gap];
                ok = text.Slice(t.Start, t.Length).Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (ok)
            {
                phrase = words;
                return words.Length + gap;
            }
        }

        return 0;
    }
}
