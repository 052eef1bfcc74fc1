using Byline.Serialization;

namespace Byline.Tests.Robustness;

public class ConcurrencyTests
{
    [Fact]
    public async Task One_shared_analyzer_under_8_concurrent_tasks_gives_the_sequential_results()
    {
        NewsAnalyzer nlp = NewsAnalyzer.CreateDefault();
        string[] texts = [.. Enumerable.Range(0, 1000).Select(i => i % 10 == 0 ? TestArticles.Sample("harbor-council.txt") : TestArticles.Generated(i))];
        string[] sequential = [.. texts.Select((t, i) => NewsDocumentJson.ToJson(nlp.Analyze(t), i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

        var concurrent = new string[texts.Length];
        int next = -1;
        Task[] workers = [.. Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < texts.Length)
            {
                concurrent[i] = NewsDocumentJson.ToJson(nlp.Analyze(texts[i]), i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }))];
        await Task.WhenAll(workers);

        Assert.Equal(sequential, concurrent);
    }
}
