using Byline.Articles;

namespace Byline.Tests.Articles;

public class PlainTextArticleTests
{
    private static readonly NewsAnalyzer Nlp = NewsAnalyzer.CreateBuilder().ClearEntityRecognizers().UseQuoteExtractor(null).Build();

    private static string SampleArticle() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SampleData", "harbor-council.txt"));

    [Fact]
    public void Finds_headline_byline_dateline_paragraphs_and_boilerplate()
    {
        string text = SampleArticle();
        NewsDocument doc = Nlp.Analyze(text);

        Assert.Same(text, doc.Text);
        Assert.Equal("Harbor City Council Approves Flood Wall After Heated Debate", doc.Metadata.Title);
        Assert.Equal(["Maria Alvarez", "Tom Becker"], doc.Metadata.Authors.AsEnumerable());
        Assert.Equal("By Maria Alvarez and Tom Becker", doc.GetText(doc.Metadata.BylineSpan!.Value));
        Assert.Equal("PORTVILLE, Maine (Byline News) —", doc.GetText(doc.Metadata.DatelineSpan!.Value));
        Assert.Equal(7, doc.Paragraphs.Length); // counted by hand in samples/data/harbor-council.txt
        Assert.StartsWith("PORTVILLE, Maine", doc.GetText(doc.Paragraphs[0]));
        Assert.Equal(
            [(BoilerplateKind.ReadMore, "Read more: How coastal towns are paying for climate defenses"),
             (BoilerplateKind.Copyright, "© 2025 Byline News Sample. All rights reserved. This article was written for the Byline samples.")],
            doc.Boilerplate.Select(b => (b.Kind, doc.GetText(b.Span))));
        Assert.DoesNotContain(doc.Paragraphs, p => doc.Boilerplate.Any(b => b.Span.OverlapsWith(p)));
        // The headline is a sentence (entities are found in it) but not a body paragraph.
        Assert.Equal(doc.Metadata.HeadlineSpan, doc.Sentences[0].Span);
        Assert.DoesNotContain(doc.Paragraphs, p => p.OverlapsWith(doc.Metadata.HeadlineSpan!.Value));
    }

    [Fact]
    public void A_dateline_may_name_a_long_country()
    {
        NewsDocument doc = Nlp.Analyze("Fighting Resumes Near Goma\n\nGOMA, Democratic Republic of the Congo — Fighting resumed on the outskirts of Sake on Tuesday, residents said.\n\nAid workers left the town.");
        Assert.Equal("GOMA, Democratic Republic of the Congo —", doc.GetText(doc.Metadata.DatelineSpan!.Value));
    }

    [Theory]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.", BoilerplateKind.Redistribution)]
    [InlineData("Follow us on Twitter and Facebook", BoilerplateKind.SocialPrompt)]
    [InlineData("Sign up for our newsletter to get the day's top stories.", BoilerplateKind.Newsletter)]
    [InlineData("Click here to read the full report.", BoilerplateKind.ClickHere)]
    [InlineData("Photo: Jane Doe/Reuters", BoilerplateKind.ImageCredit)]
    [InlineData("(c) 2024 Example Media Ltd.", BoilerplateKind.Copyright)]
    public void Marks_boilerplate_lines(string line, BoilerplateKind kind)
    {
        string text = $"The strike ended on Friday after three weeks.\n\n{line}\n\nWorkers returned on Monday.";
        NewsDocument doc = Nlp.Analyze(text);
        BoilerplateSpan b = Assert.Single(doc.Boilerplate);
        Assert.Equal(kind, b.Kind);
        Assert.Equal(line, doc.GetText(b.Span));
        Assert.Equal(["The strike ended on Friday after three weeks.", "Workers returned on Monday."], doc.Paragraphs.Select(doc.GetText));
    }

    [Fact]
    public void A_long_paragraph_that_mentions_click_here_is_body()
    {
        string line = "Click here, the designers decided, was the wrong thing to tell readers, and the paper dropped the phrase from every page of its site in 2019 after a study of how people read news on their phones showed that links written as plain descriptions of the story behind them were clicked more often, and by more readers, than any call to action.";
        NewsDocument doc = Nlp.Analyze(line);
        Assert.Empty(doc.Boilerplate);
        Assert.Single(doc.Paragraphs);
    }

    [Fact]
    public void Lines_without_blank_lines_are_paragraphs()
    {
        NewsDocument doc = Nlp.Analyze("The first line is a sentence.\nThe second line is another.\nAnd a third.");
        Assert.Equal(3, doc.Paragraphs.Length);
        Assert.Null(doc.Metadata.Title);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_join_until_a_blank_line()
    {
        const string text = "The council met on Tuesday to discuss\nthe budget for next year.\n\nIt adjourned at noon.";
        NewsDocument doc = Nlp.Analyze(text);
        Assert.Equal(["The council met on Tuesday to discuss\nthe budget for next year.", "It adjourned at noon."], doc.Paragraphs.Select(doc.GetText));
        Assert.Equal(2, doc.Sentences.Length);
    }

    [Fact]
    public void Empty_and_whitespace_text_give_an_empty_document()
    {
        foreach (string text in new[] { "", "   ", "\n\n\r\n" })
        {
            NewsDocument doc = Nlp.Analyze(text);
            Assert.Empty(doc.Paragraphs);
            Assert.Empty(doc.Sentences);
            Assert.Same(text, doc.Text);
        }
    }

    [Fact]
    public void Too_long_text_is_cut_with_a_diagnostic()
    {
        NewsAnalyzer small = NewsAnalyzer.CreateBuilder().ConfigureOptions(o => o with { MaxInputLength = 40 }).Build();
        string text = string.Concat(Enumerable.Repeat("The market fell again today. ", 10));
        NewsDocument doc = small.Analyze(text);
        Assert.Same(text, doc.Text);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.InputTruncated);
        Assert.All(doc.Sentences, s => Assert.True(s.Span.End <= 40));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => Nlp.Analyze("Some text.", cts.Token));
    }

    [Fact]
    public void Null_input_throws()
    {
        Assert.Throws<ArgumentNullException>(() => Nlp.Analyze(null!));
        Assert.Throws<ArgumentNullException>(() => Nlp.AnalyzeHtml((string)null!));
    }
}
