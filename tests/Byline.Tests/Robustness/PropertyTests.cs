using CsCheck;
using Byline.Serialization;

namespace Byline.Tests.Robustness;

public class PropertyTests
{
    private static readonly NewsAnalyzer Nlp = NewsAnalyzer.CreateDefault();

    // Characters that stress the scanners: quotes of every style, dots, dashes, apostrophes, newlines, surrogates, controls.
    private static readonly Gen<char> NewsChar = Gen.OneOf(
        Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Char['0', '9'],
        Gen.OneOf<char>(' ', ' ', ' ', '\n', '\n', '\r', '\t', '.', '.', ',', '!', '?', ':', ';', '"', '\'', '“', '”', '‘', '’', '«', '»', '„',
            '(', ')', '[', ']', '-', '—', '–', '…', '$', '%', '&', '@', '#', '/', '©', '•', '\0', '\u200B', '\u202E', '\uFEFF',
            '\uD83D', '\uDE00', '\uD800', '\uDC00', 'é', 'ß', 'İ'));

    private static readonly Gen<string> NewsString = Gen.OneOf(
        NewsChar.Array[0, 400].Select(a => new string(a)),
        Gen.String,
        Gen.OneOf<string>("Mr. ", "U.S. ", "\"", "said ", "By Jane Doe\n", "© 2024 ", "\n\n", "WASHINGTON (AP) — ", "1. ", "a.m. ", ". . . ", "http://x.io/a(b) ", "J. R. ")
            .Array[0, 60].Select(a => string.Concat(a)));

    [Fact]
    public void Analysis_of_any_string_keeps_the_invariants_and_is_deterministic()
    {
        NewsString.Sample(text =>
        {
            NewsDocument doc = Nlp.Analyze(text);
            Assert.Same(text, doc.Text);
            DocumentInvariants.Check(doc);
            Assert.Equal(NewsDocumentJson.ToJson(doc, "x"), NewsDocumentJson.ToJson(Nlp.Analyze(text), "x"));
        }, iter: 3000);
    }

    private static readonly Gen<string> HtmlFragment = Gen.OneOf(
        Gen.OneOf<string>("<p>", "</p>", "<div class=\"story-body\">", "</div>", "<article>", "</article>", "<script>var a='</p>';</script>",
            "<h1>", "</h1>", "<li>", "<ul>", "<!--", "-->", "<br>", "<a href=\"javascript:alert(1)\">", "</a>", "<figure><figcaption>Photo: X</figcaption></figure>",
            "<meta charset=\"iso-8859-1\">", "<title>", "</title>", "&amp;", "&#0;", "&#xD800;", "<![CDATA[", "]]>", "<svg><p>", "<table><tr><td>", "\"", "<", ">"),
        NewsString);

    [Fact]
    public void Analysis_of_any_html_keeps_the_invariants()
    {
        HtmlFragment.Array[0, 40].Select(a => string.Concat(a)).Sample(html =>
        {
            NewsDocument doc = Nlp.AnalyzeHtml(html, new Uri("https://news.example/a"));
            DocumentInvariants.Check(doc);
            Assert.Equal(NewsDocumentJson.ToJson(doc, "x"), NewsDocumentJson.ToJson(Nlp.AnalyzeHtml(html, new Uri("https://news.example/a")), "x"));
        }, iter: 1000);
    }
}
