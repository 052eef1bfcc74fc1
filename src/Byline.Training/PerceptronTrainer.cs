using Byline.Entities.Tagging;

namespace Byline.Training;

/// <summary>Greedy averaged perceptron over the tagger's hashed features (BILOU labels, constrained decoding).</summary>
internal sealed class PerceptronTrainer
{
    private const int L = NerLabels.Count;
    private readonly int _bits;
    private readonly float[] _w;
    private readonly float[] _u; // sum of (step * update), for averaging
    private long _step = 1;

    private readonly int _passes;

    public PerceptronTrainer(int bits, int passes)
    {
        _bits = bits;
        _passes = passes;
        _w = new float[(1 << bits) * L];
        _u = new float[(1 << bits) * L];
    }

    public void Epoch(List<LabeledDocument> docs, NerDocumentFeatures features, Random rng)
    {
        var order = docs.ToArray();
        rng.Shuffle(order);
        Span<float> scores = stackalloc float[L];
        Span<int> dyn = stackalloc int[NerDocumentFeatures.MaxDynamic];
        var pred = new int[4096];
        foreach (LabeledDocument doc in order)
        {
            features.Prepare(doc.Text, doc.Tokens, doc.Sentences);
            if (pred.Length < doc.Tokens.Length) pred = new int[doc.Tokens.Length * 2];
            var sentStart = SentenceStarts(doc);
            for (int pass = 0; pass < _passes; pass++)
            {
                if (pass > 0) features.StartSecondPass();
                for (int i = 0; i < doc.Tokens.Length; i++)
                {
                    bool start = sentStart[i];
                    int y1 = start ? 0 : pred[i - 1];
                    int y2 = start || i < 2 || sentStart[i - 1] ? 0 : pred[i - 2];
                    scores.Clear();
                    ReadOnlySpan<int> st = features.Static(i);
                    foreach (int b in st) Add(_w, b, scores);
                    int k = features.Dynamic(i, y1, y2, dyn);
                    for (int d = 0; d < k; d++) Add(_w, dyn[d], scores);
                    bool last = i + 1 == doc.Tokens.Length || sentStart[i + 1];
                    int guess = NerModel.Best(scores, y1, last);
                    int gold = doc.Labels[i];
                    if (guess != gold)
                    {
                        foreach (int b in st) Update(b, gold, guess);
                        for (int d = 0; d < k; d++) Update(dyn[d], gold, guess);
                    }

                    // Continue with the prediction, as at tagging time, unless it cannot continue the gold sequence.
                    int keep = NerLabels.Allowed(guess, i + 1 < doc.Tokens.Length ? doc.Labels[i + 1] : 0) ? guess : gold;
                    pred[i] = keep;
                    features.Record(i, keep);
                    _step++;
                }
            }
        }
    }

    private void Update(int bucket, int gold, int guess)
    {
        int bi = bucket * L;
        _w[bi + gold] += 1;
        _u[bi + gold] += _step;
        _w[bi + guess] -= 1;
        _u[bi + guess] -= _step;
    }

    private static void Add(float[] w, int bucket, Span<float> scores)
    {
        var row = w.AsSpan(bucket * L, L);
        for (int l = 0; l < L; l++) scores[l] += row[l];
    }

    public static bool[] SentenceStarts(LabeledDocument doc)
    {
        var s = new bool[doc.Tokens.Length + 1];
        foreach (var sentence in doc.Sentences) s[sentence.FirstToken] = true;
        s[0] = true;
        return s;
    }

    /// <summary>The averaged weights.</summary>
    public float[] Averaged()
    {
        var avg = new float[_w.Length];
        for (int i = 0; i < avg.Length; i++) avg[i] = _w[i] - (_u[i] / _step);
        return avg;
    }

    /// <summary>Quantizes weights to 8 bits per row, dropping rows whose largest weight is below <paramref name="prune"/>.</summary>
    public NerModel ToModel(float[] weights, float prune, WordClusters clusters, Gazetteer gazetteer, string description)
    {
        var buckets = new List<int>();
        var scales = new List<float>();
        var q = new List<sbyte>();
        int n = 1 << _bits;
        for (int b = 0; b < n; b++)
        {
            var row = weights.AsSpan(b * L, L);
            float max = 0;
            foreach (float v in row) max = Math.Max(max, Math.Abs(v));
            if (max <= prune) continue;
            float scale = max / 127f;
            buckets.Add(b);
            scales.Add(scale);
            foreach (float v in row) q.Add((sbyte)Math.Clamp(MathF.Round(v / scale), -127, 127));
        }

        return new NerModel(_bits, _passes, clusters, gazetteer, [.. buckets], [.. scales], [.. q], description);
    }
}
