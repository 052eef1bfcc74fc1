using System.Text.Json;

namespace Byline.Tests.Text;

public class EnglishSentenceSplitterTests
{
    private static readonly NewsAnalyzer Nlp = NewsAnalyzer.CreateBuilder().ClearEntityRecognizers().UseQuoteExtractor(null).Build();

    private static string[] Sentences(string text)
    {
        NewsDocument doc = Nlp.Analyze(text);
        return [.. doc.Sentences.Select(s => doc.GetText(s.Span))];
    }

    [Theory]
    [InlineData("\u201cWe will not back down,\u201d Merkel said. \u201cNever.\u201d", new[] { "\u201cWe will not back down,\u201d Merkel said.", "\u201cNever.\u201d" })]
    [InlineData("\"Is it over?\" she asked. Nobody answered.", new[] { "\"Is it over?\" she asked.", "Nobody answered." })]
    [InlineData("Talks resume next week.\" The minister left.", new[] { "Talks resume next week.\"", "The minister left." })]
    [InlineData("Sen. Marco Rubio, R-Fla., spoke first. A truck driver from Ava, Mo. The meeting ended.", new[] { "Sen. Marco Rubio, R-Fla., spoke first.", "A truck driver from Ava, Mo.", "The meeting ended." })]
    [InlineData("WASHINGTON (AP) — The Senate passed the bill. It now goes to the House.", new[] { "WASHINGTON (AP) — The Senate passed the bill.", "It now goes to the House." })]
    [InlineData("J. R. R. Tolkien wrote it. Sen. Elizabeth Warren read it.", new[] { "J. R. R. Tolkien wrote it.", "Sen. Elizabeth Warren read it." })]
    [InlineData("Shares rose 3.5 percent to $41.20. Analysts were surprised.", new[] { "Shares rose 3.5 percent to $41.20.", "Analysts were surprised." })]
    [InlineData("The company (founded in 1998.) grew fast. It now has 500 staff.", new[] { "The company (founded in 1998.) grew fast.", "It now has 500 staff." })]
    [InlineData("He arrived on Jan. 5 with Gen. Mark Milley at 10 a.m. Monday.", new[] { "He arrived on Jan. 5 with Gen. Mark Milley at 10 a.m. Monday." })]
    [InlineData("The deal was signed by Acme Inc. The rival bid failed.", new[] { "The deal was signed by Acme Inc.", "The rival bid failed." })]
    [InlineData("She works for the U.S. State Department in Rome.", new[] { "She works for the U.S. State Department in Rome." })]
    [InlineData("''It was a mistake,'' Mr. Holtz-Eakin said. ''They're more detailed than Trump's.'' Others agreed.", new[] { "''It was a mistake,'' Mr. Holtz-Eakin said.", "''They're more detailed than Trump's.''", "Others agreed." })]
    public void Splits_news_sentences(string text, string[] expected) => Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Never_crosses_a_paragraph()
    {
        string[] s = Sentences("The vote was close\n\nOfficials said the count would continue");
        Assert.Equal(["The vote was close", "Officials said the count would continue"], s);
    }

    [SharedDataFact]
    public void Passes_at_least_47_of_the_48_golden_rules()
    {
        int passed = 0;
        var failures = new List<string>();
        foreach (string line in File.ReadLines(SharedData.PathTo("segmentation/golden_rules_en.jsonl")))
        {
            using JsonDocument json = JsonDocument.Parse(line);
            string text = json.RootElement.GetProperty("text").GetString()!;
            string[] gold = [.. json.RootElement.GetProperty("sentences").EnumerateArray().Select(e => e.GetString()!.Trim())];
            string[] predicted = Sentences(text);
            if (gold.SequenceEqual(predicted))
            {
                passed++;
            }
            else
            {
                failures.Add(json.RootElement.GetProperty("id").GetString()!);
            }
        }

        Assert.True(passed >= 47, $"passed {passed}/48; failed: {string.Join(", ", failures)}");
    }
}

public class NewsSentenceTests
{
    private static readonly NewsAnalyzer Nlp = NewsAnalyzer.CreateBuilder().ClearEntityRecognizers().UseQuoteExtractor(null).Build();

    private static string[] Sentences(string text)
    {
        NewsDocument doc = Nlp.Analyze(text);
        return [.. doc.Sentences.Select(s => doc.GetText(s.Span))];
    }

    [Fact]
    public void A_quote_spanning_two_sentences_is_split_inside_the_quote()
    {
        Assert.Equal(
            ["\u201cWe are closer than we have been at any point since March.", "But we are not there yet,\u201d Doyle told reporters.", "She left."],
            Sentences("\u201cWe are closer than we have been at any point since March. But we are not there yet,\u201d Doyle told reporters. She left."));
        Assert.Equal(
            ["\"We will rebuild.", "Every family will get help,\" the governor said."],
            Sentences("\"We will rebuild. Every family will get help,\" the governor said."));
    }

    [Fact]
    public void US_ends_a_sentence_before_a_sentence_starter_only()
    {
        Assert.Equal(["Exports of steel to the U.S. fell 12.4% last year."], Sentences("Exports of steel to the U.S. fell 12.4% last year."));
        Assert.Equal(["She moved to the U.S.", "Then she joined the firm."], Sentences("She moved to the U.S. Then she joined the firm."));
        Assert.Equal(["The U.S. Senate voted."], Sentences("The U.S. Senate voted."));
    }

    [Fact]
    public void Question_and_exclamation_inside_quotes_do_not_end_the_reporting_sentence()
    {
        Assert.Equal(["\u201cWhy now?\u201d asked one resident.", "Nobody knew."], Sentences("\u201cWhy now?\u201d asked one resident. Nobody knew."));
        Assert.Equal(["'Get out!' the officer shouted."], Sentences("'Get out!' the officer shouted."));
    }
}
