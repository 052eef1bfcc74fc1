using Byline.Articles;
using Byline.Articles.Html;

namespace Byline.Tests.Articles;

public class HtmlMetadataTests
{
    private static readonly NewsAnalyzer Nlp = NewsAnalyzer.CreateDefault();

    private const string Body =
        "<article><div class='story-body'><p>The regional parliament approved the budget late on Thursday after a debate that lasted more than nine hours, officials said.</p>"
        + "<p>The opposition voted against the plan, saying that it cut too deeply into school funding and did not do enough for rural hospitals.</p></div></article>";

    private static ArticleMetadata Read(string head, string body = Body, string? url = null) =>
        Nlp.AnalyzeHtml($"<html lang=\"en\"><head>{head}</head><body>{body}</body></html>", url is null ? null : new Uri(url)).Metadata;

    [Fact]
    public void Json_ld_news_article_wins_over_opengraph_and_meta()
    {
        ArticleMetadata m = Read(
            "<title>Budget passes | Daily Example</title><meta property=\"og:title\" content=\"OG title\"><meta name=\"author\" content=\"Meta Person\">"
            + "<meta property=\"article:published_time\" content=\"2020-01-01T00:00:00Z\">"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Budget passes after nine-hour debate\","
            + "\"datePublished\":\"2024-03-07T23:30:00-05:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}],"
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Example\"},\"articleSection\":\"Politics\"}</script>");

        Assert.Equal("Budget passes after nine-hour debate", m.Title);
        Assert.Equal(["Jane Doe", "John Roe"], m.Authors.ToArray());
        Assert.Equal("Daily Example", m.Publisher);
        Assert.Equal("Politics", m.Section);
        // The day the page states, with its offset: not shifted to the next day in UTC.
        Assert.Equal(new DateTimeOffset(2024, 3, 7, 23, 30, 0, TimeSpan.FromHours(-5)), m.Published);
    }

    [Fact]
    public void Malformed_json_ld_still_parses()
    {
        // A raw line break inside a string and a trailing comma: invalid JSON that pages ship anyway.
        ArticleMetadata m = Read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget\npasses\",\"datePublished\":\"2023-06-01\","
                                 + "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"},}</script>");
        Assert.Equal(["Jane Doe"], m.Authors.ToArray());
        Assert.Equal(new DateOnly(2023, 6, 1), DateOnly.FromDateTime(m.Published!.Value.DateTime));

        ArticleMetadata broken = Read("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script><title>Fallback title</title>");
        Assert.Equal("Fallback title", broken.Title);
    }

    [Fact]
    public void Opengraph_only_page()
    {
        ArticleMetadata m = Read("<meta property=\"og:title\" content=\"Budget passes after nine-hour debate\"><meta property=\"og:site_name\" content=\"Daily Example\">"
                                 + "<meta property=\"article:published_time\" content=\"2022-11-20T07:00:00+01:00\"><meta property=\"article:author\" content=\"https://example.com/jane\">"
                                 + "<meta property=\"og:image\" content=\"/img/a.jpg\"><meta property=\"og:description\" content=\"A long night.\">",
            url: "https://example.com/politics/budget");

        Assert.Equal("Budget passes after nine-hour debate", m.Title);
        Assert.Equal("Daily Example", m.Publisher);
        Assert.Empty(m.Authors.ToArray()); // a profile URL is not a name
        Assert.Equal(new DateTimeOffset(2022, 11, 20, 7, 0, 0, TimeSpan.FromHours(1)), m.Published);
        Assert.Equal(new Uri("https://example.com/img/a.jpg"), m.Image);
        Assert.Equal("A long night.", m.Description);
    }

    [Fact]
    public void Meta_only_page_strips_the_site_name_from_the_title()
    {
        ArticleMetadata m = Read("<title>Budget passes after nine-hour debate - Daily Example</title><meta name=\"author\" content=\"By Jane Doe and John Roe\">"
                                 + "<meta name=\"date\" content=\"2021-02-03\">");

        Assert.Equal("Budget passes after nine-hour debate", m.Title);
        Assert.Equal(["Jane Doe", "John Roe"], m.Authors.ToArray());
        Assert.Equal(new DateTimeOffset(2021, 2, 3, 0, 0, 0, TimeSpan.Zero), m.Published);
        Assert.Equal("en", m.Language);
    }

    [Fact]
    public void Byline_only_page()
    {
        ArticleMetadata m = Read("<title>Budget passes</title>",
            "<h1>Budget passes</h1><div class='byline'>By <a href='/staff/jane'>Jane Doe</a> | Politics reporter</div><p>12 March 2021</p>" + Body);

        Assert.Equal(["Jane Doe"], m.Authors.ToArray());
        Assert.Equal(new DateTimeOffset(2021, 3, 12, 0, 0, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void Date_comes_from_the_url_when_the_page_has_none_declared()
    {
        ArticleMetadata m = Read("<title>Budget passes</title>", Body, "https://example.com/2019/08/16/budget-passes/");
        Assert.Equal(new DateTimeOffset(2019, 8, 16, 0, 0, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void A_utc_time_past_midnight_gives_way_to_the_local_day_in_the_url()
    {
        ArticleMetadata m = Read("<title>Budget passes</title><meta property=\"article:published_time\" content=\"2023-11-09T01:09:55Z\">", Body,
            "https://www.example.com/2023/11/08/budget-passes/");
        Assert.Equal(new DateOnly(2023, 11, 8), DateOnly.FromDateTime(m.Published!.Value.DateTime));

        // With a stated offset, or when the address agrees, the declared time stands.
        ArticleMetadata offset = Read("<title>Budget passes</title><meta property=\"article:published_time\" content=\"2023-11-09T01:09:55+01:00\">", Body,
            "https://www.example.com/2023/11/08/budget-passes/");
        Assert.Equal(new DateOnly(2023, 11, 9), DateOnly.FromDateTime(offset.Published!.Value.DateTime));
    }

    [Fact]
    public void A_utc_time_gives_way_to_the_same_moment_stated_with_the_local_offset()
    {
        ArticleMetadata m = Read("<title>Arrest made</title><meta property=\"article:published_time\" content=\"2023-11-09T06:35:29+00:00\">",
            "<article><h1>Arrest made</h1><time datetime=\"2023-11-08T23:05:04-08:00\">November 8, 2023</time>" + Body + "</article>");
        Assert.Equal(new DateOnly(2023, 11, 8), DateOnly.FromDateTime(m.Published!.Value.DateTime));

        // A local time hours away from the UTC one is another moment (an update): the declared time stands.
        ArticleMetadata other = Read("<title>Arrest made</title><meta property=\"article:published_time\" content=\"2023-11-09T06:35:29+00:00\">",
            "<article><h1>Arrest made</h1><time datetime=\"2023-11-08T17:05:04-08:00\">November 8, 2023</time>" + Body + "</article>");
        Assert.Equal(new DateOnly(2023, 11, 9), DateOnly.FromDateTime(other.Published!.Value.DateTime));
    }

    [Fact]
    public void Comment_authors_are_not_article_authors()
    {
        ArticleMetadata m = Read("<title>Budget passes</title>",
            Body + "<section class='comments'><div class='comment-author'>Harm Otten</div><p>Nice.</p></section>");
        Assert.Empty(m.Authors.ToArray());
    }

    [Theory]
    [InlineData("2024-03-07T22:15:00-05:00", 2024, 3, 7)]
    [InlineData("12.03.2021, 14:22 Uhr", 2021, 3, 12)]
    [InlineData("12. März 2021", 2021, 3, 12)]
    [InlineData("March 12, 2021", 2021, 3, 12)]
    [InlineData("Mar. 12th, 2021", 2021, 3, 12)]
    [InlineData("12 de marzo de 2021", 2021, 3, 12)]
    [InlineData("le 3 février 2020", 2020, 2, 3)]
    [InlineData("/news/2019/08/16/story-slug", 2019, 8, 16)]
    [InlineData("/archive/20191116/story", 2019, 11, 16)]
    [InlineData("Published 03/04/2021", 2021, 3, 4)]
    public void Dates_in_common_formats(string text, int y, int m, int d)
    {
        Assert.True(DateText.TryFind(text, monthFirst: true, out DateTimeOffset date));
        Assert.Equal(new DateOnly(y, m, d), DateOnly.FromDateTime(date.DateTime));
    }

    [Theory]
    [InlineData("Page 12 of 40")]
    [InlineData("Call 555-1234")]
    [InlineData("2021-13-45")]
    public void Non_dates_are_not_read_as_dates(string text)
    {
        Assert.False(DateText.TryFind(text, monthFirst: false, out _));
    }

    [Theory]
    [InlineData("By Jane Doe and John Roe, Reuters", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Von Katrin Vogel", new[] { "Katrin Vogel" })]
    [InlineData("unocero - Alberto Ávila", new[] { "Alberto Ávila" })]
    [InlineData("Jane DoeJane Doe", new[] { "Jane Doe" })]
    [InlineData("Staff Reporter", new string[0])]
    public void Author_strings_are_split_and_cleaned(string raw, string[] expected)
    {
        Assert.Equal(expected, AuthorNames.Parse(raw));
    }
}
