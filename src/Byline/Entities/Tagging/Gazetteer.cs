namespace Byline.Entities.Tagging;

/// <summary>
/// Name lists compiled into a table of phrase hashes (case-insensitive, over tokens) with a bit mask of categories
/// per phrase. Only the hashes ship, not the lists. Read-only after construction, so it is thread-safe.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxPhraseTokens = 5;

    /// <summary>Category bits.</summary>
    public const int Person = 0, FirstName = 1, LastName = 2, Organization = 3, Location = 4, Gpe = 5, Misc = 6, Demonym = 7;
    public const int CategoryCount = 8;

    private readonly uint[] _keys;   // 0 = empty slot
    private readonly byte[] _masks;
    private readonly int _mask;

    public Gazetteer(uint[] keys, byte[] masks)
    {
        Keys = keys;
        Masks = masks;
        int size = 16;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        _keys = new uint[size];
        _masks = new byte[size];
        _mask = size - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            uint k = keys[i];
            int slot = (int)(k & (uint)_mask);
            while (_keys[slot] != 0 && _keys[slot] != k)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = k;
            _masks[slot] |= masks[i];
        }
    }

    /// <summary>The entries as given (for saving).</summary>
    public uint[] Keys { get; }

    /// <summary>The masks as given (for saving).</summary>
    public byte[] Masks { get; }

    public static Gazetteer Empty { get; } = new([], []);

    /// <summary>Starts a phrase hash.</summary>
    public static ulong Start => 0x243F6A8885A308D3UL;

    /// <summary>Extends a phrase hash with the lowercase hash of its next token.</summary>
    public static ulong Extend(ulong phrase, ulong tokenLowerHash) => StableHash.Combine(phrase, tokenLowerHash);

    /// <summary>The table key of a phrase hash (never 0).</summary>
    public static uint KeyOf(ulong phrase)
    {
        uint k = (uint)(phrase >> 32);
        return k == 0 ? 1u : k;
    }

    /// <summary>
    /// The categories of the phrase made of tokens [<paramref name="first"/>, <paramref name="end"/>) of
    /// <paramref name="text"/> (case-insensitive); 0 when the phrase is longer than <see cref="MaxPhraseTokens"/>.
    /// </summary>
    public byte Lookup(string text, ReadOnlySpan<Byline.Text.Token> tokens, int first, int end)
    {
        if (end - first > MaxPhraseTokens)
        {
            return 0;
        }

        ulong h = Start;
        for (int i = first; i < end; i++)
        {
            h = Extend(h, StableHash.OfLower(text.AsSpan(tokens[i].Start, tokens[i].Length)));
        }

        return Lookup(h);
    }

    /// <summary>The categories of a phrase hash made with <see cref="Start"/> and <see cref="Extend"/>, 0 if unknown.</summary>
    public byte Lookup(ulong phrase)
    {
        uint k = KeyOf(phrase);
        int slot = (int)(k & (uint)_mask);
        while (true)
        {
            uint found = _keys[slot];
            if (found == k)
            {
                return _masks[slot];
            }

            if (found == 0)
            {
                return 0;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
