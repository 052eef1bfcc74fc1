using System.Buffers;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Byline.Internal;
using Byline.Text;

namespace Byline.Entities.Tagging;

/// <summary>
/// The trained entity tagger: an averaged perceptron over hashed features, with the word clusters and gazetteer
/// hashes its features need. Weights are stored per feature row as 8-bit integers with one scale per row; only
/// rows with a non-zero weight are kept. Immutable and thread-safe once loaded.
/// </summary>
internal sealed class NerModel
{
    public const string ResourceName = "ner-model.bin";
    private const string Magic = "BYLINE-NER";
    public const int FormatVersion = 2;

    // Documents up to this many tokens keep their static scores between passes (68 bytes a token); longer ones
    // recompute them, so memory stays bounded on huge inputs.
    private const int MaxKeptTokens = 1 << 20;

    private static readonly Lazy<NerModel> Shared = new(() =>
    {
        using Stream s = Resources.Open(ResourceName);
        return Load(s);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    // Open-addressing table bucket -> row, small enough to stay in cache (a dense bucket array would be 8 MB).
    private readonly long[] _slots;    // (bucket + 1) << 32 | row; 0 = empty
    private readonly int _slotMask;
    private readonly float[] _scales;  // per row
    private readonly sbyte[] _weights; // row * Labels + label

    public NerModel(int bits, int passes, WordClusters clusters, Gazetteer gazetteer, int[] buckets, float[] scales, sbyte[] weights, string description)
    {
        Bits = bits;
        Passes = passes;
        Clusters = clusters;
        Gazetteer = gazetteer;
        Buckets = buckets;
        _scales = scales;
        _weights = weights;
        Description = description;
        int size = 1024;
        while (size < buckets.Length * 2)
        {
            size <<= 1;
        }

        _slots = new long[size];
        _slotMask = size - 1;
        for (int r = 0; r < buckets.Length; r++)
        {
            int slot = buckets[r] & _slotMask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _slotMask;
            }

            _slots[slot] = ((long)(buckets[r] + 1) << 32) | (uint)r;
        }
    }

    /// <summary>The model shipped in the assembly, loaded on first use.</summary>
    public static NerModel Default => Shared.Value;

    public int Bits { get; }

    /// <summary>1, or 2 when the tagger decodes each document twice (the second pass sees the first's labels).</summary>
    public int Passes { get; }

    public WordClusters Clusters { get; }

    public Gazetteer Gazetteer { get; }

    /// <summary>The buckets that have weights, in row order.</summary>
    public int[] Buckets { get; }

    /// <summary>What the model was trained on, as written by the trainer.</summary>
    public string Description { get; }

    public int RowCount => Buckets.Length;

    public NerDocumentFeatures CreateFeatures() => new(Clusters, Gazetteer, Bits);

    /// <summary>Adds the weights of the feature in <paramref name="bucket"/> to <paramref name="scores"/>.</summary>
    public void Add(int bucket, Span<float> scores)
    {
        int row = Row(bucket);
        if (row >= 0)
        {
            AddRow(row, scores);
        }
    }

    /// <summary>The weight row of <paramref name="bucket"/>, or -1 when the feature has no weights.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Row(int bucket)
    {
        int slot = bucket & _slotMask;
        long key = (long)(bucket + 1) << 32;
        while (true)
        {
            long entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if ((entry & unchecked((long)0xFFFFFFFF00000000)) == key)
            {
                return (int)(uint)entry;
            }

            slot = (slot + 1) & _slotMask;
        }
    }

    /// <summary>Adds weight row <paramref name="row"/> (17 labels: 16 in four vectors, then one) to the scores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(int row, Span<float> scores)
    {
        float scale = _scales[row];
        ReadOnlySpan<sbyte> w = new(_weights, row * NerLabels.Count, NerLabels.Count);
        if (Vector128.IsHardwareAccelerated)
        {
            ref float s = ref MemoryMarshal.GetReference(scores);
            var v = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(w));
            (Vector128<short> lo, Vector128<short> hi) = Vector128.Widen(v);
            (Vector128<int> a, Vector128<int> b) = Vector128.Widen(lo);
            (Vector128<int> c, Vector128<int> d) = Vector128.Widen(hi);
            var k = Vector128.Create(scale);
            (Vector128.LoadUnsafe(ref s) + (k * Vector128.ConvertToSingle(a))).StoreUnsafe(ref s);
            (Vector128.LoadUnsafe(ref s, 4) + (k * Vector128.ConvertToSingle(b))).StoreUnsafe(ref s, 4);
            (Vector128.LoadUnsafe(ref s, 8) + (k * Vector128.ConvertToSingle(c))).StoreUnsafe(ref s, 8);
            (Vector128.LoadUnsafe(ref s, 12) + (k * Vector128.ConvertToSingle(d))).StoreUnsafe(ref s, 12);
            scores[16] += scale * w[16];
            return;
        }

        for (int l = 0; l < w.Length; l++)
        {
            scores[l] += scale * w[l];
        }
    }

    /// <summary>Tags a document and returns the BILOU label of each token.</summary>
    public void Tag(NerDocumentFeatures features, string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Span<int> labels) =>
        Tag(features, text, tokens, sentences, labels, keepStaticScores: tokens.Length <= MaxKeptTokens);

    /// <summary>Tags a document; <paramref name="keepStaticScores"/> says whether later passes reuse the first pass's static scores.</summary>
    internal void Tag(NerDocumentFeatures features, string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Span<int> labels, bool keepStaticScores)
    {
        features.Prepare(text, tokens, sentences);
        Span<float> scores = stackalloc float[NerLabels.Count];
        Span<int> dynamic = stackalloc int[NerDocumentFeatures.MaxDynamic];
        int n = tokens.Length;

        // The static features of a token do not change between passes: the first pass keeps their summed scores and
        // later passes start from them (same additions in the same order, so the labels are identical).
        float[]? kept = Passes > 1 && keepStaticScores ? ArrayPool<float>.Shared.Rent(n * NerLabels.Count) : null;
        try
        {
            for (int pass = 0; pass < Passes; pass++)
            {
                if (pass > 0)
                {
                    features.StartSecondPass();
                }

                for (int i = 0; i < n; i++)
                {
                    bool start = features.StartsSentence(i);
                    int y1 = start ? NerLabels.Outside : labels[i - 1];
                    int y2 = start || features.StartsSentence(i - 1) ? NerLabels.Outside : labels[i - 2];
                    if (pass > 0 && kept is not null)
                    {
                        kept.AsSpan(i * NerLabels.Count, NerLabels.Count).CopyTo(scores);
                    }
                    else
                    {
                        scores.Clear();
                        foreach (int b in features.Static(i))
                        {
                            Add(b, scores);
                        }

                        if (kept is not null)
                        {
                            scores.CopyTo(kept.AsSpan(i * NerLabels.Count, NerLabels.Count));
                        }
                    }

                    int k = features.Dynamic(i, y1, y2, dynamic);
                    for (int d = 0; d < k; d++)
                    {
                        Add(dynamic[d], scores);
                    }

                    bool last = i + 1 == n || features.StartsSentence(i + 1);
                    int best = Best(scores, y1, last);
                    labels[i] = best;
                    features.Record(i, best);
                }
            }
        }
        finally
        {
            if (kept is not null)
            {
                ArrayPool<float>.Shared.Return(kept);
            }
        }
    }

    /// <summary>The best label allowed after <paramref name="previous"/>.</summary>
    public static int Best(ReadOnlySpan<float> scores, int previous, bool last)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int l = 0; l < NerLabels.Count; l++)
        {
            if (!NerLabels.Allowed(previous, l) || (last && !NerLabels.CanEnd(l)))
            {
                continue;
            }

            if (scores[l] > bestScore)
            {
                bestScore = scores[l];
                best = l;
            }
        }

        return best;
    }

    /// <summary>The model without the rows whose largest weight is at most <paramref name="threshold"/> (fewer rows tag faster).</summary>
    internal NerModel Pruned(float threshold)
    {
        var buckets = new List<int>();
        var scales = new List<float>();
        var weights = new List<sbyte>();
        for (int r = 0; r < Buckets.Length; r++)
        {
            ReadOnlySpan<sbyte> w = new(_weights, r * NerLabels.Count, NerLabels.Count);
            int max = 0;
            foreach (sbyte v in w) max = Math.Max(max, Math.Abs((int)v));
            if (max * _scales[r] <= threshold) continue;
            buckets.Add(Buckets[r]);
            scales.Add(_scales[r]);
            foreach (sbyte v in w) weights.Add(v);
        }

        return new NerModel(Bits, Passes, Clusters, Gazetteer, [.. buckets], [.. scales], [.. weights], Description);
    }

    public void Save(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(deflate, Encoding.UTF8);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Description);
        w.Write(Bits);
        w.Write(Passes);
        w.Write(NerLabels.Count);
        w.Write(Clusters.Words.Count);
        for (int i = 0; i < Clusters.Words.Count; i++)
        {
            w.Write(Clusters.Words[i]);
            w.Write(Clusters.Paths[i]);
        }

        w.Write(Gazetteer.Keys.Length);
        foreach (uint k in Gazetteer.Keys) w.Write(k);
        w.Write(Gazetteer.Masks);
        w.Write(Buckets.Length);
        int prev = 0;
        foreach (int b in Buckets)
        {
            w.Write7BitEncodedInt(b - prev);
            prev = b;
        }

        foreach (float s in _scales) w.Write(s);
        w.Write((byte[])(Array)_weights);
    }

    public static NerModel Load(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(deflate, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8);
        if (r.ReadString() != Magic)
        {
            throw new InvalidDataException("Not a Byline entity model.");
        }

        int version = r.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Entity model format {version} is not supported (expected {FormatVersion}).");
        }

        string description = r.ReadString();
        int bits = r.ReadInt32();
        int passes = r.ReadInt32();
        if (r.ReadInt32() != NerLabels.Count)
        {
            throw new InvalidDataException("The entity model has a different label set.");
        }

        int words = r.ReadInt32();
        var wordList = new string[words];
        var paths = new uint[words];
        for (int i = 0; i < words; i++)
        {
            wordList[i] = r.ReadString();
            paths[i] = r.ReadUInt32();
        }

        int keys = r.ReadInt32();
        var keyArray = new uint[keys];
        for (int i = 0; i < keys; i++) keyArray[i] = r.ReadUInt32();
        byte[] masks = r.ReadBytes(keys);
        int rows = r.ReadInt32();
        var buckets = new int[rows];
        int prev = 0;
        for (int i = 0; i < rows; i++)
        {
            prev += r.Read7BitEncodedInt();
            buckets[i] = prev;
        }

        var scales = new float[rows];
        for (int i = 0; i < rows; i++) scales[i] = r.ReadSingle();
        byte[] raw = r.ReadBytes(rows * NerLabels.Count);
        sbyte[] weights = (sbyte[])(Array)raw;
        return new NerModel(bits, passes, new WordClusters(wordList, paths), new Gazetteer(keyArray, masks), buckets, scales, weights, description);
    }
}
