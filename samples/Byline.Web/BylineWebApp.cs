using System.Text;
using System.Text.Json;
using Byline.Reporting;
using Byline.Serialization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Byline.Web;

/// <summary>
/// The web sample: <c>POST /analyze</c> gives the JSON contract, <c>POST /report</c> the HTML report, <c>GET /</c> a
/// page to paste an article into. Request bodies are capped at <c>Byline:MaxRequestBytes</c> (2 MB by default).
/// </summary>
public static class BylineWebApp
{
    /// <summary>The request size cap when configuration does not set <c>Byline:MaxRequestBytes</c>.</summary>
    public const long DefaultMaxRequestBytes = 2 * 1024 * 1024;

    /// <summary>Builds the app; <paramref name="configure"/> can register services (a custom <see cref="NewsAnalyzer"/>) first.</summary>
    /// <param name="args">Command-line arguments (<c>--urls</c>, <c>--Byline:MaxRequestBytes=...</c>).</param>
    /// <param name="configure">Changes the builder before the defaults are added.</param>
    /// <returns>The app, ready to run.</returns>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        // Kestrel enforces the cap too, as the body arrives; the endpoints' own check covers other servers (TestServer).
        // Both read the configuration once it is complete, so tests and command lines can change the cap.
        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IConfiguration>((options, configuration) => options.Limits.MaxRequestBodySize = MaxRequestBytes(configuration));
        builder.Services.TryAddSingleton(_ => NewsAnalyzer.CreateDefault());
        builder.Services.TryAddSingleton<ReportWriter>();

        WebApplication app = builder.Build();
        var reader = new RequestReader(MaxRequestBytes(app.Configuration));
        string indexPage = LoadIndexPage();

        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context);
        });

        app.MapGet("/", () => Results.Content(indexPage, "text/html; charset=utf-8"));

        app.MapPost("/analyze", async (HttpContext context, NewsAnalyzer analyzer) =>
        {
            (AnalyzeRequest? input, IResult? error) = await reader.ReadAsync(context.Request, context.RequestAborted);
            if (input is null)
            {
                return error!;
            }

            NewsDocument doc = Analyze(analyzer, input, context.RequestAborted);
            context.Response.ContentType = "application/json; charset=utf-8";
            using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, NewsDocumentJson.WriterOptions(indented: false)))
            {
                NewsDocumentJson.Write(writer, doc, input.Id);
            }

            await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
            return Results.Empty;
        });

        app.MapPost("/report", async (HttpContext context, NewsAnalyzer analyzer, ReportWriter report) =>
        {
            (AnalyzeRequest? input, IResult? error) = await reader.ReadAsync(context.Request, context.RequestAborted);
            if (input is null)
            {
                return error!;
            }

            NewsDocument doc = Analyze(analyzer, input, context.RequestAborted);
            string html = report.Render(input.Id ?? "article", doc);
            // The report runs no script and loads nothing: the header makes sure of it even if escaping ever failed.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
            return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8);
        });

        return app;
    }

    private static long MaxRequestBytes(IConfiguration configuration)
    {
        long value = configuration.GetValue("Byline:MaxRequestBytes", DefaultMaxRequestBytes);
        return value > 0 ? value : throw new InvalidOperationException("Byline:MaxRequestBytes must be a positive number of bytes.");
    }

    private static NewsDocument Analyze(NewsAnalyzer analyzer, AnalyzeRequest input, CancellationToken cancellationToken) =>
        input.Html is not null
            ? analyzer.AnalyzeHtml(input.Html, input.Url, cancellationToken)
            : analyzer.Analyze(input.Text!, cancellationToken);

    private static string LoadIndexPage()
    {
        using Stream stream = typeof(BylineWebApp).Assembly.GetManifestResourceStream("Byline.Web.index.html")
            ?? throw new InvalidOperationException("The index page is not embedded.");
        using var streamReader = new StreamReader(stream, Encoding.UTF8);
        return streamReader.ReadToEnd();
    }
}
