using System.Diagnostics;
using Byline.Entities;
using Byline.Entities.Tagging;
using Byline.Text;

namespace Byline.Evaluation;

/// <summary>
/// Tagging speed in tokens per second of CPU time (the process's own processor time, so the number holds on a busy
/// shared machine where wall-clock benchmarks are noisy). BenchmarkDotNet's EntityBenchmarks is the reference.
/// </summary>
internal static class SpeedCheck
{
    public static void Run(string folder)
    {
        var texts = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).Take(500).Select(f => File.ReadAllText(f, System.Text.Encoding.Latin1)).ToList();
        var load = Stopwatch.StartNew();
        NerModel model = NerModel.Default;
        Console.WriteLine($"model load: {load.ElapsedMilliseconds} ms ({model.RowCount:N0} rows, {model.Passes} passes)");
        var docs = texts.Select(t => (Text: t, Tokens: EnglishTokenizer.Tokenize(t).ToArray())).Select(d => (d.Text, d.Tokens, Segments: StatisticalEntityRecognizer.Segments(d.Text, d.Tokens))).ToList();
        long tokens = docs.Sum(d => (long)d.Tokens.Length);
        long chars = docs.Sum(d => (long)d.Text.Length);
        var features = model.CreateFeatures();
        var labels = new int[docs.Max(d => d.Tokens.Length)];
        for (int warm = 0; warm < 2; warm++)
        {
            foreach (var d in docs) model.Tag(features, d.Text, d.Tokens, d.Segments, labels.AsSpan(0, d.Tokens.Length));
        }

        const int Rounds = 5;
        TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (int r = 0; r < Rounds; r++)
        {
            foreach (var d in docs) model.Tag(features, d.Text, d.Tokens, d.Segments, labels.AsSpan(0, d.Tokens.Length));
        }

        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"tagger: {docs.Count} articles, {tokens:N0} tokens x {Rounds}: {tokens * Rounds / cpu:N0} tokens/s of CPU time ({tokens * Rounds / wall.Elapsed.TotalSeconds:N0} wall)");

        NewsAnalyzer nlp = NewsAnalyzer.CreateDefault();
        foreach (var d in docs) nlp.Analyze(d.Text);
        cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        wall.Restart();
        for (int r = 0; r < Rounds; r++)
        {
            foreach (var d in docs) nlp.Analyze(d.Text);
        }

        cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"whole analysis: {chars * Rounds / cpu / 1e6:F2} M chars/s of CPU time, {tokens * Rounds / cpu:N0} tokens/s ({chars * Rounds / wall.Elapsed.TotalSeconds / 1e6:F2} M chars/s wall)");
    }
}
