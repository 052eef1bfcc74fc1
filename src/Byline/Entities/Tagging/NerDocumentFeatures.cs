using System.Runtime.CompilerServices;
using Byline.Text;

namespace Byline.Entities.Tagging;

/// <summary>
/// The features of one document for the entity tagger, as hashed buckets. <see cref="Prepare"/> computes the
/// features that do not depend on predicted labels once per token; <see cref="Dynamic"/> adds the ones that do
/// (previous labels and the labels the same word got earlier in the document). One instance per thread: it keeps
/// its buffers between documents, so tagging allocates little.
/// </summary>
internal sealed class NerDocumentFeatures
{
    public const int MaxStatic = 52;
    public const int MaxDynamic = 8;

    private const byte FlagCap = 1, FlagAllCaps = 2, FlagSentStart = 4, FlagCapSentence = 8, FlagLowerElsewhere = 16,
        FlagCapElsewhere = 32, FlagHasDigit = 64, FlagLetter = 128;

    private static readonly ulong Boundary = StableHash.Of("<S>");

    private readonly WordClusters _clusters;
    private readonly Gazetteer _gazetteer;
    private readonly int _shift;

    private ulong[] _exact = new ulong[256];
    private ulong[] _lower = new ulong[256];
    private ulong[] _shape = new ulong[256];
    private uint[] _cluster = new uint[256];
    private uint[] _gaz = new uint[256];
    private byte[] _flags = new byte[256];
    private int[] _sentStart = new int[256];
    private int[] _sentEnd = new int[256];
    private int[] _group = new int[256];
    private int[] _history = new int[256 * 5];
    private int[] _global = new int[256 * 5];
    private bool _hasGlobal;
    private int[] _static = new int[256 * MaxStatic];
    private int[] _staticCount = new int[256];
    private readonly Dictionary<ulong, int> _groups = [];
    private readonly HashSet<ulong> _lowerSeen = [];
    private readonly HashSet<ulong> _capSeen = [];

    public NerDocumentFeatures(WordClusters clusters, Gazetteer gazetteer, int bits)
    {
        _clusters = clusters;
        _gazetteer = gazetteer;
        _shift = 64 - bits;
    }

    public int Count { get; private set; }

    /// <summary>Whether token <paramref name="i"/> starts a sentence (segment) of the prepared document.</summary>
    public bool StartsSentence(int i) => _sentStart[i] == i;

    /// <summary>The static feature buckets of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<int> Static(int i) => new(_static, i * MaxStatic, _staticCount[i]);

    /// <summary>The categories of gazetteer phrases that cover token <paramref name="i"/>, as (category * 4 + BILU position) bits.</summary>
    public uint GazetteerBits(int i) => _gaz[i];

    public void Prepare(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences)
    {
        int n = tokens.Length;
        Count = n;
        Ensure(n);
        _groups.Clear();
        _lowerSeen.Clear();
        _capSeen.Clear();

        // Sentence bounds per token (tokens outside every sentence form their own).
        for (int i = 0; i < n; i++)
        {
            _sentStart[i] = 0;
            _sentEnd[i] = n;
        }

        foreach (Sentence s in sentences)
        {
            int end = Math.Min(s.EndToken, n);
            bool caps = IsCapsSentence(text, tokens, s.FirstToken, end);
            for (int i = s.FirstToken; i < end; i++)
            {
                _sentStart[i] = s.FirstToken;
                _sentEnd[i] = end;
                _flags[i] = caps ? FlagCapSentence : (byte)0;
            }
        }

        if (sentences.IsEmpty)
        {
            Array.Clear(_flags, 0, n);
        }

        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<char> w = text.AsSpan(tokens[i].Start, tokens[i].Length);
            _exact[i] = StableHash.Of(w);
            _lower[i] = StableHash.OfLower(w);
            _shape[i] = ShapeHash(w, out bool hasDigit, out bool letter);
            _cluster[i] = _clusters.Lookup(w);
            byte f = _flags[i];
            if (i == _sentStart[i]) f |= FlagSentStart;
            if (hasDigit) f |= FlagHasDigit;
            if (letter) f |= FlagLetter;
            if (char.IsUpper(w[0]))
            {
                f |= FlagCap;
                if (IsAllCaps(w)) f |= FlagAllCaps;
            }

            _flags[i] = f;
            if ((f & FlagCapSentence) == 0)
            {
                if ((f & FlagCap) == 0 && letter)
                {
                    _lowerSeen.Add(_lower[i]);
                }
                else if ((f & FlagCap) != 0 && (f & FlagSentStart) == 0)
                {
                    _capSeen.Add(_lower[i]);
                }
            }

            if ((f & FlagCap) != 0 && letter)
            {
                if (!_groups.TryGetValue(_lower[i], out int g))
                {
                    g = _groups.Count;
                    _groups.Add(_lower[i], g);
                }

                _group[i] = g;
            }
            else
            {
                _group[i] = -1;
            }

            _gaz[i] = 0;
        }

        if (_history.Length < _groups.Count * 5)
        {
            _history = new int[_groups.Count * 10];
        }

        Array.Clear(_history, 0, _groups.Count * 5);
        _hasGlobal = false;
        MatchGazetteer(n);
        for (int i = 0; i < n; i++)
        {
            if ((_flags[i] & FlagCap) != 0)
            {
                if (_lowerSeen.Contains(_lower[i])) _flags[i] |= FlagLowerElsewhere;
                if (_capSeen.Contains(_lower[i])) _flags[i] |= FlagCapElsewhere;
            }
        }

        for (int i = 0; i < n; i++)
        {
            BuildStatic(text, tokens, i);
        }
    }

    /// <summary>Writes the label-dependent feature buckets of token <paramref name="i"/> and returns how many.</summary>
    public int Dynamic(int i, int previous, int previous2, Span<int> buckets)
    {
        int k = 0;
        ulong y1 = (ulong)previous + 1;
        ulong y2 = (ulong)previous2 + 1;
        buckets[k++] = Bucket(60, y1);
        buckets[k++] = Bucket(61, (y2 * 31) + y1);
        buckets[k++] = Bucket(62, StableHash.Combine(_lower[i], y1));
        buckets[k++] = Bucket(63, StableHash.Combine(_shape[i], y1));
        int g = _group[i];
        if (g >= 0)
        {
            int best = 0, bestCount = 0;
            for (int t = 1; t < 5; t++)
            {
                int c = _history[(g * 5) + t];
                if (c > bestCount)
                {
                    best = t;
                    bestCount = c;
                }
            }

            if (best != 0)
            {
                buckets[k++] = Bucket(64, (ulong)best);
                buckets[k++] = Bucket(65, ((ulong)best * 64) + _flags[i]);
            }
            else if (_history[g * 5] > 0)
            {
                buckets[k++] = Bucket(66, 1);
            }
        }

        if (_hasGlobal && g >= 0)
        {
            // Second pass: what the first pass said about the same word anywhere in the document.
            int best = 0, bestCount = 0;
            for (int t = 1; t < 5; t++)
            {
                int c = _global[(g * 5) + t];
                if (c > bestCount)
                {
                    best = t;
                    bestCount = c;
                }
            }

            buckets[k++] = Bucket(70, (ulong)best);
            buckets[k++] = Bucket(71, ((ulong)best * 64) + _flags[i]);
        }

        return k;
    }

    /// <summary>Starts a second pass over the document: the labels of the first become document-level features.</summary>
    public void StartSecondPass()
    {
        int n = _groups.Count * 5;
        if (_global.Length < n)
        {
            _global = new int[_history.Length];
        }

        Array.Copy(_history, _global, n);
        Array.Clear(_history, 0, n);
        _hasGlobal = true;
    }

    /// <summary>Records the label given to token <paramref name="i"/> for the document-level history.</summary>
    public void Record(int i, int label)
    {
        int g = _group[i];
        if (g >= 0)
        {
            _history[(g * 5) + NerLabels.TypeOf(label) + 1]++;
        }
    }

    /// <summary>Clears the document-level history (before decoding the document again).</summary>
    public void ResetHistory() => Array.Clear(_history, 0, _groups.Count * 5);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bucket(int template, ulong value) =>
        (int)(StableHash.Mix(value ^ ((ulong)template * 0x9E3779B97F4A7C15UL)) >> _shift);

    private void BuildStatic(string text, ReadOnlySpan<Token> tokens, int i)
    {
        Span<int> b = _static.AsSpan(i * MaxStatic, MaxStatic);
        int k = 0;
        byte f = _flags[i];
        ulong lm1 = i - 1 >= _sentStart[i] ? _lower[i - 1] : Boundary;
        ulong lm2 = i - 2 >= _sentStart[i] ? _lower[i - 2] : Boundary;
        ulong lp1 = i + 1 < _sentEnd[i] ? _lower[i + 1] : Boundary;
        ulong lp2 = i + 2 < _sentEnd[i] ? _lower[i + 2] : Boundary;
        ulong shm1 = i - 1 >= _sentStart[i] ? _shape[i - 1] : Boundary;
        ulong shp1 = i + 1 < _sentEnd[i] ? _shape[i + 1] : Boundary;
        b[k++] = Bucket(1, 1);
        b[k++] = Bucket(2, _exact[i]);
        b[k++] = Bucket(3, _lower[i]);
        b[k++] = Bucket(4, lm1);
        b[k++] = Bucket(5, lp1);
        b[k++] = Bucket(6, lm2);
        b[k++] = Bucket(7, lp2);
        b[k++] = Bucket(8, StableHash.Combine(lm1, _lower[i]));
        b[k++] = Bucket(9, StableHash.Combine(_lower[i], lp1));
        ReadOnlySpan<char> w = text.AsSpan(tokens[i].Start, tokens[i].Length);
        for (int len = 1; len <= 4 && len < w.Length; len++)
        {
            b[k++] = Bucket(10 + len, StableHash.OfLower(w[..len]));
            b[k++] = Bucket(15 + len, StableHash.OfLower(w[^len..]));
        }

        b[k++] = Bucket(20, _shape[i]);
        b[k++] = Bucket(21, shm1);
        b[k++] = Bucket(22, shp1);
        b[k++] = Bucket(23, StableHash.Combine(StableHash.Combine(shm1, _shape[i]), shp1));
        uint c0 = _cluster[i];
        if (c0 != 0)
        {
            b[k++] = Bucket(24, WordClusters.Prefix(c0, 4));
            b[k++] = Bucket(25, WordClusters.Prefix(c0, 6));
            b[k++] = Bucket(26, WordClusters.Prefix(c0, 10));
            b[k++] = Bucket(27, WordClusters.Prefix(c0, 20));
        }
        else
        {
            b[k++] = Bucket(28, 1);
        }

        if (i - 1 >= _sentStart[i] && _cluster[i - 1] != 0)
        {
            b[k++] = Bucket(29, WordClusters.Prefix(_cluster[i - 1], 6));
            b[k++] = Bucket(30, WordClusters.Prefix(_cluster[i - 1], 20));
        }

        if (i + 1 < _sentEnd[i] && _cluster[i + 1] != 0)
        {
            b[k++] = Bucket(31, WordClusters.Prefix(_cluster[i + 1], 6));
            b[k++] = Bucket(32, WordClusters.Prefix(_cluster[i + 1], 20));
        }

        uint gaz = _gaz[i];
        while (gaz != 0 && k < MaxStatic - 10)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(gaz);
            gaz &= gaz - 1;
            b[k++] = Bucket(33, (ulong)bit);
        }

        b[k++] = Bucket(34, (ulong)(f & (FlagCap | FlagAllCaps | FlagSentStart | FlagCapSentence | FlagLowerElsewhere | FlagCapElsewhere)));
        if ((f & FlagCapSentence) != 0)
        {
            b[k++] = Bucket(35, _lower[i]);
        }

        if ((f & FlagSentStart) != 0)
        {
            b[k++] = Bucket(36, _shape[i]);
        }

        if (i - 1 >= _sentStart[i])
        {
            b[k++] = Bucket(37, StableHash.Combine(_shape[i], _lower[i - 1]));
            uint gm1 = _gaz[i - 1];
            if (gm1 != 0)
            {
                b[k++] = Bucket(38, gm1);
            }
        }

        if (i + 1 < _sentEnd[i])
        {
            b[k++] = Bucket(39, StableHash.Combine(_shape[i], _lower[i + 1]));
            uint gp1 = _gaz[i + 1];
            if (gp1 != 0)
            {
                b[k++] = Bucket(40, gp1);
            }
        }

        if ((f & FlagCap) != 0)
        {
            // Where the token sits in its run of capitalized tokens (alone, first, last, inside) and how long the run
            // is: the boundaries of multi-word names.
            // The walks stop three tokens away: the feature only tells runs of 1, 2, 3 and 4+ apart, and an unbounded
            // walk would make a text of capitalized words quadratic.
            int a = i, z = i;
            while (a > i - 3 && a - 1 >= _sentStart[i] && (_flags[a - 1] & FlagCap) != 0) a--;
            while (z < i + 3 && z + 1 < _sentEnd[i] && (_flags[z + 1] & FlagCap) != 0) z++;
            ulong run = ((ulong)Math.Min(z - a + 1, 4) * 8) + (a == z ? 0UL : i == a ? 1UL : i == z ? 2UL : 3UL);
            b[k++] = Bucket(41, run);
            b[k++] = Bucket(42, StableHash.Combine(_lower[i], run));
        }

        _staticCount[i] = k;
    }

    private void MatchGazetteer(int n)
    {
        for (int i = 0; i < n; i++)
        {
            byte f = _flags[i];
            if ((f & (FlagCap | FlagHasDigit)) == 0)
            {
                continue;
            }

            ulong phrase = Gazetteer.Start;
            int end = Math.Min(n, Math.Min(_sentEnd[i], i + Gazetteer.MaxPhraseTokens));
            for (int j = i; j < end; j++)
            {
                phrase = Gazetteer.Extend(phrase, _lower[j]);
                byte mask = _gazetteer.Lookup(phrase);
                if (mask == 0)
                {
                    continue;
                }

                // Multi-token phrases must end in a capitalized word or a number ("Bank of England", not "Bank of").
                if (j > i && (_flags[j] & (FlagCap | FlagHasDigit)) == 0)
                {
                    continue;
                }

                while (mask != 0)
                {
                    int c = System.Numerics.BitOperations.TrailingZeroCount(mask);
                    mask &= (byte)(mask - 1);
                    if (j == i)
                    {
                        _gaz[i] |= 1u << ((c * 4) + NerLabels.Unit);
                    }
                    else
                    {
                        _gaz[i] |= 1u << ((c * 4) + NerLabels.Begin);
                        for (int m = i + 1; m < j; m++)
                        {
                            _gaz[m] |= 1u << ((c * 4) + NerLabels.Inside);
                        }

                        _gaz[j] |= 1u << ((c * 4) + NerLabels.Last);
                    }
                }
            }
        }
    }

    private static bool IsCapsSentence(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        int upper = 0, lower = 0;
        for (int i = start; i < end; i++)
        {
            foreach (char c in text.AsSpan(tokens[i].Start, tokens[i].Length))
            {
                if (char.IsUpper(c)) upper++;
                else if (char.IsLower(c)) lower++;
            }
        }

        return (upper > 3 && lower * 4 < upper) || IsTitleCase(text, tokens, start, end);
    }

    private static readonly string[] TitleFunctionWords =
        ["The", "A", "An", "And", "Or", "Of", "For", "To", "In", "On", "At", "With", "Is", "Are", "Was", "Your", "You", "Our", "My", "It", "We", "Have"];

    /// <summary>
    /// A heading or a line written in title case ("Thanks For A Great Job", "Best Pizzas And Calzones In Town"): at
    /// least three words, none starting in lower case, and a function word with a capital after the first word, so a
    /// run of names ("Manchester United 3 Chelsea 1") is not one. Its capitals say as little about names as shouting.
    /// </summary>
    internal static bool IsTitleCase(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        int words = 0;
        bool function = false;
        for (int i = start; i < end; i++)
        {
            Token t = tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            char c = text[t.Start];
            if (char.IsLower(c))
            {
                return false;
            }

            if (!char.IsUpper(c))
            {
                continue;
            }

            words++;
            if (!function && words > 1 && t.Length <= 4)
            {
                ReadOnlySpan<char> w = text.AsSpan(t.Start, t.Length);
                foreach (string f in TitleFunctionWords)
                {
                    if (w.SequenceEqual(f))
                    {
                        function = true;
                        break;
                    }
                }
            }
        }

        return words >= 3 && function;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsLower(c)) return false;
        }

        return true;
    }

    private static ulong ShapeHash(ReadOnlySpan<char> w, out bool hasDigit, out bool letter)
    {
        hasDigit = false;
        letter = false;
        ulong h = 14695981039346656037UL;
        char last = '\0';
        int run = 0;
        foreach (char c in w)
        {
            char s;
            if (char.IsUpper(c)) { s = 'X'; letter = true; }
            else if (char.IsLower(c)) { s = 'x'; letter = true; }
            else if (char.IsDigit(c)) { s = 'd'; hasDigit = true; }
            else if (char.IsLetter(c)) { s = 'l'; letter = true; }
            else s = c;
            if (s == last)
            {
                if (++run >= 2) continue;
            }
            else
            {
                run = 0;
            }

            last = s;
            h = (h ^ s) * 1099511628211UL;
        }

        return StableHash.Mix(h);
    }

    private void Ensure(int n)
    {
        if (_exact.Length >= n)
        {
            return;
        }

        int size = Math.Max(n, _exact.Length * 2);
        _exact = new ulong[size];
        _lower = new ulong[size];
        _shape = new ulong[size];
        _cluster = new uint[size];
        _gaz = new uint[size];
        _flags = new byte[size];
        _sentStart = new int[size];
        _sentEnd = new int[size];
        _group = new int[size];
        _static = new int[size * MaxStatic];
        _staticCount = new int[size];
    }
}
