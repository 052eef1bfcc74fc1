using System.Text;
using System.Text.Json;

namespace Byline.Articles.Html;

/// <summary>What the page's schema.org JSON-LD says about the article.</summary>
internal sealed class JsonLd
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    public string? Headline { get; private set; }
    public List<string> Authors { get; } = [];
    public string? DatePublished { get; private set; }
    public string? DateModified { get; private set; }
    public string? Publisher { get; private set; }
    public string? Section { get; private set; }
    public string? Language { get; private set; }
    public string? Image { get; private set; }
    public string? Description { get; private set; }
    public string? ArticleBody { get; private set; }
    public string? Url { get; private set; }

    /// <summary>True when an Article-like object was found (as opposed to only a WebPage or nothing).</summary>
    public bool HasArticle { get; private set; }

    /// <summary>Reads every <c>application/ld+json</c> block; a malformed block is repaired when it can be and skipped otherwise.</summary>
    public static JsonLd Read(IEnumerable<string> scripts)
    {
        var result = new JsonLd();
        var objects = new List<(JsonElement Element, int Rank)>();
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var documents = new List<JsonDocument>();
        try
        {
            foreach (string script in scripts)
            {
                JsonDocument? doc = TryParse(script);
                if (doc is null)
                {
                    continue;
                }

                documents.Add(doc);
                Collect(doc.RootElement, objects, byId);
            }

            // The best-ranked object (NewsArticle over Article over WebPage) fills each field first; the rest fill the gaps.
            objects.Sort((a, b) => b.Rank.CompareTo(a.Rank));
            foreach ((JsonElement e, int rank) in objects)
            {
                result.Fill(e, rank, byId);
            }
        }
        finally
        {
            foreach (JsonDocument d in documents)
            {
                d.Dispose();
            }
        }

        return result;
    }

    private static JsonDocument? TryParse(string script)
    {
        string s = script.Trim();
        if (s.StartsWith("<!--", StringComparison.Ordinal))
        {
            s = s[4..];
        }

        if (s.EndsWith("-->", StringComparison.Ordinal))
        {
            s = s[..^3];
        }

        if (s.StartsWith("//<![CDATA[", StringComparison.Ordinal) || s.StartsWith("<![CDATA[", StringComparison.Ordinal))
        {
            s = s[(s.IndexOf('[', 3) + 1)..];
            int end = s.LastIndexOf("]]>", StringComparison.Ordinal);
            if (end >= 0)
            {
                s = s[..end].TrimEnd('/', ' ', '\n', '\r', '\t');
            }
        }

        try
        {
            return JsonDocument.Parse(s, Options);
        }
        catch (JsonException)
        {
        }

        // Common breakage: raw line breaks or tabs inside strings, a trailing semicolon.
        try
        {
            return JsonDocument.Parse(Repair(s), Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Repair(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool inString = false, escaped = false;
        foreach (char c in s)
        {
            if (inString)
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '"')
                {
                    inString = false;
                }
                else if (c < ' ')
                {
                    sb.Append(' ');
                    continue;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }

            sb.Append(c);
        }

        return sb.ToString().TrimEnd().TrimEnd(';');
    }

    /// <summary>Gathers every object with a @type, through arrays and @graph, without recursion.</summary>
    private static void Collect(JsonElement root, List<(JsonElement, int)> objects, Dictionary<string, JsonElement> byId)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0 && objects.Count < 500)
        {
            JsonElement e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in e.EnumerateArray())
                {
                    stack.Push(item);
                }

                continue;
            }

            if (e.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (e.TryGetProperty("@id", out JsonElement id) && id.ValueKind == JsonValueKind.String && e.TryGetProperty("@type", out _)
                && id.GetString() is { } key)
            {
                byId.TryAdd(key, e);
            }

            int rank = Rank(e);
            if (rank > 0)
            {
                objects.Add((e, rank));
            }

            if (e.TryGetProperty("@graph", out JsonElement graph))
            {
                stack.Push(graph);
            }

            if (e.TryGetProperty("mainEntity", out JsonElement main))
            {
                stack.Push(main);
            }
        }
    }

    private static int Rank(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out JsonElement type))
        {
            return 0;
        }

        int best = 0;
        foreach (string t in Strings(type))
        {
            int r = t switch
            {
                "NewsArticle" or "ReportageNewsArticle" or "AnalysisNewsArticle" or "OpinionNewsArticle" or "BackgroundNewsArticle" => 5,
                "Article" or "BlogPosting" or "Report" or "TechArticle" or "ScholarlyArticle" or "LiveBlogPosting" or "SocialMediaPosting" => 4,
                "VideoObject" or "Review" or "Recipe" or "PressRelease" => 3,
                "WebPage" or "ItemPage" or "AboutPage" => 2,
                "WebSite" or "Organization" or "NewsMediaOrganization" => 1,
                _ => 0,
            };
            best = Math.Max(best, r);
        }

        return best;
    }

    private void Fill(JsonElement e, int rank, Dictionary<string, JsonElement> byId)
    {
        if (rank >= 3)
        {
            HasArticle |= rank >= 4;
            Headline ??= String(e, "headline") ?? (rank >= 4 ? String(e, "name") : null);
            if (rank >= 4)
            {
                // A video or review embedded in the page has its own dates; only an article's are the page's.
                DatePublished ??= String(e, "datePublished") ?? String(e, "dateCreated");
                DateModified ??= String(e, "dateModified");
            }

            if (Authors.Count == 0 && e.TryGetProperty("author", out JsonElement author))
            {
                AddNames(author, Authors, byId);
            }

            if (Authors.Count == 0 && e.TryGetProperty("creator", out JsonElement creator))
            {
                AddNames(creator, Authors, byId);
            }

            Section ??= String(e, "articleSection");
            ArticleBody ??= String(e, "articleBody");
            Description ??= String(e, "description");
            Image ??= ImageUrl(e);
            Language ??= String(e, "inLanguage");
            Url ??= String(e, "url");
            if (Publisher is null && e.TryGetProperty("publisher", out JsonElement publisher))
            {
                Publisher = publisher.ValueKind == JsonValueKind.String ? publisher.GetString() : FirstObject(publisher) is { } p ? String(p, "name") : null;
            }
        }
        else if (rank == 2)
        {
            DatePublished ??= String(e, "datePublished");
            DateModified ??= String(e, "dateModified");
            Language ??= String(e, "inLanguage");
            if (Authors.Count == 0 && e.TryGetProperty("author", out JsonElement author))
            {
                AddNames(author, Authors, byId);
            }
        }
        else if (rank == 1 && Publisher is null && e.TryGetProperty("@type", out JsonElement type)
                 && Strings(type).Any(t => t is "Organization" or "NewsMediaOrganization"))
        {
            Publisher = String(e, "name");
        }
    }

    private static void AddNames(JsonElement author, List<string> names, Dictionary<string, JsonElement> byId)
    {
        foreach (JsonElement item in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
        {
            JsonElement a = item;
            // Yoast and other generators point at a Person elsewhere in the @graph: {"@id": ".../#/schema/person/..."}.
            if (a.ValueKind == JsonValueKind.Object && !a.TryGetProperty("name", out _) && a.TryGetProperty("@id", out JsonElement id)
                && id.ValueKind == JsonValueKind.String && id.GetString() is { } key && byId.TryGetValue(key, out JsonElement target))
            {
                a = target;
            }

            string? name = a.ValueKind switch
            {
                JsonValueKind.String => a.GetString(),
                JsonValueKind.Object when IsOrganization(a) => null,
                JsonValueKind.Object => String(a, "name") ?? Join(String(a, "givenName"), String(a, "familyName")),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name) && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && names.Count < 20)
            {
                names.Add(name.Trim());
            }
        }
    }

    private static bool IsOrganization(JsonElement a) =>
        a.TryGetProperty("@type", out JsonElement t) && Strings(t).Any(s => s.Contains("Organization", StringComparison.Ordinal));

    private static string? Join(string? a, string? b) => a is null || b is null ? a ?? b : a + " " + b;

    private static string? ImageUrl(JsonElement e)
    {
        if (!e.TryGetProperty("image", out JsonElement image) && !e.TryGetProperty("thumbnailUrl", out image))
        {
            return null;
        }

        JsonElement first = image.ValueKind == JsonValueKind.Array && image.GetArrayLength() > 0 ? image[0] : image;
        return first.ValueKind switch
        {
            JsonValueKind.String => first.GetString(),
            JsonValueKind.Object => String(first, "url") ?? String(first, "contentUrl"),
            _ => null,
        };
    }

    private static JsonElement? FirstObject(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e,
        JsonValueKind.Array when e.GetArrayLength() > 0 && e[0].ValueKind == JsonValueKind.Object => e[0],
        _ => null,
    };

    /// <summary>A property's string value (the first of an array, the "name" of an object), trimmed, or null.</summary>
    private static string? String(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out JsonElement v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0)
        {
            v = v[0];
        }

        string? s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => v.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null,
            _ => null,
        };
        s = s?.Trim();
        return string.IsNullOrEmpty(s) ? null : s;
    }

    private static IEnumerable<string> Strings(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            yield return e.GetString() ?? "";
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in e.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    yield return item.GetString() ?? "";
                }
            }
        }
    }
}
