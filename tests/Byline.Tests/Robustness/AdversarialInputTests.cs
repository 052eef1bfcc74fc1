using System.Diagnostics;
using System.Text;

namespace Byline.Tests.Robustness;

/// <summary>Pathological inputs: each completes, keeps the invariants, and stays within the documented limits.</summary>
public class AdversarialInputTests
{
    private static readonly NewsAnalyzer Nlp = NewsAnalyzer.CreateDefault();

    public static TheoryData<string, string> TextFamilies() => new()
    {
        { "1 MB line without spaces", new string('x', 1_000_000) },
        { "1 MB of dots", new string('.', 1_000_000) },
        { "100,000 straight quote marks", new string('"', 100_000) },
        { "100,000 curly quotes with words", string.Concat(Enumerable.Repeat("“a ", 100_000)) },
        { "100,000 apostrophes", string.Concat(Enumerable.Repeat("'s ", 100_000)) },
        { "NUL and control characters", string.Concat(Enumerable.Range(0, 200_000).Select(i => (char)(i % 32))) },
        { "lone surrogates", string.Concat(Enumerable.Repeat("\uD800a\uDC00 ", 100_000)) },
        { "zero-width and bidi characters", string.Concat(Enumerable.Repeat("Mr.\u200B Smith\u202E said\u2066 .\u200F ", 50_000)) },
        { "one word per line", string.Concat(Enumerable.Repeat("Word\n", 200_000)) },
        { "blank lines only", new string('\n', 1_000_000) },
        { "abbreviations and initials", string.Concat(Enumerable.Repeat("J. R. U.S. Mr. a.m. No. ", 50_000)) },
        { "list markers", string.Concat(Enumerable.Range(1, 50_000).Select(i => $"{i}. Item ")) },
        { "url-like run", "http://" + new string('a', 500_000) + "(" + new string('b', 500_000) },
        { "email-like run", new string('a', 500_000) + "@" + new string('b', 500_000) },
    };

    [Theory]
    [MemberData(nameof(TextFamilies))]
    public void Pathological_text_is_analysed(string family, string text)
    {
        _ = family;
        NewsDocument doc = Nlp.Analyze(text);
        Assert.Same(text, doc.Text);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Text_over_the_limit_is_cut_with_a_diagnostic_not_an_error()
    {
        // 50 MB of text (25 M chars) against the default 10 M-character limit.
        string text = new StringBuilder(25_000_000).Insert(0, "The market fell. ", 25_000_000 / 17).ToString();
        NewsDocument doc = Nlp.Analyze(text);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.InputTruncated);
        Assert.True(doc.Sentences[^1].Span.End <= Nlp.Options.MaxInputLength);
    }

    public static TheoryData<string, string> HtmlFamilies() => new()
    {
        { "100,000 nested divs", string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Deep text.</p>" },
        { "100,000 nested unclosed spans", "<p>" + string.Concat(Enumerable.Repeat("<span>a ", 100_000)) },
        { "unclosed everything", "<html><body><article><p>Text <b>bold <i>italic <a href='x'>link <!-- comment <script>x" },
        { "100,000 quote marks in a paragraph", "<p>" + new string('"', 100_000) + "</p>" },
        { "script only", "<html><head><script>" + new string('x', 100_000) + "</script></head></html>" },
        { "empty", "" },
        { "not html at all", "\0\u0001\u0002 binary-ish \uFFFF" },
    };

    [Theory]
    [MemberData(nameof(HtmlFamilies))]
    public void Pathological_html_is_analysed(string family, string html)
    {
        _ = family;
        NewsDocument doc = Nlp.AnalyzeHtml(html);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Invalid_bytes_in_a_stream_are_replaced_not_fatal()
    {
        byte[] bytes = [.. "<html><body><p>Caf"u8.ToArray(), 0xC3, 0x28, 0xFF, .. " reopened on Monday.</p></body></html>"u8.ToArray()];
        NewsDocument doc = Nlp.AnalyzeHtml(new MemoryStream(bytes));
        Assert.Contains("reopened on Monday.", doc.Text, StringComparison.Ordinal);
        DocumentInvariants.Check(doc);
    }

    [Fact]
    public void Cancellation_is_honoured_within_100_ms_on_a_large_document()
    {
        // About 40 M characters: seconds of work for the whole pipeline, cancelled 20 ms after it starts.
        NewsAnalyzer nlp = NewsAnalyzer.CreateBuilder().ConfigureOptions(o => o with { MaxInputLength = 50_000_000 }).Build();
        string article = TestArticles.Sample("harbor-council.txt") + "\n\n";
        string text = new StringBuilder(40_100_000).Insert(0, article, 40_000_000 / article.Length).ToString();
        nlp.Analyze(article);
        using var cts = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        Task<NewsDocument> run = Task.Run(() =>
        {
            started.Set();
            return nlp.Analyze(text, cts.Token);
        });
        started.Wait();
        Thread.Sleep(20);
        Assert.False(run.IsCompleted, "the analysis finished before it could be cancelled; make the input larger");
        var watch = Stopwatch.StartNew();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => run.GetAwaiter().GetResult());
        watch.Stop();
        Assert.True(watch.ElapsedMilliseconds < 100, $"cancellation took {watch.ElapsedMilliseconds} ms");
    }
}

public class HtmlNestingLimiterTests
{
    [Fact]
    public void Drops_only_start_tags_deeper_than_the_limit()
    {
        string html = "<div><div><div><p>Deep</p></div></div></div>";
        Assert.Equal("<div><div><p>Deep</p></div></div></div>", Byline.Articles.HtmlNestingLimiter.Limit(html, 2, out int dropped));
        Assert.Equal(1, dropped);
    }

    [Fact]
    public void Leaves_ordinary_pages_alone()
    {
        string html = "<html><body><p>One<p>Two<br><img src=x><script>if (a<b) { x = '<div>'; }</script><!-- <div> --><ul><li>a<li>b</ul></body></html>";
        Assert.Same(html, Byline.Articles.HtmlNestingLimiter.Limit(html, 2, out int dropped));
        Assert.Equal(0, dropped);
    }

    [Fact]
    public void A_too_deep_page_gets_a_diagnostic()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", 2000)) + "<p>The bridge reopened on Friday.</p>";
        NewsDocument doc = NewsAnalyzer.CreateDefault().AnalyzeHtml(html);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.HtmlTooDeep);
        Assert.Contains("The bridge reopened on Friday.", doc.Text, StringComparison.Ordinal);
    }
}
