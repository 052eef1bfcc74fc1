using Byline.Articles;

namespace Byline.Tests.Articles;

/// <summary>How the headline is chosen among the page's &lt;h1&gt;, JSON-LD headline, og:title and &lt;title&gt;.</summary>
public class PageTitleTests
{
    private static readonly NewsAnalyzer Nlp = NewsAnalyzer.CreateDefault();

    private const string Paragraphs =
        "<p>The regional parliament approved the budget late on Thursday after a debate that lasted more than nine hours, officials said.</p>"
        + "<p>The opposition voted against the plan, saying that it cut too deeply into school funding and did not do enough for rural hospitals.</p>";

    private static string? Title(string head, string body, string? url = null) =>
        Nlp.AnalyzeHtml($"<html lang=\"de\"><head>{head}</head><body>{body}</body></html>", url is null ? null : new Uri(url)).Metadata.Title;

    [Fact]
    public void A_logo_heading_is_not_the_headline()
    {
        string? title = Title("<title>Colder Temperatures Forecast for Wednesday after Cold Wave Alert | KBS WORLD</title>",
            "<header><h1>KBS WORLD</h1></header><div class='news'><h1>Colder Temperatures Forecast for Wednesday after Cold Wave Alert</h1>" + Paragraphs + "</div>");
        Assert.Equal("Colder Temperatures Forecast for Wednesday after Cold Wave Alert", title);

        string? linked = Title("<title>Storm closes the harbour for two days</title>",
            "<div class='top'><h1><a href='/'>Harbour Courier</a></h1></div><h2>Storm closes the harbour for two days</h2>" + Paragraphs);
        Assert.Equal("Storm closes the harbour for two days", linked);
    }

    [Fact]
    public void A_blog_name_heading_gives_way_to_the_post_title()
    {
        // The blog's name is the <h1>; the post's title is an <h2> and the last part of the <title>.
        string? title = Title("<title>Four Years Remaining » Blog Archive » Interning of Small Integers in Python</title>",
            "<h1>Four Years Remaining</h1><div class='post'><h2>Interning of Small Integers in Python</h2>" + Paragraphs + "</div>",
            "http://fouryears.eu/2019/10/21/interning/");
        Assert.Equal("Interning of Small Integers in Python", title);
    }

    [Fact]
    public void A_kicker_inside_the_heading_is_left_out()
    {
        string? title = Title("<title>Interne Unterlagen im Netz: Daten von Rheinmetall gehackt | tagesschau.de</title>"
                              + "<meta property=\"og:site_name\" content=\"tagesschau.de\">",
            "<article><h1><span class=\"dachzeile\">Interne Unterlagen im Netz</span> <span class=\"headline\">Daten von Rheinmetall gehackt</span></h1>"
            + Paragraphs + "</article>");
        Assert.Equal("Daten von Rheinmetall gehackt", title);
    }

    [Fact]
    public void A_kicker_set_off_by_a_slash_is_left_out_but_a_quote_before_a_colon_stays()
    {
        string? slash = Title("<meta property=\"og:title\" content=\"Irme Stetter-Karp ist neue ZdK-Präsidentin | DOMRADIO.DE\">",
            "<article><h1>\"Reformstau lösen\" / Irme Stetter-Karp ist neue ZdK-Präsidentin</h1>" + Paragraphs + "</article>");
        Assert.Equal("Irme Stetter-Karp ist neue ZdK-Präsidentin", slash);

        string? colon = Title("<title>Marita Kramer verpasst Olympische Spiele in Peking - skispringen.com</title>",
            "<article><h1>\"Pure Leere\": Marita Kramer verpasst Olympische Spiele in Peking</h1>" + Paragraphs + "</article>");
        Assert.Equal("\"Pure Leere\": Marita Kramer verpasst Olympische Spiele in Peking", colon);
    }

    [Fact]
    public void A_headline_that_mentions_the_site_keeps_its_words()
    {
        string? title = Title("<meta property=\"og:title\" content=\"Best of Houzz 2022: Das sind die beliebtesten Projekte auf Houzz\">"
                              + "<meta property=\"og:site_name\" content=\"Houzz\">", "<div>" + Paragraphs + "</div>");
        Assert.Equal("Best of Houzz 2022: Das sind die beliebtesten Projekte auf Houzz", title);

        // "Skibergsteigen" contains the host's label, but does not name the site.
        string? host = Title("<title>Skibergsteigen: Schnell und leicht mit den neuen Fellen | Bergsteigen.com</title>",
            "<div>" + Paragraphs + "</div>", "https://www.bergsteigen.com/news/skibergsteigen-felle/");
        Assert.Equal("Skibergsteigen: Schnell und leicht mit den neuen Fellen", host);
    }

    [Fact]
    public void A_heading_that_repeats_the_title_with_its_site_name_loses_the_site_name()
    {
        string? title = Title("<meta property=\"og:site_name\" content=\"Umweltbundesamt\">"
                              + "<title>EU-Taxonomie: Atomkraft und Erdgas sind nicht nachhaltig | Umweltbundesamt</title>",
            "<article><h1 class=\"visuallyhidden\">EU-Taxonomie: Atomkraft und Erdgas sind nicht nachhaltig | Umweltbundesamt</h1>" + Paragraphs + "</article>");
        Assert.Equal("EU-Taxonomie: Atomkraft und Erdgas sind nicht nachhaltig", title);
    }

    [Fact]
    public void A_logo_heading_names_the_site_for_the_title()
    {
        // No og:site_name: the heading that links home tells which part of the <title> is the site.
        string? title = Title("<title>Rinderleber-Geschnetzeltes mit Apfel und Zwiebel | Liebe geht durch den Magen</title>",
            "<h1><a href=\"http://www.der-erfolg-gibt-recht.de\">Liebe geht durch den Magen</a></h1><div class='entry'>" + Paragraphs + "</div>");
        Assert.Equal("Rinderleber-Geschnetzeltes mit Apfel und Zwiebel", title);
    }

    [Fact]
    public void A_title_printed_whole_as_a_heading_keeps_its_last_part()
    {
        string? title = Title("<title>How to Grow a Lemon Tree from Seed | Step-by-Step Guide</title>",
            "<div class='post'><h2>How to Grow a Lemon Tree from Seed | Step-by-Step Guide</h2>" + Paragraphs + "</div>");
        Assert.Equal("How to Grow a Lemon Tree from Seed | Step-by-Step Guide", title);
    }

    [Theory]
    [InlineData("seelenradio » Nummer zwei: Leo", null, "http://seelenradio.de/2019/nummer-zwei/", "Nummer zwei: Leo")]
    [InlineData("NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", "NEWS WEB EASY", null, "子どもへの体罰を禁止する法律ができる")]
    [InlineData("Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos", "Time 4 talks", null, "Weitere Digitalisierung der Schweizer Kinos")]
    public void Site_names_before_the_headline_are_stripped(string tag, string? site, string? url, string expected)
    {
        string head = $"<title>{tag}</title>" + (site is null ? "" : $"<meta property=\"og:site_name\" content=\"{site}\">");
        Assert.Equal(expected, Title(head, "<div>" + Paragraphs + "</div>", url));
    }

    [Fact]
    public void The_only_visible_heading_wins_over_a_differently_worded_title()
    {
        string? title = Title("<title>Autofinanzierung – Autokredit oder doch besser Leasing?</title>",
            "<div class='content'><h1>Finanzierung Ihres Autos</h1>" + Paragraphs + "</div>");
        Assert.Equal("Finanzierung Ihres Autos", title);

        // A heading for screen readers only is not what the page prints.
        string? hidden = Title("<title>Autofinanzierung – Autokredit oder doch besser Leasing?</title>",
            "<div class='content'><h1 class='sr-only'>Navigation und Service</h1>" + Paragraphs + "</div>");
        Assert.Equal("Autofinanzierung – Autokredit oder doch besser Leasing?", hidden);
    }

    [Fact]
    public void Without_an_h1_the_first_h2_that_shares_the_titles_words_is_the_headline()
    {
        string? title = Title("<title>Feuerwehr Oldenburg - Ausbildung</title>",
            "<div class='content'><h2>Bootsdienst Ausbildung</h2>" + Paragraphs + "</div>");
        Assert.Equal("Bootsdienst Ausbildung", title);

        // An <h2> that has nothing to do with the title ("Sign up to Newsletters") is no headline.
        string? unrelated = Title("<title>Voting on the Housing Authority's Future</title>",
            "<div class='content'><h2>Sign up to Newsletters</h2>" + Paragraphs + "</div>");
        Assert.Equal("Voting on the Housing Authority's Future", unrelated);
    }
}
