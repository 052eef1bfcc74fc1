using System.Collections.Immutable;
using Byline.Quotes;
using Byline.Serialization;

namespace Byline.Tests.Batch;

public class BatchTests
{
    private static readonly NewsAnalyzer Nlp = NewsAnalyzer.CreateDefault();

    private static NewsInput[] Inputs(int count) =>
        [.. Enumerable.Range(0, count).Select(i => i % 7 == 3
            ? NewsInput.FromHtml($"doc{i}", $"<html><body><p>{TestArticles.Generated(i)}</p></body></html>", new Uri($"https://news.example/{i}"))
            : NewsInput.FromText($"doc{i}", TestArticles.Generated(i)))];

    [Fact]
    public void Results_come_in_input_order_and_equal_sequential_analysis()
    {
        NewsInput[] inputs = Inputs(200);
        NewsResult[] results = [.. Nlp.AnalyzeMany(inputs, new BatchOptions { MaxDegreeOfParallelism = 4 })];
        Assert.Equal(inputs.Select(i => i.Id), results.Select(r => r.Input.Id));
        for (int i = 0; i < inputs.Length; i++)
        {
            NewsDocument expected = inputs[i].IsHtml ? Nlp.AnalyzeHtml(inputs[i].Content, inputs[i].Url) : Nlp.Analyze(inputs[i].Content);
            Assert.True(results[i].Succeeded);
            Assert.Equal(NewsDocumentJson.ToJson(expected, inputs[i].Id), NewsDocumentJson.ToJson(results[i].Document!, inputs[i].Id));
        }
    }

    [Fact]
    public void Unordered_results_hold_every_input_once()
    {
        NewsInput[] inputs = Inputs(100);
        NewsResult[] results = [.. Nlp.AnalyzeMany(inputs, new BatchOptions { MaxDegreeOfParallelism = 3, PreserveOrder = false })];
        Assert.Equal(inputs.Select(i => i.Id).Order(), results.Select(r => r.Input.Id).Order());
    }

    [Fact]
    public void A_failing_document_is_a_result_and_the_others_still_come_out()
    {
        NewsAnalyzer failing = NewsAnalyzer.CreateBuilder().UseQuoteExtractor(new ThrowingExtractor()).Build();
        NewsInput[] inputs = [NewsInput.FromText("a", "The vote passed."), NewsInput.FromText("boom", "FAIL here."), NewsInput.FromText("c", "Rain fell.")];
        foreach (int workers in new[] { 1, 2 })
        {
            NewsResult[] results = [.. failing.AnalyzeMany(inputs, new BatchOptions { MaxDegreeOfParallelism = workers })];
            Assert.Equal(["a", "boom", "c"], results.Select(r => r.Input.Id));
            Assert.True(results[0].Succeeded);
            Assert.False(results[1].Succeeded);
            Assert.IsType<InvalidOperationException>(results[1].Error);
            Assert.True(results[2].Succeeded);
        }
    }

    [Fact]
    public async Task Async_batch_streams_in_order()
    {
        NewsInput[] inputs = Inputs(60);
        var ids = new List<string>();
        await foreach (NewsResult r in Nlp.AnalyzeManyAsync(ToAsync(inputs), new BatchOptions { MaxDegreeOfParallelism = 2 }))
        {
            Assert.True(r.Succeeded);
            ids.Add(r.Input.Id);
        }

        Assert.Equal(inputs.Select(i => i.Id), ids);
    }

    [Fact]
    public void Input_is_streamed_not_read_ahead_without_bound()
    {
        int produced = 0;
        IEnumerable<NewsInput> Endless()
        {
            for (int i = 0; ; i++)
            {
                produced++;
                yield return NewsInput.FromText($"d{i}", TestArticles.Generated(i));
            }
        }

        var options = new BatchOptions { MaxDegreeOfParallelism = 2, ReadAheadPerWorker = 4 };
        NewsResult[] first = [.. Nlp.AnalyzeMany(Endless(), options).Take(10)];
        Assert.Equal(10, first.Length);
        Assert.InRange(produced, 10, 10 + (2 * 4));
    }

    [Fact]
    public void Cancellation_stops_the_batch()
    {
        using var cts = new CancellationTokenSource();
        int seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (NewsResult _ in Nlp.AnalyzeMany(Inputs(1000), new BatchOptions { MaxDegreeOfParallelism = 2 }, cts.Token))
            {
                if (++seen == 5)
                {
                    cts.Cancel();
                }
            }
        });
        Assert.InRange(seen, 5, 5 + 8);
    }

    [Fact]
    public void Bad_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => Nlp.AnalyzeMany(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nlp.AnalyzeMany([], new BatchOptions { MaxDegreeOfParallelism = 0 }));
    }

    private static async IAsyncEnumerable<NewsInput> ToAsync(IEnumerable<NewsInput> inputs)
    {
        foreach (NewsInput i in inputs)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private sealed class ThrowingExtractor : IQuoteExtractor
    {
        public ImmutableArray<Quote> Extract(QuoteExtractionContext context, CancellationToken cancellationToken) =>
            context.Text.StartsWith("FAIL", StringComparison.Ordinal) ? throw new InvalidOperationException("extractor failed") : [];
    }
}
