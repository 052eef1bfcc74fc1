using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Byline.Web.Tests;

/// <summary>
/// End to end: the web sample on a real Kestrel port, driven by Playwright in headless Chromium (the system's
/// executable, see <see cref="ChromiumFactAttribute"/>): paste an article, click Analyze, see the quotes highlighted.
/// </summary>
public sealed class BrowserReportTests(ITestOutputHelper output)
{
    private static string HarborArticle => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SampleData", "harbor-council.txt"));

    private static async Task<(WebApplication App, string BaseUrl)> StartAsync(NewsAnalyzer? analyzer)
    {
        WebApplication app = BylineWebApp.Create(["--urls", "http://127.0.0.1:0", "--environment", "Development"], builder =>
        {
            if (analyzer is not null)
            {
                builder.Services.AddSingleton(analyzer);
            }
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, address.TrimEnd('/') + "/");
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ChromiumFactAttribute.ExecutablePath,
        Headless = true,
        // Containers run tests as root, where Chromium's own sandbox cannot start.
        Args = ["--no-sandbox", "--disable-dev-shm-usage"],
    });

    private async Task<(IPage Page, IFrameLocator Report)> PasteAndAnalyzeAsync(IBrowser browser, string baseUrl, string article)
    {
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 1100 } });
        await page.GotoAsync(baseUrl);
        await page.FillAsync("#article", article);
        await page.ClickAsync("#analyze");
        await page.Locator("#status", new PageLocatorOptions { HasTextString = "Done." }).WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        IFrameLocator report = page.FrameLocator("#report");
        await report.Locator("article.doc").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        output.WriteLine($"Report loaded from {baseUrl}");
        return (page, report);
    }

    private async Task<string> ScreenshotAsync(IPage page, string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestResults", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
        Console.WriteLine($"Screenshot: {path}");
        return path;
    }

    /// <summary>
    /// With the quote stage stood in for by <see cref="FakeQuoteExtractor"/> (registered through DI), the report must show
    /// each quote as a highlighted <c>mark.quote</c>, coloured per speaker, and the "who said what" panel.
    /// </summary>
    [ChromiumFact]
    public async Task Pasted_article_shows_quotes_highlighted_per_speaker()
    {
        NewsAnalyzer analyzer = TestAnalyzers.WithFakeQuotes();
        int expectedQuotes = analyzer.Analyze(HarborArticle).Quotes.Length;
        Assert.True(expectedQuotes >= 5);

        (WebApplication app, string baseUrl) = await StartAsync(analyzer);
        await using (app)
        {
            using IPlaywright playwright = await Playwright.CreateAsync();
            await using IBrowser browser = await LaunchAsync(playwright);
            (IPage page, IFrameLocator report) = await PasteAndAnalyzeAsync(browser, baseUrl, HarborArticle);

            ILocator quotes = report.Locator("mark.quote");
            Assert.Equal(expectedQuotes, await quotes.CountAsync());
            Assert.Contains("We cannot keep waiting for the next storm.", await quotes.AllInnerTextsAsync());
            // Highlighted: a real background colour, and a different one for a different speaker.
            string okafor = await report.Locator("mark.quote[title$=': Linda Okafor']").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            string nguyen = await report.Locator("mark.quote[title$=': Sam Nguyen']").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            Assert.NotEqual("rgba(0, 0, 0, 0)", okafor);
            Assert.NotEqual(okafor, nguyen);
            Assert.True(await report.Locator(".ent-person").CountAsync() > 0);
            Assert.Contains("Linda Okafor", await report.Locator("aside.who .speaker-name").AllInnerTextsAsync());

            string screenshot = await ScreenshotAsync(page, "report.png");
            Assert.True(new FileInfo(screenshot).Length > 10_000);
        }
    }

    /// <summary>
    /// With the default pipeline as built (this is the screenshot in the README): the report highlights exactly the
    /// quotes the JSON contract reports, a direct quote interrupted by its attribution as its two parts without the
    /// attribution between them, each speaker in a colour of their own, and the frame grows to show the whole report.
    /// </summary>
    [ChromiumFact]
    public async Task Default_pipeline_report_highlights_every_quote_the_api_returns()
    {
        (WebApplication app, string baseUrl) = await StartAsync(analyzer: null);
        await using (app)
        {
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            using HttpResponseMessage json = await http.PostAsJsonAsync("analyze", new { text = HarborArticle });
            json.EnsureSuccessStatusCode();
            using JsonDocument contract = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
            int expectedMarks = 0;
            foreach (JsonElement quote in contract.RootElement.GetProperty("quotes").EnumerateArray())
            {
                int parts = quote.GetProperty("fragments").GetArrayLength();
                expectedMarks += quote.GetProperty("kind").GetString() == "direct" && parts > 0 ? parts : 1;
            }

            using IPlaywright playwright = await Playwright.CreateAsync();
            await using IBrowser browser = await LaunchAsync(playwright);
            (IPage page, IFrameLocator report) = await PasteAndAnalyzeAsync(browser, baseUrl, HarborArticle);

            ILocator marks = report.Locator("mark.quote");
            Assert.Equal(expectedMarks, await marks.CountAsync());
            IReadOnlyList<string> marked = await marks.AllInnerTextsAsync();
            // "This is ... generation," Mayor Linda Okafor said after the meeting. "We cannot keep waiting ..."
            Assert.Contains(marked, m => m.StartsWith("This is the most important vote", StringComparison.Ordinal));
            Assert.Contains("We cannot keep waiting for the next storm.", marked);
            Assert.DoesNotContain(marked, m => m.Contains("Mayor Linda Okafor said", StringComparison.Ordinal));
            string okafor = await report.Locator("mark.quote[title$=': Linda Okafor']").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            string nguyen = await report.Locator("mark.quote[title$=': Sam Nguyen']").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            Assert.NotEqual("rgba(0, 0, 0, 0)", okafor);
            Assert.NotEqual(okafor, nguyen);
            IReadOnlyList<string> speakers = await report.Locator("aside.who .speaker-name").AllInnerTextsAsync();
            Assert.Contains("Linda Okafor", speakers);
            Assert.Contains("Sam Nguyen", speakers);
            Assert.Contains("Portville City Council voted 6-3", await report.Locator("article.doc .body").InnerTextAsync(), StringComparison.Ordinal);

            // The frame is as tall as the report inside it: nothing of the panel is cut off (the page sizes it on load).
            await page.WaitForFunctionAsync(
                "() => { const f = document.getElementById('report'); return f.contentDocument.readyState === 'complete' && f.getBoundingClientRect().height >= f.contentDocument.documentElement.scrollHeight; }",
                null,
                new PageWaitForFunctionOptions { Timeout = 10_000 });
            double frameHeight = await page.Locator("#report").EvaluateAsync<double>("f => f.getBoundingClientRect().height");
            double reportHeight = await page.Locator("#report").EvaluateAsync<double>("f => f.contentDocument.documentElement.scrollHeight");
            Assert.True(frameHeight >= reportHeight, $"frame {frameHeight}px, report {reportHeight}px");

            output.WriteLine($"Default pipeline: {marked.Count} quote marks.");
            string screenshot = await ScreenshotAsync(page, "report-default-pipeline.png");
            Assert.True(new FileInfo(screenshot).Length > 10_000);

            // A short article after a long one: the frame shrinks to the new report.
            double longHeight = await page.Locator("#report").EvaluateAsync<double>("f => f.getBoundingClientRect().height");
            await page.FillAsync("#article", "Short note\n\n\"We are ready,\" the mayor said.");
            await page.ClickAsync("#analyze");
            await page.WaitForFunctionAsync(
                "h => { const f = document.getElementById('report'); return f.contentDocument.readyState === 'complete' && f.getBoundingClientRect().height < h; }",
                longHeight,
                new PageWaitForFunctionOptions { Timeout = 10_000 });
        }
    }
}
