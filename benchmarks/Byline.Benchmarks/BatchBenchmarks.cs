using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Byline.Benchmarks;

/// <summary>
/// AnalyzeMany over 200 articles with 1 and 2 workers, under the three garbage-collector settings a host can choose:
/// the ratio of the two rows of one job is the parallel speed-up (the issue asks for at least 1.8x on a 2-core machine).
/// The default workstation GC collects generation 2 on a background thread, which takes a core away from the second
/// worker; a batch host turns that off (<c>ConcurrentGarbageCollection=false</c>, as the CLI does) or uses server GC.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class BatchBenchmarks
{
    private readonly NewsAnalyzer _nlp = NewsAnalyzer.CreateDefault();
    private NewsInput[] _inputs = [];

    /// <summary>Workers (<see cref="BatchOptions.MaxDegreeOfParallelism"/>).</summary>
    [Params(1, 2)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string[] articles = [.. Directory.EnumerateFiles(BenchmarkData.SamplesFolder(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        _inputs = [.. Enumerable.Range(0, 200).Select(i => NewsInput.FromText(i.ToString(System.Globalization.CultureInfo.InvariantCulture), articles[i % articles.Length]))];
        _nlp.Analyze(articles[0]);
    }

    [Benchmark(Description = "AnalyzeMany, 200 text articles")]
    public int AnalyzeMany()
    {
        int sentences = 0;
        foreach (NewsResult r in _nlp.AnalyzeMany(_inputs, new BatchOptions { MaxDegreeOfParallelism = Workers }))
        {
            sentences += r.Document!.Sentences.Length;
        }

        return sentences;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            Job run = Job.Default.WithWarmupCount(5).WithIterationCount(15);
            AddJob(run.WithGcConcurrent(false).WithId("WorkstationNonConcurrent"));
            AddJob(run.WithGcServer(true).WithId("Server"));
            AddJob(run.WithId("WorkstationConcurrentDefault"));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median, new OperationsPerSecondColumn("docs/s", 200), new SpeedupColumn());
        }
    }
}
