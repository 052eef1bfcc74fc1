using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Byline.Articles;

namespace Byline.Benchmarks;

/// <summary>
/// Byline's HTML extraction (body + metadata) against SmartReader 0.11.1 on the same pages in the same run. Pages come
/// from <c>../shared/data/article-extraction/html</c> when present, else from the repository's own test pages. Each
/// operation is one page (OperationsPerInvoke), so pages/s = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    private const int MaxPages = 40;
    private const string PageUrl = "https://example.com/news/story";

    private (string Html, Uri Url)[] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var pages = new List<(string, Uri)>();
        string? shared = BenchmarkData.SharedData();
        string corpus = shared is null ? "" : Path.Combine(shared, "article-extraction", "html");
        if (Directory.Exists(corpus))
        {
            foreach (string file in Directory.GetFiles(corpus, "*.html.gz").Order(StringComparer.Ordinal).Take(MaxPages))
            {
                using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                using var reader = new StreamReader(gz);
                pages.Add((reader.ReadToEnd(), new Uri(PageUrl)));
            }
        }
        else
        {
            string own = Path.Combine(BenchmarkData.RepositoryRoot(), "tests", "Byline.Tests", "Pages");
            foreach (string file in Directory.GetFiles(own, "source.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                pages.Add((File.ReadAllText(file), new Uri(PageUrl)));
            }
        }

        _pages = [.. pages];
        Console.WriteLine($"// {_pages.Length} pages, {_pages.Sum(p => p.Html.Length) / Math.Max(_pages.Length, 1):N0} chars on average");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = MaxPages)]
    public int Byline()
    {
        int chars = 0;
        for (int i = 0; i < MaxPages; i++)
        {
            (string html, Uri url) = _pages[i % _pages.Length];
            chars += HtmlArticleExtractor.Instance.Extract(html, url, CancellationToken.None).Text.Length;
        }

        return chars;
    }

    [Benchmark(OperationsPerInvoke = MaxPages)]
    public int SmartReader()
    {
        int chars = 0;
        for (int i = 0; i < MaxPages; i++)
        {
            (string html, Uri url) = _pages[i % _pages.Length];
            chars += new SmartReader.Reader(url.ToString(), html).GetArticle().TextContent?.Length ?? 0;
        }

        return chars;
    }
}
