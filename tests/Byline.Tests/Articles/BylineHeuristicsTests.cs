using Byline.Articles;
using Byline.Articles.Html;

namespace Byline.Tests.Articles;

/// <summary>Authors read from bylines printed on the page and from author strings.</summary>
public class BylineHeuristicsTests
{
    private static readonly NewsAnalyzer Nlp = NewsAnalyzer.CreateDefault();

    private const string Paragraphs =
        "<p>Die Energieversorger haben ihre Preise für Gas und Strom zum Jahreswechsel erneut angehoben, wie eine Auswertung der Verbraucherzentralen zeigt.</p>"
        + "<p>Wer einen neuen Vertrag abschließen will, sollte die Angebote genau vergleichen und auf die Laufzeit sowie die Kündigungsfristen achten.</p>";

    private static string[] Authors(string body) =>
        Nlp.AnalyzeHtml($"<html lang=\"de\"><head><title>Energiepreise steigen weiter</title></head><body>{body}</body></html>").Metadata.Authors.ToArray();

    [Theory]
    [InlineData("By Jose de la Cruz", new[] { "Jose de la Cruz" })]
    [InlineData("Text von Christian Seiler Illustration von Markus Roost", new[] { "Christian Seiler" })]
    [InlineData("FOCUS-Online-Experte Robin Tschöpe", new[] { "Robin Tschöpe" })]
    [InlineData("Autor: Rechtsanwalt Sebastian Einbock", new[] { "Sebastian Einbock" })]
    [InlineData("Von Isabella.DiBiase am Samstag, 19. Oktober 2019", new[] { "Isabella DiBiase" })]
    [InlineData("Tomas Spahn Fr, 03.01.2020", new[] { "Tomas Spahn" })]
    [InlineData("Posted by Konstantin @ 12:00 am", new[] { "Konstantin" })]
    [InlineData("Von SPÖ", new string[0])]
    [InlineData("Posted by Admin", new string[0])]
    [InlineData("Konstantin", new string[0])]
    public void Author_strings_lose_credits_roles_and_dates(string raw, string[] expected)
    {
        Assert.Equal(expected, AuthorNames.Parse(raw));
    }

    [Fact]
    public void A_layout_class_naming_a_sidebar_does_not_hide_the_byline()
    {
        string[] authors = Authors(
            "<div class='main-content has-double-sidebar'><div class='article-content'><h6>Energiepreise steigen weiter</h6>"
            + "<h5><em>Von Leonora Holling</em></h5>" + Paragraphs + "</div></div>");
        Assert.Equal(["Leonora Holling"], authors);
    }

    [Fact]
    public void A_wrapper_around_the_headline_is_the_article_whatever_its_id()
    {
        // The content area carries id="sidebar"; it holds the <h1>, so it is the article, not a sidebar.
        string[] authors = Authors(
            "<div class='site-content content-area' id='sidebar'><header class='entry-header'><h1>Energiepreise steigen weiter</h1>"
            + "<div class='entry-meta'><span class='author vcard'><a class='url fn' rel='author' href='/author/heiko-sauer/'>Heiko Sauer</a></span></div></header>"
            + Paragraphs + "</div>");
        Assert.Equal(["Heiko Sauer"], authors);
    }

    [Fact]
    public void Author_markup_in_a_post_footer_counts()
    {
        string[] authors = Authors(
            "<div class='post'><h1>Energiepreise steigen weiter</h1>" + Paragraphs + "</div>"
            + "<footer class='post-footer'><span class='author'>Posted by <span class='vcard'><a class='url fn' rel='author' "
            + "href='/author/gwkienitz/'>Günter W. Kienitz</a></span> at 18:52</span></footer>");
        Assert.Equal(["Günter W. Kienitz"], authors);
    }

    [Fact]
    public void A_byline_label_in_its_own_element_takes_the_name_after_it()
    {
        string[] bold = Authors("<h1>Energiepreise steigen weiter</h1>" + Paragraphs + "<a href='#'><b>Von:</b><br><br> Götz Warnke</a>");
        Assert.Equal(["Götz Warnke"], bold);

        string[] hidden = Authors("<h1>Energiepreise steigen weiter</h1><div class='meta'><span class='screen-reader-text'>| By </span> "
                                  + "<span>Cara Stiles</span> | <time>April 13, 2020</time></div>" + Paragraphs);
        Assert.Equal(["Cara Stiles"], hidden);
    }

    [Fact]
    public void Comment_authors_stay_out_even_next_to_the_headline_wrapper()
    {
        string[] authors = Authors("<h1>Energiepreise steigen weiter</h1>" + Paragraphs
                                   + "<section class='comments'><div class='comment-author vcard'><cite class='fn'>Markus Rau</cite></div></section>");
        Assert.Empty(authors);
    }

    [Fact]
    public void A_label_in_its_own_block_takes_the_name_from_the_next_block()
    {
        string[] authors = Authors("<h1>Energiepreise steigen weiter</h1>" + Paragraphs
                                   + "<div class='credits'><div class='field'><p class='label'><strong>By</strong></p></div>"
                                   + "<div class='field'><p class='full-name'>Todd Bates</p></div></div>");
        Assert.Equal(["Todd Bates"], authors);
    }

    [Fact]
    public void Authors_of_cited_papers_are_not_the_page_authors()
    {
        ArticleMetadata m = Nlp.AnalyzeHtml(
            "<html lang=\"en\"><head><title>DRESS syndrome in rheumatology practice</title><meta name=\"dc.creator\" content=\"Marwan H. Adwan\"></head><body>"
            + "<article><h1>DRESS syndrome in rheumatology practice</h1><p>Drug reaction with eosinophilia and systemic symptoms is a severe, "
            + "potentially fatal reaction that several drugs used in rheumatology can cause, as this review of published cases shows.</p>"
            + "<ol><li itemprop=\"citation\" itemscope itemtype=\"http://schema.org/ScholarlyArticle\"><meta itemprop=\"author\" content=\"NH. Shear, SP. Spielberg, \">"
            + "Shear NH, Spielberg SP. Anticonvulsant hypersensitivity syndrome. 1988.</li></ol></article></body></html>").Metadata;
        Assert.Equal(["Marwan H. Adwan"], m.Authors.ToArray());
    }

    [Fact]
    public void A_first_name_alone_becomes_the_full_name_the_page_prints()
    {
        ArticleMetadata m = Nlp.AnalyzeHtml(
            "<html lang=\"de\"><head><title>Tubeless umrüsten</title><meta name=\"author\" content=\"Stefanus\"></head><body>"
            + "<h1>Tubeless umrüsten</h1>" + Paragraphs
            + "<div class='author-box'><div class='name'>Stefanus</div><div class='bio'>Stefanus Stahl - Maschinenbauer, Abenteurer und Projektleiter.</div></div>"
            + "</body></html>").Metadata;
        Assert.Equal(["Stefanus Stahl"], m.Authors.ToArray());
    }

    [Fact]
    public void A_first_name_printed_in_the_byline_stays_as_printed()
    {
        string[] authors = Authors("<h1>Energiepreise steigen weiter</h1><p class='byline'>Posted by Konstantin</p>" + Paragraphs
                                   + "<div class='bio'>Konstantin Tretyakov schreibt über Python.</div>");
        Assert.Equal(["Konstantin"], authors);
    }
}
