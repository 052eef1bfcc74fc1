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
    }

    /// <summary>The longest phrase of <paramref name="category"/> starting at token <paramref name="i"/>: its token count, or 0.</summary>
    public int Match(string text, ReadOnlySpan<Token> tokens, int i, int category)
    {
        ulong h = Gazetteer.Start;
        int best = 0;
        int end = Math.Min(tokens.Length, i + MaxTokens);
        for (int j = i; j < end; j++)
        {
            h = Gazetteer.Extend(h, StableHash.OfLower(text.AsSpan(tokens[j].Start, tokens[j].Length)));
            if (_phrases.TryGetValue(h, out int mask) && (mask & (1 << category)) != 0)
            {
                best = j - i + 1;
            }
        }

        return best;
    }

    /// <summary>Whether the single token is a phrase of <paramref name="category"/>.</summary>
    public bool Is(string text, Token token, int category) =>
        _phrases.TryGetValue(Gazetteer.Extend(Gazetteer.Start, StableHash.OfLower(text.AsSpan(token.Start, token.Length))), out int mask)
        && (mask & (1 << category)) != 0;
}
