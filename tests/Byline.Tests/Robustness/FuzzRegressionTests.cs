using System.Text;
using Byline.Text;

namespace Byline.Tests.Robustness;

/// <summary>
/// Inputs found by the AFL harness (tests/Byline.Fuzz, run with fuzz.sh), minimised by hand: each broke an invariant.
/// The harness also checks that no span cuts a surrogate pair in two, which DocumentInvariants does not.
/// </summary>
public class FuzzRegressionTests
{
    private const string Emoji = "\U0001F600"; // one character, two UTF-16 code units

    private static NewsAnalyzer WithLimits(int maxInputLength = 10_000_000, int maxHtmlLength = 50_000_000) =>
        NewsAnalyzer.CreateBuilder()
            .ConfigureOptions(o => o with { MaxInputLength = maxInputLength, MaxHtmlLength = maxHtmlLength })
            .Build();

    private static void AssertNoSpanCutsASurrogatePair(NewsDocument doc)
    {
        string text = doc.Text;
        bool Cuts(int at) => at > 0 && at < text.Length && char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at]);
        IEnumerable<TextSpan> spans = doc.Tokens.Select(t => t.Span)
            .Concat(doc.Sentences.Select(s => s.Span))
            .Concat(doc.Paragraphs)
            .Concat(doc.Boilerplate.Select(b => b.Span));
        foreach (TextSpan s in spans)
        {
            Assert.False(Cuts(s.Start) || Cuts(s.End), $"{s} cuts a surrogate pair in {text}");
        }
    }

    [Fact]
    public void Text_cut_by_MaxInputLength_between_the_two_halves_of_an_emoji_leaves_the_emoji_out_whole()
    {
        // Crash: token [4..5) cuts a surrogate pair in two (the limit fell after the high surrogate).
        string text = "aaaa" + Emoji + " bb";
        NewsDocument doc = WithLimits(maxInputLength: 5).Analyze(text);

        Assert.Same(text, doc.Text);
        DocumentInvariants.Check(doc);
        AssertNoSpanCutsASurrogatePair(doc);
        Assert.Equal([new TextSpan(0, 4)], doc.Tokens.Select(t => t.Span));
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.InputTruncated);
    }

    [Fact]
    public void Html_body_longer_than_MaxInputLength_cut_between_the_two_halves_of_an_emoji_leaves_the_emoji_out_whole()
    {
        NewsDocument doc = WithLimits(maxInputLength: 5).AnalyzeHtml("<p>aaaa" + Emoji + " bb</p>");

        DocumentInvariants.Check(doc);
        AssertNoSpanCutsASurrogatePair(doc);
        Assert.Equal([new TextSpan(0, 4)], doc.Tokens.Select(t => t.Span));
    }

    [Fact]
    public void Html_cut_by_MaxHtmlLength_between_the_two_halves_of_an_emoji_does_not_turn_it_into_a_replacement_character()
    {
        // "<p>aaaaaaaa" is 11 characters: a limit of 12 fell after the emoji's high surrogate, which the parser read as U+FFFD.
        NewsDocument doc = WithLimits(maxHtmlLength: 12).AnalyzeHtml("<p>aaaaaaaa" + Emoji + " bb</p>");

        DocumentInvariants.Check(doc);
        Assert.Equal("aaaaaaaa", doc.Text);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.InputTruncated);
    }

    [Fact]
    public void Html_stream_declaring_meta_charset_utf7_is_read_as_utf8_not_an_exception()
    {
        // Found by the html target (AnalyzeHtml(Stream)): the fuzzer mutated the seed's charset="utf-8" into "utf-7".
        // The HTML standard does not allow UTF-7 and browsers ignore it; the declared charset should be ignored the same way.
        byte[] page = Encoding.UTF8.GetBytes("<meta charset=\"utf-7\"><p>\"It was a month of work,\" she said.</p>");
        using var stream = new MemoryStream(page);

        NewsDocument doc = NewsAnalyzer.CreateDefault().AnalyzeHtml(stream);

        DocumentInvariants.Check(doc);
        Assert.Equal("\"It was a month of work,\" she said.", doc.Text);
    }
}
