using Byline.Internal;

namespace Byline.Entities.Tagging;

/// <summary>
/// Hierarchical word clusters learned from unlabeled news text: each word has a bit path (the root-to-leaf path in
/// a binary tree), so prefixes of the path are coarser clusters, as with Brown clusters.
/// </summary>
internal sealed class WordClusters
{
    private readonly SpanLookup<uint> _paths; // path bits in the low 24 bits, length in the high 8

    public WordClusters(IReadOnlyList<string> words, IReadOnlyList<uint> paths)
    {
        Words = words;
        Paths = paths;
        var items = new KeyValuePair<string, uint>[words.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = new(words[i], paths[i]);
        }

        _paths = new SpanLookup<uint>(items, ignoreCase: false);
    }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<uint> Paths { get; }

    public static WordClusters Empty { get; } = new([], []);

    public static uint Pack(uint bits, int length) => bits | ((uint)length << 24);

    /// <summary>The packed path of a word (exact spelling first, then lower case), 0 when unknown.</summary>
    public uint Lookup(ReadOnlySpan<char> word)
    {
        if (_paths.TryGetValue(word, out uint path))
        {
            return path;
        }

        if (word.Length <= 64)
        {
            Span<char> lower = stackalloc char[word.Length];
            word.ToLowerInvariant(lower);
            if (!lower.SequenceEqual(word) && _paths.TryGetValue(lower, out path))
            {
                return path;
            }
        }

        return 0;
    }

    /// <summary>Whether a word's lower-case form is in the vocabulary ("chef", "time": common words, even when capitalized).</summary>
    public bool KnowsLowerCase(ReadOnlySpan<char> word)
    {
        if (word.Length > 64)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Lookup(lower) != 0;
    }

    /// <summary>The first <paramref name="length"/> bits of a packed path, tagged with the length used.</summary>
    public static uint Prefix(uint packed, int length)
    {
        int have = (int)(packed >> 24);
        if (have == 0)
        {
            return 0;
        }

        int use = Math.Min(have, length);
        uint bits = (packed & 0xFFFFFF) >> (have - use);
        return bits | ((uint)use << 24) | 0x80000000u;
    }
}
