using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Byline.Benchmarks;

/// <summary>The whole default pipeline on one article, as text and as an HTML page.</summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class EndToEndBenchmarks
{
    private readonly NewsAnalyzer _nlp = NewsAnalyzer.CreateDefault();
    private string _text = "";
    private string _html = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(Path.Combine(BenchmarkData.SamplesFolder(), "trade-talks.txt"));
        _html = File.ReadAllText(Path.Combine(BenchmarkData.SamplesFolder(), "storm-recovery.html"));
        _nlp.Analyze(_text); // models load outside the measurement
        _nlp.AnalyzeHtml(_html);
    }

    [Benchmark(Description = "text article (1.5 KB)")]
    public NewsDocument Text() => _nlp.Analyze(_text);

    [Benchmark(Description = "HTML page (2.8 KB)")]
    public NewsDocument Html() => _nlp.AnalyzeHtml(_html);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new OperationsPerSecondColumn("docs/s"));
    }
}
