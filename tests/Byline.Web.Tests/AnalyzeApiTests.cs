using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Byline.Web.Tests;

public sealed class AnalyzeApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Article = "Flood wall approved\n\n\"We cannot keep waiting for the next storm,\" Mayor Linda Okafor said on Tuesday.";

    private static async Task<JsonElement> ReadJson(HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.Clone();
    }

    private static async Task AssertError(HttpResponseMessage response, HttpStatusCode status, string messagePart)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        JsonElement json = await ReadJson(response);
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.Contains(messagePart, json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_json_gives_the_contract()
    {
        using HttpClient client = factory.CreateClient();
        using HttpResponseMessage response = await client.PostAsJsonAsync("/analyze", new { id = "a1", text = Article });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement json = await ReadJson(response);
        Assert.Equal("a1", json.GetProperty("id").GetString());
        Assert.Equal(Article, json.GetProperty("text").GetString());
        foreach (string name in new[] { "title", "authors", "published", "publisher", "language", "paragraphs", "sentences", "boilerplate", "entities", "quotes" })
        {
            Assert.True(json.TryGetProperty(name, out _), $"missing \"{name}\"");
        }

        Assert.True(json.GetProperty("sentences").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task Html_json_with_url_gives_the_extracted_body()
    {
        using HttpClient client = factory.CreateClient();
        using HttpResponseMessage response = await client.PostAsJsonAsync("/analyze", new
        {
            html = "<html><head><title>Flood wall approved</title></head><body><article><p>The Portville City Council voted 6-3 on Tuesday to build a flood wall along the harbor.</p></article></body></html>",
            url = "https://news.example/flood",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement json = await ReadJson(response);
        Assert.Contains("Portville City Council voted", json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_text_and_html_bodies_are_accepted()
    {
        using HttpClient client = factory.CreateClient();
        using var text = new StringContent(Article, Encoding.UTF8, "text/plain");
        using HttpResponseMessage textResponse = await client.PostAsync("/analyze?id=t", text);
        Assert.Equal(HttpStatusCode.OK, textResponse.StatusCode);
        Assert.Equal(Article, (await ReadJson(textResponse)).GetProperty("text").GetString());

        using var html = new StringContent("<html><body><article><p>The council voted on Tuesday to build the wall along the harbor front.</p></article></body></html>", Encoding.UTF8, "text/html");
        using HttpResponseMessage htmlResponse = await client.PostAsync("/analyze?url=https%3A%2F%2Fnews.example%2Fa", html);
        Assert.Equal(HttpStatusCode.OK, htmlResponse.StatusCode);
    }

    [Theory]
    [InlineData("{\"text\": ", "not valid JSON")]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("", "empty")]
    [InlineData("[1, 2]", "must be an object")]
    [InlineData("{}", "needs a \"text\" or an \"html\"")]
    [InlineData("{\"title\": \"x\"}", "needs a \"text\" or an \"html\"")]
    [InlineData("{\"text\": 42}", "\"text\" property must be a string")]
    [InlineData("{\"text\": \"   \"}", "\"text\" property is empty")]
    [InlineData("{\"text\": \"a\", \"html\": \"<p>b</p>\"}", "not both")]
    [InlineData("{\"html\": \"<p>b</p>\", \"url\": \"javascript:alert(1)\"}", "http or https")]
    public async Task Bad_json_gives_400_with_a_message(string body, string messagePart)
    {
        using HttpClient client = factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await client.PostAsync("/analyze", content);
        await AssertError(response, HttpStatusCode.BadRequest, messagePart);
    }

    [Fact]
    public async Task Unknown_content_type_gives_415()
    {
        using HttpClient client = factory.CreateClient();
        using var content = new ByteArrayContent([1, 2, 3]);
        content.Headers.ContentType = new("application/octet-stream");
        using HttpResponseMessage response = await client.PostAsync("/analyze", content);
        await AssertError(response, HttpStatusCode.UnsupportedMediaType, "not supported");
    }

    [Theory]
    [InlineData("/analyze")]
    [InlineData("/report")]
    public async Task Oversized_body_gives_413(string path)
    {
        using HttpClient client = factory.CreateClient();
        string big = JsonSerializer.Serialize(new { text = new string('a', (int)BylineWebApp.DefaultMaxRequestBytes + 10) });
        using var content = new StringContent(big, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await client.PostAsync(path, content);
        await AssertError(response, HttpStatusCode.RequestEntityTooLarge, "limit");
    }

    [Fact]
    public async Task Oversized_body_without_a_length_gives_413()
    {
        using HttpClient client = factory.CreateClient();
        using var content = new StreamContent(new MemoryStream(new byte[BylineWebApp.DefaultMaxRequestBytes + 1]));
        content.Headers.ContentType = new("text/plain");
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/analyze") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using HttpResponseMessage response = await client.SendAsync(request);
        await AssertError(response, HttpStatusCode.RequestEntityTooLarge, "limit");
    }

    [Fact]
    public async Task The_cap_is_configurable()
    {
        using WebApplicationFactory<Program> small = factory.WithWebHostBuilder(b => b.UseSetting("Byline:MaxRequestBytes", "1000"));
        using HttpClient client = small.CreateClient();
        using var content = new StringContent(new string('a', 1500), Encoding.UTF8, "text/plain");
        using HttpResponseMessage response = await client.PostAsync("/analyze", content);
        await AssertError(response, HttpStatusCode.RequestEntityTooLarge, "1,000-byte limit");
        using var fits = new StringContent(new string('a', 900), Encoding.UTF8, "text/plain");
        using HttpResponseMessage ok = await client.PostAsync("/analyze", fits);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Report_is_escaped_html()
    {
        using HttpClient client = factory.CreateClient();
        using HttpResponseMessage response = await client.PostAsJsonAsync("/report", new { text = "Title <script>alert(1)</script>\n\nBody <script>alert(2)</script> text." });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        string html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", html, StringComparison.Ordinal);
        HtmlChecks.AssertWellNested(html);
    }

    [Fact]
    public async Task Index_page_has_the_form()
    {
        using HttpClient client = factory.CreateClient();
        string html = await client.GetStringAsync("/");
        Assert.Contains("<textarea id=\"article\"", html, StringComparison.Ordinal);
        Assert.Contains("<button id=\"analyze\"", html, StringComparison.Ordinal);
        Assert.Contains("sandbox", html, StringComparison.Ordinal);
    }
}
