using Byline.Entities.Tagging;
using Byline.Internal;
using Byline.Text;

namespace Byline.Entities;

/// <summary>
/// Phrases from several lexicons, matched case-insensitively over tokens (longest first). Each phrase carries the
/// bit mask of the lexicons it comes from. Read-only after construction, so it is thread-safe.
/// </summary>
internal sealed class PhraseLexicon
{
    public const int MaxTokens = 6;

    private readonly Dictionary<ulong, int> _phrases = [];
    private readonly Dictionary<ulong, int> _firstWords = []; // lowercase hash of a phrase's first token -> categories

    /// <summary>Adds every phrase of an embedded lexicon file under <paramref name="category"/> (a bit index).</summary>
    public PhraseLexicon AddResource(string resource, int category)
    {
        foreach (string line in Resources.ReadLines(resource))
        {
            Add(line, category);
        }

        return this;
    }

    public void Add(string phrase, int category)
    {
        var tokens = EnglishTokenizer.Tokenize(phrase);
        if (tokens.IsEmpty || tokens.Length > MaxTokens)
        {
            return;
        }

        ulong h = Gazetteer.Start;
        foreach (Token t in tokens)
        {
            h = Gazetteer.Extend(h, StableHash.OfLower(phrase.AsSpan(t.Start, t.Length)));
        }

        _phrases[h] = _phrases.GetValueOrDefault(h) | (1 << category);
        ulong first = StableHash.OfLower(phrase.AsSpan(tokens[0].Start, tokens[0].Length));
        _firstWords[first] = _firstWords.GetValueOrDefault(first) | (1 << category);
    }

    /// <summary>The lowercase hashes of the tokens, computed once per document for <see cref="Match(ReadOnlySpan{ulong}, int, int)"/>.</summary>
    public static void HashTokens(string text, ReadOnlySpan<Token> tokens, Span<ulong> hashes)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            hashes[i] = StableHash.OfLower(text.AsSpan(tokens[i].Start, tokens[i].Length));
        }
    }

    /// <summary>The longest phrase of <paramref name="category"/> starting at token <paramref name="i"/>: its token count, or 0.</summary>
    public int Match(ReadOnlySpan<ulong> hashes, int i, int category)
    {
        if (!_firstWords.TryGetValue(hashes[i], out int firstMask) || (firstMask & (1 << category)) == 0)
        {
            return 0;
        }

        ulong h = Gazetteer.Start;
        int best = 0;
        int end = Math.Min(hashes.Length, i + MaxTokens);
        for (int j = i; j < end; j++)
        {
            h = Gazetteer.Extend(h, hashes[j]);
            if (_phrases.TryGetValue(h, out int mask) && (mask & (1 << category)) != 0)
            {
                best = j - i + 1;
            }
        }

        return best;
    }

    /// <summary>The longest phrase of <paramref name="category"/> starting at token <paramref name="i"/>: its token count, or 0.</summary>
    public int Match(string text, ReadOnlySpan<Token> tokens, int i, int category)
    {
        int end = Math.Min(tokens.Length, i + MaxTokens);
        Span<ulong> hashes = stackalloc ulong[end - i];
        HashTokens(text, tokens[i..end], hashes);
        return Match(hashes, 0, category);
    }

    /// <summary>Whether the single token with lowercase hash <paramref name="hash"/> is a phrase of <paramref name="category"/>.</summary>
    public bool Is(ulong hash, int category) =>
        _firstWords.TryGetValue(hash, out int first) && (first & (1 << category)) != 0
        && _phrases.TryGetValue(Gazetteer.Extend(Gazetteer.Start, hash), out int mask) && (mask & (1 << category)) != 0;

    /// <summary>Whether the single token is a phrase of <paramref name="category"/>.</summary>
    public bool Is(string text, Token token, int category) =>
        Is(StableHash.OfLower(text.AsSpan(token.Start, token.Length)), category);
}
