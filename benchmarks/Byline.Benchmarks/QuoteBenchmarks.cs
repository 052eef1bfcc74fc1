using System.Collections.Immutable;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Byline.Quotes;

namespace Byline.Benchmarks;

/// <summary>
/// Quote extraction speed: the extractor alone on prepared contexts, and the whole plain-text analysis with and
/// without quotes (the budget: quotes cost at most 25 % on top of the rest). Uses the PolNeAR dev texts when
/// ../shared/data is present, else the sample articles. Run: <c>dotnet run -c Release --project benchmarks/Byline.Benchmarks -- --filter *Quote*</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class QuoteBenchmarks
{
    private string[] _texts = [];
    private QuoteExtractionContext[] _contexts = [];
    private NewsAnalyzer _withQuotes = null!;
    private NewsAnalyzer _withoutQuotes = null!;

    /// <summary>Characters in the corpus, for the MB/s column (the host process computes it too).</summary>
    private static readonly Lazy<long> CorpusChars = new(() => LoadTexts().Sum(t => (long)t.Length));

    private static string[] LoadTexts()
    {
        string? shared = BenchmarkData.SharedData();
        string dev = shared is null ? string.Empty : Path.Combine(shared, "quotes", "polnear", "dev.jsonl");
        return File.Exists(dev)
            ? File.ReadLines(dev).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray()
            : Directory.GetFiles(BenchmarkData.SamplesFolder(), "*.txt").Select(File.ReadAllText).ToArray();
    }

    [GlobalSetup]
    public void Setup()
    {
        _texts = LoadTexts();
        _withQuotes = NewsAnalyzer.CreateDefault();
        _withoutQuotes = NewsAnalyzer.CreateBuilder().UseQuoteExtractor(null).Build();
        _contexts = _texts.Select(t =>
        {
            NewsDocument d = _withoutQuotes.Analyze(t);
            return new QuoteExtractionContext(d.Text, d.Tokens, d.Sentences, d.Paragraphs, d.Mentions, d.Entities);
        }).ToArray();
    }

    [Benchmark(Description = "quotes only (extractor on prepared contexts)")]
    public int ExtractQuotes()
    {
        int n = 0;
        foreach (QuoteExtractionContext c in _contexts)
        {
            n += EnglishQuoteExtractor.Instance.Extract(c, CancellationToken.None).Length;
        }

        return n;
    }

    [Benchmark(Baseline = true, Description = "analyze without quotes")]
    public int AnalyzeWithoutQuotes()
    {
        int n = 0;
        foreach (string t in _texts)
        {
            n += _withoutQuotes.Analyze(t).Tokens.Length;
        }

        return n;
    }

    [Benchmark(Description = "analyze with quotes")]
    public int AnalyzeWithQuotes()
    {
        int n = 0;
        foreach (string t in _texts)
        {
            ImmutableArray<Quote> q = _withQuotes.Analyze(t).Quotes;
            n += q.Length;
        }

        return n;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn(() => CorpusChars.Value)); // the dev texts are near-ASCII: chars ~ UTF-8 bytes
    }
}
