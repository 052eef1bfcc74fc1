using System.Net;
using System.Text.RegularExpressions;
using Byline.Text;

namespace Byline.Training;

/// <summary>
/// Learns hierarchical word clusters from unlabeled text, in the spirit of Brown clusters but cheap enough to run
/// in a minute: each frequent word gets a vector of PPMI-weighted left/right neighbour counts, randomly projected
/// to a few dozen dimensions, and the words are split by recursive spherical 2-means into a binary tree. A word's
/// cluster is its root-to-leaf bit path.
/// </summary>
internal static partial class ClusterBuilder
{
    private const int Dimensions = 96;
    private const int ContextWords = 2000;

    [GeneratedRegex("<BODY>(.*?)</BODY>", RegexOptions.Singleline)]
    private static partial Regex ReutersBody();

    /// <summary>The lines of unlabeled text: Reuters-21578 bodies, BBC News articles, and the given extra lines.</summary>
    public static IEnumerable<string> UnlabeledLines(string resources)
    {
        string reuters = Path.Combine(resources, "reuters21578");
        foreach (string file in Directory.EnumerateFiles(reuters, "*.sgm").Order(StringComparer.Ordinal))
        {
            string sgm = File.ReadAllText(file, System.Text.Encoding.Latin1);
            foreach (Match m in ReutersBody().Matches(sgm))
            {
                string body = WebUtility.HtmlDecode(m.Groups[1].Value.Replace("&#3;", "", StringComparison.Ordinal));
                foreach (string line in body.Split('\n'))
                {
                    yield return line;
                }
            }
        }

        string bbc = Path.Combine(resources, "bbc-news");
        foreach (string file in Directory.EnumerateFiles(bbc, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file).StartsWith("README", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (string line in File.ReadLines(file, System.Text.Encoding.Latin1))
            {
                yield return line;
            }
        }
    }

    public static (List<string> Words, List<uint> Paths) Build(IEnumerable<string> lines, int minCount, int depth, int seed)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<string[]>();
        long total = 0;
        foreach (string line in lines)
        {
            if (line.Length == 0) continue;
            var toks = EnglishTokenizer.Tokenize(line);
            var words = new string[toks.Length];
            for (int i = 0; i < toks.Length; i++)
            {
                words[i] = line.Substring(toks[i].Start, toks[i].Length);
                counts[words[i]] = counts.GetValueOrDefault(words[i]) + 1;
            }

            total += words.Length;
            corpus.Add(words);
        }

        Console.WriteLine($"clusters: {total:N0} tokens, {counts.Count:N0} types");
        var vocab = counts.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocab.Count; i++) index[vocab[i]] = i;
        int ctxN = Math.Min(ContextWords, vocab.Count);
        int dims = ctxN * 4; // left-1, right-1, left-2, right-2
        var pair = new Dictionary<long, float>();
        var wordTotals = new double[vocab.Count];
        var ctxTotals = new double[dims];
        foreach (string[] s in corpus)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (!index.TryGetValue(s[i], out int w)) continue;
                for (int o = 0; o < 4; o++)
                {
                    int j = o switch { 0 => i - 1, 1 => i + 1, 2 => i - 2, _ => i + 2 };
                    int c = j < 0 || j >= s.Length ? ctxN - 1 : (index.TryGetValue(s[j], out int cw) && cw < ctxN - 1 ? cw : ctxN - 1);
                    int ctx = (o * ctxN) + c;
                    float weight = o < 2 ? 1f : 0.5f;
                    long key = ((long)w * dims) + ctx;
                    pair[key] = pair.GetValueOrDefault(key) + weight;
                    wordTotals[w] += weight;
                    ctxTotals[ctx] += weight;
                }
            }
        }

        double all = wordTotals.Sum();
        var rng = new Random(seed);
        var projection = new float[dims * Dimensions];
        for (int i = 0; i < projection.Length; i++) projection[i] = (float)Gaussian(rng);
        var vectors = new float[vocab.Count * Dimensions];
        foreach (var (key, count) in pair)
        {
            int w = (int)(key / dims);
            int ctx = (int)(key % dims);
            double pmi = Math.Log(count * all / (wordTotals[w] * Math.Pow(ctxTotals[ctx], 0.75) * Math.Pow(all, 0.25)));
            if (pmi <= 0) continue;
            var v = vectors.AsSpan(w * Dimensions, Dimensions);
            var p = projection.AsSpan(ctx * Dimensions, Dimensions);
            for (int d = 0; d < Dimensions; d++) v[d] += (float)pmi * p[d];
        }

        for (int w = 0; w < vocab.Count; w++) Normalize(vectors.AsSpan(w * Dimensions, Dimensions));
        Console.WriteLine($"clusters: {vocab.Count:N0} words (count >= {minCount}), {pair.Count:N0} word-context pairs");

        var paths = new uint[vocab.Count];
        var lengths = new int[vocab.Count];
        var members = Enumerable.Range(0, vocab.Count).ToArray();
        Split(vectors, members, 0, members.Length, 0, depth, paths, lengths, rng);
        var result = new List<uint>(vocab.Count);
        for (int w = 0; w < vocab.Count; w++) result.Add(Byline.Entities.Tagging.WordClusters.Pack(paths[w], lengths[w]));
        return (vocab, result);
    }

    private static void Split(float[] vectors, int[] members, int from, int to, int level, int depth, uint[] paths, int[] lengths, Random rng)
    {
        int n = to - from;
        if (level >= depth || n < 8)
        {
            return;
        }

        var c0 = new float[Dimensions];
        var c1 = new float[Dimensions];
        vectors.AsSpan(members[from + rng.Next(n)] * Dimensions, Dimensions).CopyTo(c0);
        vectors.AsSpan(members[from + rng.Next(n)] * Dimensions, Dimensions).CopyTo(c1);
        var side = new bool[n];
        for (int iter = 0; iter < 8; iter++)
        {
            var n0 = new float[Dimensions];
            var n1 = new float[Dimensions];
            int k1 = 0;
            for (int m = 0; m < n; m++)
            {
                var v = vectors.AsSpan(members[from + m] * Dimensions, Dimensions);
                float d0 = Dot(v, c0), d1 = Dot(v, c1);
                side[m] = d1 > d0;
                var target = side[m] ? n1 : n0;
                for (int d = 0; d < Dimensions; d++) target[d] += v[d];
                if (side[m]) k1++;
            }

            if (k1 == 0 || k1 == n) break;
            Normalize(n0);
            Normalize(n1);
            c0 = n0;
            c1 = n1;
        }

        // Partition members in place: side 0 first.
        var left = new List<int>(n);
        var right = new List<int>(n);
        for (int m = 0; m < n; m++) (side[m] ? right : left).Add(members[from + m]);
        if (left.Count == 0 || right.Count == 0) return;
        left.CopyTo(members, from);
        right.CopyTo(members, from + left.Count);
        for (int m = from; m < to; m++)
        {
            int w = members[m];
            paths[w] = (paths[w] << 1) | (m >= from + left.Count ? 1u : 0u);
            lengths[w]++;
        }

        int mid = from + left.Count;
        Split(vectors, members, from, mid, level + 1, depth, paths, lengths, rng);
        Split(vectors, members, mid, to, level + 1, depth, paths, lengths, rng);
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static void Normalize(Span<float> v)
    {
        float norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0)
        {
            for (int i = 0; i < v.Length; i++) v[i] /= norm;
        }
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
