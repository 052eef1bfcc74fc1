using System.Text;

namespace Byline.Benchmarks;

/// <summary>Benchmark inputs built from the sample articles in <c>samples/data</c> (shipped with the repository).</summary>
internal static class BenchmarkCorpus
{
    /// <summary>The plain-text sample articles, repeated up to about <paramref name="chars"/> characters.</summary>
    public static string PlainText(int chars)
    {
        string[] articles = [.. Directory.EnumerateFiles(BenchmarkData.SamplesFolder(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        var sb = new StringBuilder(chars + 10_000);
        while (sb.Length < chars)
        {
            foreach (string a in articles)
            {
                sb.Append(a).Append("\n\n");
            }
        }

        return sb.ToString(0, chars);
    }
}
