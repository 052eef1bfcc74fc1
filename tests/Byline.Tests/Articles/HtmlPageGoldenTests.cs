using System.Text.Json;
using System.Text.Json.Nodes;
using Byline.Articles;

namespace Byline.Tests.Articles;

/// <summary>
/// Golden pages: <c>Pages/&lt;case&gt;/source.html</c> is a page written for these tests, <c>expected.json</c> what
/// Byline extracts from it. To regenerate after an intended change, run the tests with BYLINE_REGENERATE=1, then read
/// every diff of <c>expected.json</c> before committing it.
/// </summary>
public class HtmlPageGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Pages")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Page_matches_expected(string name)
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Pages", name);
        string html = File.ReadAllText(Path.Combine(dir, "source.html"));
        NewsDocument doc = NewsAnalyzer.CreateDefault().AnalyzeHtml(html, new Uri("https://example.com/" + name));
        string actual = Describe(doc).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        if (Environment.GetEnvironmentVariable("BYLINE_REGENERATE") == "1")
        {
            string source = Path.Combine(SharedData.RepositoryRoot, "tests", "Byline.Tests", "Pages", name, "expected.json");
            File.WriteAllText(source, actual + "\n");
            return;
        }

        string expected = File.ReadAllText(Path.Combine(dir, "expected.json")).TrimEnd();
        Assert.Equal(expected.ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    private static JsonObject Describe(NewsDocument doc)
    {
        var paragraphs = new JsonArray();
        foreach (var p in doc.Paragraphs)
        {
            paragraphs.Add(doc.GetText(p));
        }

        var authors = new JsonArray();
        foreach (string a in doc.Metadata.Authors)
        {
            authors.Add(a);
        }

        var diagnostics = new JsonArray();
        foreach (Diagnostic d in doc.Diagnostics)
        {
            diagnostics.Add(d.Code);
        }

        return new JsonObject
        {
            ["title"] = doc.Metadata.Title,
            ["authors"] = authors,
            ["published"] = doc.Metadata.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            ["publisher"] = doc.Metadata.Publisher,
            ["language"] = doc.Metadata.Language,
            ["paragraphs"] = paragraphs,
            ["diagnostics"] = diagnostics,
        };
    }
}
