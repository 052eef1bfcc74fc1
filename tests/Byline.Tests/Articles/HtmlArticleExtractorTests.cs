using System.Text;
using Byline.Articles;

namespace Byline.Tests.Articles;

public class HtmlArticleExtractorTests
{
    private static readonly NewsAnalyzer Nlp = NewsAnalyzer.CreateDefault();

    private static string Page(string body, string head = "") =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Test page</title>{head}</head><body>{body}</body></html>";

    private const string Story =
        "<p>The city council voted on Tuesday to extend the night bus service to the northern suburbs, a change that riders have sought for years.</p>"
        + "<p>The new routes will start in September and cost about $2 million a year, paid for by a regional transport grant, officials said.</p>"
        + "<p>\"This is the single most requested change we have had,\" said transit director Ama Boateng, who presented the plan.</p>";

    [Fact]
    public void Keeps_the_story_and_drops_navigation_share_bar_caption_and_footer()
    {
        string html = Page(
            "<nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
            + "<article><h1>Night buses extended</h1><div class='byline'>By Ama Boateng</div>"
            + "<div class='social-share'><a href='#'>Share on Facebook</a><a href='#'>Tweet</a></div>"
            + "<figure><img src='a.jpg'><figcaption>Riders wait for a night bus. Photo: J. Doe</figcaption></figure>"
            + "<div class='article-body'>" + Story + "</div></article>"
            + "<footer><p>© 2024 Example News. All rights reserved.</p></footer>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.StartsWith("The city council voted on Tuesday", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("who presented the plan.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on Facebook", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo: J. Doe", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("By Ama Boateng", doc.Text, StringComparison.Ordinal);
        Assert.Equal(3, doc.Paragraphs.Length);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Paragraphs_are_joined_by_a_blank_line_and_headings_and_list_items_are_their_own_paragraphs()
    {
        string html = Page("<article><div class='story-body'>" + Story
            + "<h2>What changes</h2><ul><li>Buses every 20 minutes after midnight on the main line.</li><li>Two new stops near the hospital and the university.</li></ul>"
            + "<p>The council will review ridership figures after the first six months of service.</p></div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.Contains("\n\nWhat changes\n\nBuses every 20 minutes", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Paragraphs, p => doc.GetText(p) == "Two new stops near the hospital and the university.");
        foreach (var p in doc.Paragraphs)
        {
            Assert.Equal(doc.GetText(p).Trim(), doc.GetText(p));
        }
    }

    [Fact]
    public void Drops_related_link_lists_and_boilerplate_prompts_inside_the_body()
    {
        string html = Page("<article><div class='entry-content'>" + Story
            + "<p>Read more: <a href='/x'>Night bus timetable</a></p>"
            + "<ul><li><a href='/1'>Bus fares to rise</a></li><li><a href='/2'>New tram line opens</a></li><li><a href='/3'>Parking rules change</a></li></ul>"
            + "<p>Sign up for our newsletter to get the latest local news.</p>"
            + "<p>Advertisement</p></div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.DoesNotContain("Read more", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bus fares to rise", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<blockquote class='pullquote'><p>“This is the single most requested change we have had.”</p></blockquote>")]
    [InlineData("<div class='article__pull-quote'>“This is the single most requested change we have had.”</div>")]
    [InlineData("<aside class='pull_quote'><p>“This is the single most requested change we have had.”</p></aside>")]
    public void Drops_a_pull_quote_that_repeats_the_body_so_the_quote_is_found_once(string pullQuote)
    {
        string html = Page("<article><div class='article-body'>" + Story + pullQuote
            + "<p>The council will review ridership figures after the first six months of service.</p></div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.Single(doc.Quotes, q => doc.GetText(q.Span).Contains("most requested change", StringComparison.Ordinal));
        Assert.Equal(doc.Text.IndexOf("most requested change", StringComparison.Ordinal), doc.Text.LastIndexOf("most requested change", StringComparison.Ordinal));
        Assert.EndsWith("after the first six months of service.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_a_wire_credit_line_in_brackets()
    {
        string html = Page("<article><div class='article-body'>" + Story
            + "<p>(Reporting by Sarah Young in London; Editing by Jason Neely)</p></div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.DoesNotContain("Reporting by", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("who presented the plan.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefers_the_article_over_a_longer_comment_section()
    {
        var comments = new StringBuilder("<section class='comments'>");
        for (int i = 0; i < 12; i++)
        {
            comments.Append("<div class='comment'><p>I completely agree with this decision, and I think it should have happened years ago, honestly, and I hope it goes well.</p></div>");
        }

        comments.Append("</section>");
        string html = Page("<article><div class='story'>" + Story + "</div></article>" + comments);

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.StartsWith("The city council voted", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("I completely agree", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body></body></html>")]
    [InlineData("<html><body><form><input name='q'><button>Search</button></form></body></html>")]
    [InlineData("<html><body><ul><li><a href='/1'>One story</a></li><li><a href='/2'>Another story</a></li></ul></body></html>")]
    public void Pages_without_an_article_give_an_empty_body_and_a_diagnostic(string html)
    {
        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.Equal("", doc.Text);
        Assert.Empty(doc.Paragraphs);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.NoArticleBody);
    }

    [Fact]
    public void Deeply_nested_pages_do_not_overflow_the_stack()
    {
        const int depth = 100_000;
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < depth; i++)
        {
            sb.Append("<div>");
        }

        sb.Append(Story);
        for (int i = 0; i < depth; i++)
        {
            sb.Append("</div>");
        }

        sb.Append("</body></html>");
        string html = sb.ToString();

        // A small stack makes a recursive walk fail fast instead of passing by luck on a big main-thread stack.
        NewsDocument? doc = null;
        var thread = new Thread(() => doc = Nlp.AnalyzeHtml(html), 256 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(60)), "extraction took too long");
        Assert.NotNull(doc);
    }

    [Fact]
    public void Ten_thousand_nested_divs_and_truncated_html_are_handled()
    {
        string nested = string.Concat(Enumerable.Repeat("<div>", 10_000)) + Story;
        NewsDocument a = Nlp.AnalyzeHtml(nested);
        Assert.Contains("night bus service", a.Text, StringComparison.Ordinal);

        string truncated = Page("<article><div class='story-body'>" + Story)[..^60];
        NewsDocument b = Nlp.AnalyzeHtml(truncated);
        Assert.Contains("night bus service", b.Text, StringComparison.Ordinal);

        NewsDocument c = Nlp.AnalyzeHtml("<html><head><title>Unclosed title <body><p>" + Story);
        Assert.NotNull(c);
    }

    [Fact]
    public void A_ten_megabyte_page_is_extracted_in_bounded_time()
    {
        var sb = new StringBuilder("<html><body><article><div class='story-body'>");
        while (sb.Length < 10_000_000)
        {
            sb.Append(Story);
        }

        sb.Append("</div></article></body></html>");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        NewsDocument doc = Nlp.AnalyzeHtml(sb.ToString());
        watch.Stop();

        Assert.True(doc.Text.Length > 1_000_000);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Nlp.AnalyzeHtml(Page(Story), null, cts.Token));
    }

    [Fact]
    public void Stream_overload_reads_windows_1252_and_shift_jis_pages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string html1252 = "<html><head><meta charset=\"windows-1252\"></head><body><article><div class='story-body'>"
                          + "<p>Le café du coin a rouvert ses portes à Besançon après deux années de travaux, au grand plaisir des habitués du quartier.</p>"
                          + Story + "</div></article></body></html>";
        using var s1 = new MemoryStream(Encoding.GetEncoding(1252).GetBytes(html1252));
        NewsDocument d1 = Nlp.AnalyzeHtml(s1);
        Assert.Contains("Le café du coin a rouvert ses portes à Besançon", d1.Text, StringComparison.Ordinal);

        string htmlSjis = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><article><div class='story-body'>"
                          + "<p>東京都は十二日、新しい自転車道の整備計画を発表した。都心から湾岸地域までの約二十キロを結ぶ計画で、二〇二六年の完成を目指す。</p>"
                          + Story + "</div></article></body></html>";
        using var s2 = new MemoryStream(Encoding.GetEncoding("shift_jis").GetBytes(htmlSjis));
        NewsDocument d2 = Nlp.AnalyzeHtml(s2);
        Assert.Contains("東京都は十二日、新しい自転車道の整備計画を発表した。", d2.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_non_utf8_bytes_fall_back_to_windows_1252_and_a_bom_wins()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] latin = Encoding.GetEncoding(1252).GetBytes("<p>Crème brûlée</p>");
        Assert.Equal(1252, HtmlDecoding.DetectEncoding(latin, out _).CodePage);

        byte[] bom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\"><p>é</p>")];
        Assert.Equal(Encoding.UTF8.CodePage, HtmlDecoding.DetectEncoding(bom, out int bomLength).CodePage);
        Assert.Equal(3, bomLength);

        byte[] utf8 = Encoding.UTF8.GetBytes("<meta charset='iso-8859-1'><p>plain</p>");
        Assert.Equal(1252, HtmlDecoding.DetectEncoding(utf8, out _).CodePage);
    }

    [Fact]
    public void Comments_under_a_comments_heading_in_the_article_container_are_not_the_article()
    {
        string html = Page(
            "<article><h1>Night buses extended</h1><div class='post-content'>" + Story
            + "<h3>Top Rated Comments</h3>"
            + "<p>I have waited for this for years and I still think the council should have done it much sooner, honestly, given how many of us work late.</p>"
            + "<p>Two million a year sounds like a lot until you compare it with what the city spends on parking garages downtown every single year.</p>"
            + "</div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.EndsWith("who presented the plan.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Top Rated Comments", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("parking garages", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_related_link_line_does_not_end_the_article()
    {
        string html = Page(
            "<article><h1>Night buses extended</h1><div class='post-content'>" + Story
            + "<p>Related post: <a href='/2023/bus-lanes'>Bus lanes come to Main Street</a></p>"
            + "<p>Riders in the northern suburbs said the late buses would let them take evening shifts without paying for a taxi home.</p>"
            + "</div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.Contains("without paying for a taxi home.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_related_heading_that_trails_off_in_an_ellipsis_still_ends_the_article()
    {
        string html = Page(
            "<article><h1>Night buses extended</h1><div class='post-content'>" + Story
            + "<h4>You may also like...</h4>"
            + "<p>The harbour ferry will run every twenty minutes this summer, the port authority announced on Monday after a trial.</p>"
            + "<p>A new cycle path along the river opened to riders this weekend, linking the old town with the university campus.</p>"
            + "</div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.EndsWith("who presented the plan.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("You may also like", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("harbour ferry", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_typed_as_short_lines_outweighs_a_comment_notice()
    {
        string html = Page(
            "<article><h1>Rally calendar 2025</h1><div class='entry'>"
            + "<p>Round 1: 9 March – Monte Carlo, Monaco<br>Round 2: 6 April – Rovaniemi, Finland<br>"
            + "Round 3: 27 April – Guanajuato, Mexico<br>Round 4: 18 May – Matosinhos, Portugal<br>"
            + "Round 5: 8 June – Olbia, Sardinia<br>Round 6: 29 June – Loutraki, Greece</p>"
            + "<p><strong>Tags</strong> <a href='/tag/rally'>rally</a>, <a href='/tag/calendar'>calendar</a></p>"
            + "<p class='notice'>Note: comments that are unreadable or disrespectful to other readers will not be approved by the moderators of this site.</p>"
            + "</div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.StartsWith("Round 1: 9 March", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Round 6: 29 June – Loutraki, Greece", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_paragraph_in_a_promo_styled_box_is_kept_when_the_json_ld_article_body_quotes_it()
    {
        const string Aside = "Service on the new routes will be free for the first month.";
        string body =
            "The city council voted on Tuesday to extend the night bus service to the northern suburbs, a change that riders have sought for years. "
            + "The new routes will start in September and cost about $2 million a year, paid for by a regional transport grant, officials said. "
            + Aside + " \"This is the single most requested change we have had,\" said transit director Ama Boateng, who presented the plan.";
        string head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            + "\"headline\":\"Night buses extended\",\"articleBody\":\"" + body.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"}</script>";
        string html = Page(
            "<article><h1>Night buses extended</h1><div class='article-body'>" + Story.Replace(
                "<p>\"This is", "<div class='promo-box'><p>" + Aside + "</p></div><p>\"This is", StringComparison.Ordinal)
            + "</div></article>", head);
        string withoutLd = Page(
            "<article><h1>Night buses extended</h1><div class='article-body'>" + Story.Replace(
                "<p>\"This is", "<div class='promo-box'><p>" + Aside + "</p></div><p>\"This is", StringComparison.Ordinal)
            + "</div></article>");

        Assert.Contains(Aside, Nlp.AnalyzeHtml(html).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Aside, Nlp.AnalyzeHtml(withoutLd).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_russian_reviews_heading_ends_the_article()
    {
        string html = Page(
            "<article><h1>Ночные автобусы</h1><div class='post-content'>"
            + "<p>Городской совет во вторник проголосовал за продление ночных автобусных маршрутов в северные пригороды, чего жители добивались годами.</p>"
            + "<p>Новые маршруты начнут работать в сентябре и будут стоить около двух миллионов в год; их оплатит региональный транспортный грант, сообщили в мэрии.</p>"
            + "<p>«Это самое частое пожелание пассажиров», — сказала директор транспортного управления Анна Петрова.</p>"
            + "<h3>Отзывы</h3>"
            + "<p>Наконец-то! Я ждал этого несколько лет и теперь смогу возвращаться с работы без такси, очень доволен решением.</p>"
            + "</div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.EndsWith("Анна Петрова.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Отзывы", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("без такси", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_is_mostly_one_link_is_still_body_but_a_link_line_is_not()
    {
        string html = Page(
            "<article><h1>Night buses extended</h1><div class='post-content'>" + Story
            + "<p>Separately, the council also <a href='/2024/03/budget'>approved next year's regional transport budget</a>.</p>"
            + "<p>Read more: <a href='/2024/02/trams'>Why the tram extension keeps slipping</a></p>"
            + "<p>Riders in the northern suburbs said the late buses would let them take evening shifts without paying for a taxi home.</p>"
            + "</div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.Contains("Separately, the council also approved next year's regional transport budget.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tram extension", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_signature_line_of_an_embedded_post_stays_with_the_quoted_post()
    {
        string html = Page(
            "<article><h1>Night buses extended</h1><div class='post-content'>" + Story
            + "<blockquote class='twitter-tweet'><p lang='en'>Finally a way home after the late shift that does not cost a fortune. Thank you to everyone who campaigned for this!</p>"
            + "— Sam Okafor (@samokafor) <a href='https://twitter.com/samokafor/status/1'>March 12, 2024</a></blockquote>"
            + "<p>Riders in the northern suburbs said the late buses would let them take evening shifts without paying for a taxi home.</p>"
            + "</div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.Contains("— Sam Okafor (@samokafor) March 12, 2024", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_embedded_post_made_mostly_of_a_short_link_is_kept()
    {
        string html = Page(
            "<article><h1>Night buses extended</h1><div class='post-content'>" + Story
            + "<blockquote class='twitter-tweet'><p lang='en'>Home at last, all! <a href='https://t.co/Xy12AbCd9Q'>https://t.co/Xy12AbCd9Q</a></p>"
            + "— Sam Okafor (@samokafor) <a href='https://twitter.com/samokafor/status/1'>March 12, 2024</a></blockquote>"
            + "<p>Riders in the northern suburbs said the late buses would let them take evening shifts without paying for a taxi home.</p>"
            + "</div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.Contains("Home at last, all! https://t.co/Xy12AbCd9Q", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void List_items_wrapped_in_a_list_classed_span_are_kept()
    {
        string html = Page(
            "<article><h1>Best deals this week</h1><div class='entry-content'>" + Story
            + "<h2>Cordless drill</h2><ul class='features'>"
            + "<li><span class='list-item'>Two batteries that charge in under an hour</span></li>"
            + "<li><span class='list-item'>Brushless motor with twenty torque settings</span></li>"
            + "<li><span class='list-item'>Carry case and a set of bits included</span></li></ul>"
            + "<p>Prices were checked on Friday morning and may change at any time, so check the retailer before you buy anything.</p>"
            + "</div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.Contains("Two batteries that charge in under an hour", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Carry case and a set of bits included", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_linkless_list_with_a_list_class_is_kept()
    {
        string html = Page(
            "<article><h1>Best deals this week</h1><div class='entry-content'>" + Story
            + "<h2>Cordless drill</h2><ul class='product-list'>"
            + "<li>Two batteries included</li><li>Brushless motor</li><li>Twenty torque settings</li><li>Carry case</li></ul>"
            + "<p>Prices were checked on Friday morning and may change at any time, so check the retailer before you buy anything.</p>"
            + "</div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.Contains("Two batteries included", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Carry case", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_heading_over_a_plain_list_stays_with_the_article()
    {
        string html = Page(
            "<article><h1>Night buses extended</h1><div class='post-content'>" + Story
            + "<h3>New night routes</h3><ul><li>N1: Central Station to Northgate</li><li>N2: Harbour to Millbrook</li>"
            + "<li>N3: University to Elm Park</li><li>N4: Old Town to Riverside</li></ul>"
            + "</div></article>");

        NewsDocument doc = Nlp.AnalyzeHtml(html);

        Assert.Contains("New night routes", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("N4: Old Town to Riverside", doc.Text, StringComparison.Ordinal);
    }
}
