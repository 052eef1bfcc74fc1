using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Byline.Entities;
using Byline.Entities.Tagging;
using Byline.Text;

namespace Byline.Benchmarks;

/// <summary>
/// Entity tagging speed on one core. Each operation tags every article of the set once; tokens/s is
/// <see cref="TokenCount"/> divided by the mean time (printed at setup). The set is the articles in samples/data
/// plus, when ../shared/data is present, 200 BBC News articles (realistic news text, never shipped).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class EntityBenchmarks
{
    /// <summary>Characters in the article set, for the MB/s column (computed in the host process too).</summary>
    private static readonly Lazy<long> CorpusChars = new(() => LoadTexts().Sum(t => (long)t.Length));

    private static List<string> LoadTexts()
    {
        var texts = Directory.EnumerateFiles(BenchmarkData.SamplesFolder(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (BenchmarkData.SharedData() is { } shared)
        {
            string bbc = Path.Combine(shared, "ner-resources", "bbc-news");
            texts.AddRange(Directory.EnumerateFiles(bbc, "*.txt", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).Take(200).Select(f => File.ReadAllText(f, System.Text.Encoding.Latin1)));
        }

        return texts;
    }

    private readonly List<(string Text, Token[] Tokens, Sentence[] Segments)> _articles = [];
    private NerModel _model = null!;
    private NerDocumentFeatures _features = null!;
    private int[] _labels = [];
    private NewsAnalyzer _analyzer = null!;

    /// <summary>Tokens in the article set.</summary>
    public int TokenCount { get; private set; }

    /// <summary>Characters in the article set.</summary>
    public long CharCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        List<string> texts = LoadTexts();

        foreach (string text in texts)
        {
            Token[] tokens = [.. EnglishTokenizer.Tokenize(text)];
            _articles.Add((text, tokens, StatisticalEntityRecognizer.Segments(text, tokens)));
            TokenCount += tokens.Length;
            CharCount += text.Length;
        }

        _model = NerModel.Default;
        _features = _model.CreateFeatures();
        _labels = new int[_articles.Max(a => a.Tokens.Length)];
        _analyzer = NewsAnalyzer.CreateDefault();
        Console.WriteLine($"// {_articles.Count} articles, {TokenCount:N0} tokens, {CharCount:N0} chars");
    }

    /// <summary>The statistical tagger alone (features and decoding) over pre-tokenized text.</summary>
    [Benchmark]
    public int Tag()
    {
        int entities = 0;
        foreach (var (text, tokens, segments) in _articles)
        {
            _model.Tag(_features, text, tokens, segments, _labels.AsSpan(0, tokens.Length));
            entities += _labels[0];
        }

        return entities;
    }

    /// <summary>Whole analysis of plain text: tokens, sentences, entities, clusters.</summary>
    [Benchmark]
    public int Analyze()
    {
        int entities = 0;
        foreach (var (text, _, _) in _articles)
        {
            ImmutableArray<Entity> found = _analyzer.Analyze(text).Entities;
            entities += found.Length;
        }

        return entities;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn(() => CorpusChars.Value)); // news text is near-ASCII: chars ~ UTF-8 bytes
    }
}
