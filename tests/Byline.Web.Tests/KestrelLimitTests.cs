using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Web.Tests;

/// <summary>The request cap on a real Kestrel port (TestServer does not enforce Kestrel's limits).</summary>
public sealed class KestrelLimitTests
{
    private static async Task<(WebApplication, HttpClient)> StartAsync()
    {
        WebApplication app = BylineWebApp.Create(["--urls", "http://127.0.0.1:0", "--Byline:MaxRequestBytes=1000"]);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new HttpClient { BaseAddress = new Uri(address) });
    }

    private static async Task Assert413(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("1,000-byte limit", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declared_length_over_the_cap_gives_413()
    {
        (WebApplication app, HttpClient client) = await StartAsync();
        await using (app)
        using (client)
        {
            using var content = new StringContent(new string('a', 5000), Encoding.UTF8, "text/plain");
            using HttpResponseMessage response = await client.PostAsync("analyze", content);
            await Assert413(response);
        }
    }

    [Fact]
    public async Task Chunked_body_over_the_cap_gives_413()
    {
        (WebApplication app, HttpClient client) = await StartAsync();
        await using (app)
        using (client)
        {
            using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"text\": \"" + new string('a', 5000) + "\"}")));
            content.Headers.ContentType = new("application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, "report") { Content = content };
            request.Headers.TransferEncodingChunked = true;
            using HttpResponseMessage response = await client.SendAsync(request);
            await Assert413(response);
        }
    }
}
