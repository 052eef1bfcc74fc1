using System.Collections.Immutable;
using System.Globalization;
using Byline.Articles;
using Byline.Entities;
using Byline.Quotes;
using Byline.Reporting;
using Byline.Text;

namespace Byline.Web.Tests;

public sealed class ReportWriterTests
{
    private const string Script = "<script>alert(1)</script>";
    private static readonly ReportWriter Report = new();

    private static TextSpan Find(string text, string part, int from = 0)
    {
        int at = text.IndexOf(part, from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{part}' not in the test text");
        return new TextSpan(at, part.Length);
    }

    private static void AssertNoActiveContent(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?i)href\s*=\s*[""']?\s*(javascript|data|vbscript):", html);
        HtmlChecks.AssertNoEventHandlers(html);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        HtmlChecks.AssertWellNested(html);
    }

    [Fact]
    public void Script_in_the_text_is_escaped()
    {
        NewsDocument doc = NewsAnalyzer.CreateDefault().Analyze($"The council met on Tuesday. {Script} It voted 6-3.\n\nA second <b>paragraph</b> & more.");
        string html = Report.Render("a1", doc);
        AssertNoActiveContent(html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;paragraph&lt;/b&gt; &amp; more.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        // And a second lock: the page forbids scripts itself, wherever it is opened.
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none';", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_in_the_title_author_and_id_is_escaped()
    {
        const string page = """
            <html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Flood wall approved</title>
            <meta name="author" content="&lt;script&gt;alert(2)&lt;/script&gt; Maria Alvarez">
            <meta property="og:site_name" content="&lt;img src=x onerror=alert(3)&gt;">
            </head><body><article><h1>&lt;script&gt;alert(1)&lt;/script&gt; Flood wall approved</h1>
            <p>The Portville City Council voted 6-3 on Tuesday to build a $48 million flood wall along the harbor, ending a two-year fight.</p>
            <p>"This is the most important vote this council has taken in a generation," Mayor Linda Okafor said after the meeting.</p>
            </article></body></html>
            """;
        NewsDocument doc = NewsAnalyzer.CreateDefault().AnalyzeHtml(page, new Uri("https://news.example/flood?a=1&b=2"));
        Assert.Contains("<script>", doc.Metadata.Title, StringComparison.Ordinal);

        string html = Report.Render("<script>alert(4)</script>", doc);
        AssertNoActiveContent(html);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; Flood wall approved</title>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(4)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://news.example/flood?a=1&amp;b=2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_in_every_metadata_field_is_escaped()
    {
        // The HTML extractor's metadata is being extended elsewhere: a stand-in extractor sets every field directly.
        const string body = "The council voted on Tuesday to build the wall.";
        var extractor = new FixedArticleExtractor(new ArticleContent(body)
        {
            Paragraphs = [new TextSpan(0, body.Length)],
            Metadata = new ArticleMetadata
            {
                Title = "<script>alert(1)</script>",
                Authors = ["<script>alert(2)</script>", "Tom \"Becker\" <b>"],
                Publisher = "<img src=x onerror=alert(3)>",
                Section = "<iframe src=javascript:alert(4)>",
                Language = "en\"><script>alert(5)</script>",
                Published = new DateTimeOffset(2025, 3, 7, 0, 0, 0, TimeSpan.Zero),
                Url = new Uri("javascript:alert(6)"),
            },
        });
        NewsDocument doc = NewsAnalyzer.CreateBuilder().UseArticleExtractor(extractor).Build().AnalyzeHtml("<p>ignored</p>");
        string html = Report.Render("m", doc);
        AssertNoActiveContent(html);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.Contains("<dd>&lt;script&gt;alert(2)&lt;/script&gt;, Tom &quot;Becker&quot; &lt;b&gt;</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>&lt;img src=x onerror=alert(3)&gt;</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>javascript:alert(6)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>2025-03-07", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    public void Only_http_and_https_addresses_become_links(string url)
    {
        NewsDocument doc = NewsAnalyzer.CreateDefault().AnalyzeHtml(
            "<html><head><title>T</title></head><body><article><p>Some text of the article, long enough to be a body paragraph of the page.</p>"
            + $"<p><a href=\"{url}\">a link</a> in the text.</p></article></body></html>", new Uri(url));
        string html = Report.Render("x", doc);
        AssertNoActiveContent(html);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.False(ReportWriter.IsSafeLink(new Uri(url)));
    }

    [Fact]
    public void Quotes_are_highlighted_with_nested_speaker_and_entity_marks()
    {
        const string text = "Harbor vote\n\n\"We cannot keep waiting for Portville to flood,\" Mayor Linda Okafor said on Tuesday.";
        NewsAnalyzer nlp = NewsAnalyzer.CreateBuilder()
            .ClearEntityRecognizers()
            .AddEntityRecognizer(new FakeNameRecognizer(("Linda Okafor", EntityType.Person), ("Portville", EntityType.Gpe), ("Tuesday", EntityType.Date)))
            .UseQuoteExtractor(new FixedQuoteExtractor(t =>
            [
                new Quote(Find(t, "We cannot keep waiting for Portville to flood,"), QuoteKind.Direct)
                {
                    Speaker = new QuoteSpeaker(Find(t, "Linda Okafor"), "E2", "Linda Okafor"),
                    Cue = new QuoteCue(Find(t, "said"), "said"),
                },
            ]))
            .Build();
        NewsDocument doc = nlp.Analyze(text);
        Assert.Single(doc.Quotes);
        Assert.Equal(3, doc.Mentions.Length);

        string html = Report.Render("okafor", doc);
        AssertNoActiveContent(html);
        // The entity inside the quote is nested inside the quote's mark.
        Assert.Contains("<mark class=\"quote s0\" title=\"direct quote: Linda Okafor\">We cannot keep waiting for "
            + "<span class=\"ent ent-gpe\" title=\"GPE: Portville\">Portville</span> to flood,</mark>", html, StringComparison.Ordinal);
        // The speaker mention carries both the speaker mark and, inside it, the entity mark.
        Assert.Contains("<span class=\"speaker\" title=\"speaker: Linda Okafor\"><span class=\"ent ent-person\" title=\"PERSON: Linda Okafor\">Linda Okafor</span></span>",
            html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cue\">said</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"ent ent-date\" title=\"DATE: Tuesday\">Tuesday</span>", html, StringComparison.Ordinal);
        // Who said what, and the legend for the types present.
        Assert.Contains("<span class=\"speaker-name\">Linda Okafor</span> <span class=\"count\">(1)</span>", html, StringComparison.Ordinal);
        Assert.Contains("“We cannot keep waiting for Portville to flood,”", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"ent ent-person\">Person</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"ent ent-gpe\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"ent ent-money\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mark_that_crosses_another_is_split_so_the_html_stays_nested()
    {
        const string text = "Intro line here.\n\nShe said \"the wall works for Portville City\" Council members agreed.";
        NewsAnalyzer nlp = NewsAnalyzer.CreateBuilder()
            .AddEntityRecognizer(new FakeNameRecognizer(("Portville City\" Council", EntityType.Organization)))
            .UseQuoteExtractor(new FixedQuoteExtractor(t => [new Quote(Find(t, "the wall works for Portville City"), QuoteKind.Direct)]))
            .Build();
        NewsDocument doc = nlp.Analyze(text);
        string html = Report.Render("cross", doc);
        HtmlChecks.AssertWellNested(html);
        // The entity starts inside the quote and ends after it: two pieces, each properly nested.
        Assert.Contains("the wall works for <span class=\"ent ent-org\" title=\"ORG: Portville City&quot; Council\">Portville City</span></mark>"
            + "<span class=\"ent ent-org\" title=\"ORG: Portville City&quot; Council\">&quot; Council</span>", html, StringComparison.Ordinal);
        Assert.Contains("mark class=\"quote unattributed\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_speaker_gets_a_colour_and_the_panel_lists_their_quotes()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SampleData", "harbor-council.txt"));
        NewsDocument doc = TestAnalyzers.WithFakeQuotes().Analyze(text);
        Assert.NotEmpty(doc.Quotes);
        string html = Report.Render("harbor", doc);
        AssertNoActiveContent(html);

        var classBySpeaker = new Dictionary<string, string>();
        foreach (Quote quote in doc.Quotes)
        {
            string open = HtmlChecks.OpeningTags(html).First(t => t.StartsWith("<mark", StringComparison.Ordinal)
                && t.Contains(": " + (quote.Speaker?.Name ?? "(unattributed)") + "\"", StringComparison.Ordinal));
            string key = quote.Speaker?.Name ?? "?";
            if (classBySpeaker.TryGetValue(key, out string? known))
            {
                Assert.Equal(known, open);
            }
            else
            {
                Assert.DoesNotContain(open, classBySpeaker.Values);
                classBySpeaker[key] = open;
            }
        }

        Assert.Contains("Linda Okafor", classBySpeaker.Keys);
        Assert.Contains("Sam Nguyen", classBySpeaker.Keys);
        int okaforQuotes = doc.Quotes.Count(q => q.Speaker?.Name == "Linda Okafor");
        Assert.Contains($"<span class=\"speaker-name\">Linda Okafor</span> <span class=\"count\">({okaforQuotes.ToString(CultureInfo.InvariantCulture)})</span>",
            html, StringComparison.Ordinal);
    }

    [Fact]
    public void Speaker_names_and_cues_from_the_article_are_escaped()
    {
        const string text = "Title\n\n\"Hello,\" said <img src=x onerror=alert(1)>.";
        NewsAnalyzer nlp = NewsAnalyzer.CreateBuilder()
            .UseQuoteExtractor(new FixedQuoteExtractor(t =>
            [
                new Quote(Find(t, "Hello,"), QuoteKind.Direct)
                {
                    Speaker = new QuoteSpeaker(Find(t, "<img src=x onerror=alert(1)>"), null, "<img src=x onerror=alert(1)>"),
                    Cue = new QuoteCue(Find(t, "said"), "<script>said</script>"),
                },
            ]))
            .Build();
        string html = Report.Render("x", nlp.Analyze(text));
        AssertNoActiveContent(html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;said&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_outside_the_text_are_ignored_not_thrown()
    {
        NewsAnalyzer nlp = NewsAnalyzer.CreateBuilder()
            .UseQuoteExtractor(new FixedQuoteExtractor(t => [new Quote(new TextSpan(t.Length - 2, 50), QuoteKind.Direct), new Quote(new TextSpan(3, 0), QuoteKind.Indirect)]))
            .Build();
        string html = Report.Render("x", nlp.Analyze("Short text here."));
        HtmlChecks.AssertWellNested(html);
        Assert.DoesNotContain("<mark", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_is_one_page_with_one_article_per_document()
    {
        NewsAnalyzer nlp = TestAnalyzers.WithFakeQuotes();
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Report.WriteStart(writer, "Batch <1>");
        Report.WriteArticle(writer, "one", nlp.Analyze("First\n\n\"Yes,\" said Sam Nguyen."));
        Report.WriteArticle(writer, "two", nlp.Analyze("Second\n\n\"No,\" said Erin Walsh."));
        Report.WriteEnd(writer);
        string html = writer.ToString();
        HtmlChecks.AssertWellNested(html);
        Assert.Equal(2, html.Split("<article class=\"doc\"").Length - 1);
        Assert.Contains("id=\"doc-one\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Batch &lt;1&gt;</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Many_quotes_in_one_paragraph_render_in_a_sweep_not_quadratic_time()
    {
        const int count = 30_000;
        const string sentence = "\"Yes,\" she said. ";
        string text = "Title\n\n" + string.Concat(Enumerable.Repeat(sentence, count));
        NewsAnalyzer nlp = NewsAnalyzer.CreateBuilder()
            .UseQuoteExtractor(new FixedQuoteExtractor(t =>
            [
                .. Enumerable.Range(0, count).Select(i =>
                {
                    int at = 7 + (i * sentence.Length);
                    return new Quote(new TextSpan(at + 1, 4), QuoteKind.Direct)
                    {
                        Speaker = new QuoteSpeaker(new TextSpan(at + 7, 3), null, "She"),
                        Cue = new QuoteCue(new TextSpan(at + 11, 4), "said"),
                    };
                }),
            ]))
            .Build();
        NewsDocument doc = nlp.Analyze(text);
        Assert.Equal(count, doc.Quotes.Length);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string html = Report.Render("many", doc);
        clock.Stop();
        Assert.Equal(count, html.Split("<mark class=\"quote s0\"").Length - 1);
        HtmlChecks.AssertWellNested(html);
        // Generous bound for a shared machine: the old pieces-times-marks loop took minutes here.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"rendering took {clock.Elapsed}");
    }
}
