using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Byline.Text;

namespace Byline.Benchmarks;

/// <summary>Tokenizer and sentence splitter over about 1 MB of news text (the sample articles repeated).</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TextBenchmarks
{
    private string _text = "";
    private ImmutableArray<Token> _tokens;
    private ImmutableArray<TextSpan> _blocks;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.PlainText(1_000_000);
        _tokens = EnglishTokenizer.Tokenize(_text);
        _blocks = [.. Paragraphs(_text)];
    }

    [Benchmark]
    public int Tokenize() => EnglishTokenizer.Tokenize(_text).Length;

    [Benchmark]
    public int SplitSentences() => EnglishSentenceSplitter.Instance.Split(_text, _tokens, _blocks, CancellationToken.None).Length;

    [Benchmark]
    public int TokenizeAndSplit()
    {
        ImmutableArray<Token> tokens = EnglishTokenizer.Tokenize(_text);
        return EnglishSentenceSplitter.Instance.Split(_text, tokens, _blocks, CancellationToken.None).Length;
    }

    private static IEnumerable<TextSpan> Paragraphs(string text)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                yield return TextSpan.FromBounds(start, end);
            }

            start = end + 2;
        }
    }

    /// <summary>Adds an MB/s column computed from the input size.</summary>
    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn(() => System.Text.Encoding.UTF8.GetByteCount(BenchmarkCorpus.PlainText(1_000_000))));
    }
}
