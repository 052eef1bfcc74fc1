using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Byline.Articles.Html;

/// <summary>
/// Reads an article's metadata from a parsed page: schema.org JSON-LD first, then OpenGraph and other meta tags, then
/// the page itself (<c>&lt;time&gt;</c>, bylines, the URL, <c>&lt;h1&gt;</c>).
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "article.published",
        "publishdate", "publish-date", "publish_date", "pubdate", "publication_date", "publicationdate", "date.published",
        "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date",
        "citation_date", "sailthru.date", "parsely-pub-date", "article_date_original", "original-publish-date", "originalpublicationdate",
        "cxenseparse:recs:publishtime", "date_published", "article:published", "published_time", "published-date", "release_date",
        "datecreated", "created", "date", "dc.created", "displaydate", "last-modified",
    ];

    private static readonly string[] ModifiedKeys =
    [
        "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified", "last-modified",
        "article.updated", "lastmod",
    ];

    private static readonly string[] AuthorKeys =
    [
        "author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "citation_author",
        "og:article:author", "article.author", "authors", "cxenseparse:author",
    ];

    /// <summary>Reads the metadata of a parsed page.</summary>
    /// <param name="document">The page.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="jsonLd">The page's JSON-LD blocks, read from the raw HTML (the parser skips script text); null to read them from the DOM.</param>
    public static (ArticleMetadata Metadata, string? ArticleBody) Read(IHtmlDocument document, Uri? url, List<string>? jsonLd = null)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var metaAuthors = new List<string>();
        List<string> scripts = jsonLd ?? [];
        foreach (IElement m in document.QuerySelectorAll("meta"))
        {
            string? key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop") ?? m.GetAttribute("http-equiv");
            string? content = m.GetAttribute("content");
            if (key is null || string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            if (m.GetAttribute("property") is null && m.GetAttribute("name") is null && m.ParentElement?.Closest("[itemscope]") is { } scope
                && scope.HasAttribute("itemprop"))
            {
                // Microdata of a nested item (a cited paper, a review, a comment) describes that item, not the page.
                continue;
            }

            key = key.Trim();
            meta.TryAdd(key, content.Trim());
            if (key.Equals("author", StringComparison.OrdinalIgnoreCase) || key.Equals("article:author", StringComparison.OrdinalIgnoreCase))
            {
                metaAuthors.Add(content.Trim());
            }
        }

        foreach (IElement s in jsonLd is null ? document.QuerySelectorAll("script") : Enumerable.Empty<IElement>())
        {
            string? type = s.GetAttribute("type");
            if (type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                scripts.Add(s.TextContent);
            }
        }

        JsonLd ld = JsonLd.Read(scripts);
        string? siteName = Get(meta, "og:site_name") ?? Get(meta, "application-name") ?? Get(meta, "twitter:site")?.TrimStart('@');
        string? publisher = ld.Publisher ?? siteName;
        string? language = Language(document, ld, meta);
        bool monthFirst = language is null || language.StartsWith("en-us", StringComparison.OrdinalIgnoreCase)
                          || language.Equals("en", StringComparison.OrdinalIgnoreCase);

        return (new ArticleMetadata
        {
            Title = PageTitle.Choose(document, ld.Headline, Get(meta, "og:title") ?? Get(meta, "twitter:title"), siteName ?? ld.Publisher, HostLabel(url)),
            Authors = Authors(document, ld, meta, metaAuthors, publisher, HostLabel(url)),
            Published = Published(document, ld, meta, url, monthFirst),
            Modified = FirstDate([ld.DateModified, .. ModifiedKeys.Select(k => Get(meta, k))], monthFirst),
            Publisher = publisher,
            Section = ld.Section ?? Get(meta, "article:section") ?? Get(meta, "section"),
            Language = language,
            Url = url,
            CanonicalUrl = AbsoluteUri(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Get(meta, "og:url"), url),
            Description = Get(meta, "og:description") ?? Get(meta, "description") ?? Get(meta, "twitter:description") ?? ld.Description,
            Image = AbsoluteUri(Get(meta, "og:image") ?? Get(meta, "twitter:image") ?? ld.Image, url),
        }, ld.ArticleBody);
    }

    private static string? Get(Dictionary<string, string> meta, string key) =>
        meta.TryGetValue(key, out string? v) && v.Length > 0 ? v : null;

    private static string? Language(IHtmlDocument document, JsonLd ld, Dictionary<string, string> meta)
    {
        string? lang = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang")
                       ?? Get(meta, "content-language") ?? Get(meta, "og:locale") ?? Get(meta, "language") ?? ld.Language;
        if (string.IsNullOrWhiteSpace(lang))
        {
            return null;
        }

        lang = lang.Trim().Replace('_', '-');
        return lang.Length is >= 2 and <= 20 ? lang : null;
    }

    private static Uri? AbsoluteUri(string? value, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (Uri.TryCreate(value, UriKind.Absolute, out Uri? absolute) && (absolute.Scheme is "http" or "https"))
        {
            return absolute;
        }

        return baseUri is not null && Uri.TryCreate(baseUri, value, out Uri? resolved) ? resolved : null;
    }

    // ---------------------------------------------------------------- title

    /// <summary>The distinctive label of the page's host: "gregoryszorc" for www.gregoryszorc.com.</summary>
    private static string? HostLabel(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return null;
        }

        string[] labels = url.Host.Split('.');
        string label = labels.Length >= 2 ? labels[^2] : labels[0];
        return label.Length >= 4 ? label.ToLowerInvariant() : null;
    }

    // ---------------------------------------------------------------- authors

    private static ImmutableArray<string> Authors(IHtmlDocument document, JsonLd ld, Dictionary<string, string> meta, List<string> metaAuthors,
        string? publisher, string? hostLabel)
    {
        var names = new List<string>();
        bool fromJsonLd = true, fromByline = false;
        void AddAll(IEnumerable<string> raws, bool structured)
        {
            foreach (string raw in raws)
            {
                foreach (string n in AuthorNames.Parse(raw, structured))
                {
                    // Outside JSON-LD, an "author" that names the site or a company is the publisher, not a person.
                    if (!fromJsonLd && (IsSiteLike(n, hostLabel) || AuthorNames.IsOrganization(n)))
                    {
                        continue;
                    }

                    if (!names.Contains(n, StringComparer.OrdinalIgnoreCase) && !SameAs(n, publisher))
                    {
                        names.Add(n);
                    }
                }
            }
        }

        AddAll(ld.Authors, structured: true);
        fromJsonLd = false;
        if (names.Count == 0)
        {
            AddAll(metaAuthors, structured: true);
        }

        if (names.Count == 0)
        {
            foreach (string key in AuthorKeys)
            {
                if (Get(meta, key) is { } v)
                {
                    AddAll([v], structured: true);
                    if (names.Count > 0)
                    {
                        break;
                    }
                }
            }
        }

        if (names.Count == 0)
        {
            // Slack/Twitter labels that WordPress SEO plugins write: twitter:label1 "Written by", twitter:data1 "Jane Doe".
            foreach ((string label, string data) in (ReadOnlySpan<(string, string)>)[("twitter:label1", "twitter:data1"), ("twitter:label2", "twitter:data2")])
            {
                if (Get(meta, label) is { } l && Get(meta, data) is { } d && IsAuthorLabel(l))
                {
                    AddAll([d], structured: true);
                }
            }
        }

        if (names.Count == 0)
        {
            // The first byline on the page, outside comments and teasers.
            fromByline = true;
            foreach ((string text, bool strong) in BylineTexts(document))
            {
                AddAll([text], structured: strong);
                if (names.Count > 0)
                {
                    break;
                }
            }
        }

        if (!fromByline && names.Count == 1 && !names[0].Contains(' ', StringComparison.Ordinal) && document.Body is { } body)
        {
            // A first name alone from an author field ("Stefanus") whose full name the page prints ("Stefanus Stahl - Maschinenbauer").
            // A byline that prints the first name alone is taken as printed.
            names[0] = FullName(names[0], MainContent.TextOf(body, 200_000)) ?? names[0];
        }

        return [.. names.Take(10)];
    }

    /// <summary>The full name the text prints for a first name: the most frequent capitalised word right after it.</summary>
    private static string? FullName(string first, string text)
    {
        if (first.Length < 3 || !char.IsUpper(first[0]))
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int at = text.IndexOf(first + " ", StringComparison.Ordinal); at >= 0 && counts.Count < 20;
             at = text.IndexOf(first + " ", at + first.Length, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetter(text[at - 1]))
            {
                continue;
            }

            int start = at + first.Length + 1, end = start;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '-' or '\''))
            {
                end++;
            }

            if (end - start >= 2 && char.IsUpper(text[start]) && !char.IsUpper(text[start + 1]))
            {
                string full = first + " " + text[start..end];
                if (!text.AsSpan(start, end - start).SequenceEqual(first) && AuthorNames.LooksLikeName(full))
                {
                    counts[full] = counts.GetValueOrDefault(full) + 1;
                }
            }
        }

        string? best = null;
        foreach ((string full, int n) in counts)
        {
            if (best is null || n > counts[best])
            {
                best = full;
            }
        }

        return best;
    }

    private static bool IsAuthorLabel(string label) =>
        label.Equals("Written by", StringComparison.OrdinalIgnoreCase) || label.Equals("Verfasst von", StringComparison.OrdinalIgnoreCase)
        || label.Equals("Geschrieben von", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Escrito por", StringComparison.OrdinalIgnoreCase)
        || label.StartsWith("Écrit par", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Autor", StringComparison.OrdinalIgnoreCase)
        || label.StartsWith("Author", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Scritto da", StringComparison.OrdinalIgnoreCase);

    private static bool IsSiteLike(string name, string? hostLabel)
    {
        if (hostLabel is null)
        {
            return false;
        }

        string n = Norm(name);
        return n.Length >= 4 && (n.Contains(hostLabel, StringComparison.Ordinal) || hostLabel.Contains(n, StringComparison.Ordinal));
    }

    private static bool SameAs(string name, string? publisher) =>
        publisher is not null && Norm(name) == Norm(publisher);

    private static readonly string[] BylineClassWords =
        ["byline", "author", "autor", "writer", "reporter", "wrote", "verfasser", "username", "post-author"];

    private static readonly string[] AuthorHrefs = ["/author/", "/autor/", "/authors/", "/autoren/", "/reporters/", "/journalist", "/profil", "/redaktion/"];

    /// <summary>
    /// Elements that may hold a byline, in document order: author markup (itemprop, rel, .fn), byline/author classes and
    /// ids, links to author pages, &lt;byline&gt;. One iterative walk with plain string checks (cheaper than a long CSS selector list).
    /// </summary>
    private static IEnumerable<IElement> BylineCandidates(IHtmlDocument document)
    {
        if (document.Body is null)
        {
            yield break;
        }

        var stack = new Stack<IElement>();
        stack.Push(document.Body);
        while (stack.Count > 0)
        {
            IElement e = stack.Pop();
            if (HtmlHints.Junk.Contains(e.LocalName))
            {
                continue;
            }

            if (IsBylineCandidate(e))
            {
                yield return e;
            }

            // (By index: AngleSharp's PreviousElementSibling searches the parent's children, quadratic over a long list.)
            INodeList children = e.ChildNodes;
            for (int c = children.Length - 1; c >= 0; c--)
            {
                if (children[c] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }
    }

    private static bool IsBylineCandidate(IElement e)
    {
        if (e.LocalName == "byline" || e.GetAttribute("itemprop") is "author" || e.GetAttribute("rel") is "author")
        {
            return true;
        }

        if (e.GetAttribute("class") is { Length: > 0 } cls)
        {
            foreach (string w in BylineClassWords)
            {
                if (cls.Contains(w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            if (e.ClassList.Contains("fn"))
            {
                return true;
            }
        }

        if (e.Id is { Length: > 0 } id && (id.Contains("byline", StringComparison.OrdinalIgnoreCase) || id.Contains("author", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (e.GetAttribute("data-testid") is { } testId && testId.Contains("byline", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (e.LocalName == "a" && e.GetAttribute("href") is { } href)
        {
            foreach (string h in AuthorHrefs)
            {
                if (href.Contains(h, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Byline candidates in document order; strong ones come from markup that names an author (rel=author, .fn).</summary>
    private static IEnumerable<(string Text, bool Strong)> BylineTexts(IHtmlDocument document)
    {
        int seen = 0;
        foreach (IElement e in BylineCandidates(document))
        {
            if (++seen > 60)
            {
                break;
            }

            // A post's footer ("Posted by <a rel=author>...") holds its byline; author markup counts there.
            if (InCommentsOrTeasers(e, allowFooter: IsStrongAuthorElement(e)))
            {
                continue;
            }

            IElement? name = e.QuerySelector("[itemprop=name], .fn, [rel=author]");
            IElement source = name ?? e;
            string text = MainContent.TextOf(source, 400);
            if (text.Length is > 0 and < 200)
            {
                yield return (text, name is not null || IsStrongAuthorElement(e));
            }
        }

        // "Von Claudia Lindner", "By Jane Doe" as a short paragraph of its own.
        seen = 0;
        foreach (IElement e in document.QuerySelectorAll("p, span, div, strong, em, b, address"))
        {
            if (++seen > 3000)
            {
                break;
            }

            if (e.FirstChild is IText first && first.Data.TrimStart() is { Length: > 3 } start
                && StartsLikeByline(start) && !IsBylineLabel(e.TextContent))
            {
                string text = MainContent.TextOf(e, 200);
                if (text.Length < 100 && !InCommentsOrTeasers(e))
                {
                    yield return (text, false);
                }
            }
            else if (e.ChildElementCount == 0 && IsBylineLabel(e.TextContent) && !InCommentsOrTeasers(e))
            {
                // The label in an element of its own: "<b>Von:</b> Götz Warnke", "<span>| By </span><span>Cara Stiles</span>",
                // "<p class=label><strong>By</strong></p><p class=full-name>Todd Bates</p>": the name follows in the nearest
                // ancestor that holds more than the label.
                string label = e.TextContent.Trim(' ', '|', '\u00A0', '\n', '\r', '\t');
                IElement? parent = e.ParentElement;
                for (int level = 0; parent is not null && level < 4; level++, parent = parent.ParentElement)
                {
                    string around = MainContent.TextOf(parent, 300);
                    int at = around.IndexOf(label, StringComparison.Ordinal);
                    if (at < 0 || around.Length - at >= 120)
                    {
                        break;
                    }

                    if (around.AsSpan(at + label.Length).Trim().Length >= 3)
                    {
                        yield return (around[at..], false);
                        break;
                    }
                }
            }
        }
    }

    private static bool IsStrongAuthorElement(IElement e) =>
        e.GetAttribute("rel") is "author" || e.GetAttribute("itemprop") is "author" || e.ClassList.Contains("fn")
        || (e.GetAttribute("class") is { } cls && (cls.Contains("author-name", StringComparison.OrdinalIgnoreCase)
            || cls.Contains("authorname", StringComparison.OrdinalIgnoreCase)))
        || (e.LocalName == "a" && e.GetAttribute("href") is { } href && href.Contains("/author/", StringComparison.OrdinalIgnoreCase));

    private static readonly string[] BylineStarts =
    [
        "By ", "BY ", "Von ", "von ", "Von:", "Written by", "Autor:", "Autorin:", "Text:", "Por ", "Par ", "Texto:", "Author:", "Door ",
        "Eingestellt von", "Geschrieben von", "Posted by", "Publié par", "Text von", "Blog Beitrag von",
    ];

    private static readonly string[] BylineLabels = ["By", "BY", "by", "Von", "von", "Von:", "Autor:", "Autorin:", "Author:", "Text:", "Written by", "Par", "Por"];

    /// <summary>A byline's label alone: "Von:", "| By ".</summary>
    private static bool IsBylineLabel(string text)
    {
        string t = text.Trim(' ', '|', '\u00A0', '\n', '\r', '\t');
        return t.Length is > 1 and < 12 && Array.IndexOf(BylineLabels, t) >= 0;
    }

    private static bool StartsLikeByline(string text)
    {
        foreach (string start in BylineStarts)
        {
            if (text.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InCommentsOrTeasers(IElement e, bool allowFooter = false)
    {
        int level = 0;
        for (IElement? a = e; a is not null && level < 12; a = a.ParentElement, level++)
        {
            if (a.LocalName is "body" or "html" or "main" or "article")
            {
                // Their classes describe the whole page ("has-sidebar", "comments-open").
                break;
            }

            string? cls = a.GetAttribute("class");
            string? id = a.Id;
            if (a.LocalName is "aside" or "nav" || (!allowFooter && a.LocalName == "footer" && a.Closest("article") is null))
            {
                return true;
            }

            if (!ReferenceEquals(a, e) && (cls is not null || id is not null) && a.QuerySelector("h1") is not null)
            {
                // A wrapper around the headline is the article's area, whatever its class or id says ("content-area" with id "sidebar").
                continue;
            }

            foreach (string? attr in (ReadOnlySpan<string?>)[cls, id])
            {
                if (attr is null)
                {
                    continue;
                }

                foreach (string word in attr.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    // Layout flags ("has-double-sidebar", "with-comments") describe the page around, not this element.
                    if (word.StartsWith("has-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("with-", StringComparison.OrdinalIgnoreCase)
                        || word.StartsWith("no-", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    if (word.Contains("comment", StringComparison.OrdinalIgnoreCase) || word.Contains("related", StringComparison.OrdinalIgnoreCase)
                        || word.Contains("sidebar", StringComparison.OrdinalIgnoreCase) || word.Contains("teaser", StringComparison.OrdinalIgnoreCase)
                        || (!allowFooter && word.Contains("footer", StringComparison.OrdinalIgnoreCase)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // ---------------------------------------------------------------- dates

    private static DateTimeOffset? Published(IHtmlDocument document, JsonLd ld, Dictionary<string, string> meta, Uri? url, bool monthFirst)
    {
        if (FirstDate([ld.DatePublished, .. PublishedKeys.Select(k => Get(meta, k))], monthFirst) is { } declared)
        {
            // A time stated in UTC can fall on the next day; the date in the address is the newsroom's local day
            // ("2023-11-09T01:09:55Z" for /2023/11/08/).
            if (declared.Offset == TimeSpan.Zero && declared.TimeOfDay != TimeSpan.Zero && url is not null
                && UrlDate(url.AbsolutePath) is { } local && local.Date == declared.Date.AddDays(-1))
            {
                return local;
            }

            if (declared.Offset == TimeSpan.Zero && declared.TimeOfDay != TimeSpan.Zero && LocalTimeOf(document, meta, declared, monthFirst) is { } sameMoment)
            {
                return sameMoment;
            }

            return declared;
        }

        foreach (IElement e in document.QuerySelectorAll("[itemprop=datePublished], [itemprop=dateCreated], [property$=datePublished], [property$=dateCreated], time[pubdate], time"))
        {
            if (InCommentsOrTeasers(e) || e.Closest("blockquote") is not null)
            {
                // A comment's or an embedded post's time is not the article's.
                continue;
            }

            string? v = e.GetAttribute("datetime") ?? e.GetAttribute("content");
            if (v is not null && DateText.TryFind(v, monthFirst, out DateTimeOffset d))
            {
                return d;
            }

            string text = MainContent.TextOf(e, 200);
            if (text.Length < 120 && DateText.TryFind(text, monthFirst, out d))
            {
                return d;
            }
        }

        if (url is not null && UrlDate(url.AbsolutePath) is { } fromUrl)
        {
            return fromUrl;
        }

        int seen = 0;
        foreach (IElement e in document.QuerySelectorAll(DateSelectors))
        {
            if (++seen > 60)
            {
                break;
            }

            if (e.GetAttribute("title") is { Length: < 60 } title && DateText.TryFind(title, monthFirst, out DateTimeOffset t))
            {
                return t;
            }

            string text = MainContent.TextOf(e, 300);
            if (text.Length < 200 && DateText.TryFind(text, monthFirst, out DateTimeOffset d))
            {
                return d;
            }
        }

        foreach (string? text in (ReadOnlySpan<string?>)[document.Title, Get(meta, "description"), Get(meta, "og:description")])
        {
            if (text is not null && DateText.TryFind(text, monthFirst, out DateTimeOffset inText))
            {
                return inText;
            }
        }

        return document.Body is { } body ? FirstDateInText(body, monthFirst) : null;
    }

    /// <summary>
    /// The same moment as a UTC time, stated elsewhere on the page with the newsroom's offset ("2023-11-08T23:05:04-08:00" for
    /// "2023-11-09T06:35:29+00:00"), when it falls on another day: the local day is the publication day.
    /// </summary>
    private static DateTimeOffset? LocalTimeOf(IHtmlDocument document, Dictionary<string, string> meta, DateTimeOffset utc, bool monthFirst)
    {
        var values = new List<string>(24);
        foreach (string key in PublishedKeys)
        {
            if (Get(meta, key) is { } v)
            {
                values.Add(v);
            }
        }

        int seen = 0;
        foreach (IElement t in document.QuerySelectorAll("time[datetime]"))
        {
            if (++seen > 20)
            {
                break;
            }

            values.Add(t.GetAttribute("datetime")!);
        }

        foreach (string v in values)
        {
            if (DateText.TryFind(v, monthFirst, out DateTimeOffset d) && d.Offset != TimeSpan.Zero
                && Math.Abs((d - utc).TotalHours) < 3 && d.Date != utc.Date)
            {
                return d;
            }
        }

        return null;
    }

    private const string DateSelectors =
        "[class*=date], [class*=Date], [class*=datum], [class*=Datum], [class*=time], [class*=publish], [class*=created], "
        + "[class*=meta], [class*=byline], [class*=autor], [class*=author], [class*=post-info], [class*=postDetails], "
        + "[class*=subtitle], [class*=info], [id*=date], [itemprop*=date], dd, [class*=footer]";

    /// <summary>The first date written in the page's visible text, in document order (the last resort).</summary>
    private static DateTimeOffset? FirstDateInText(IElement body, bool monthFirst)
    {
        var stack = new Stack<INode>();
        stack.Push(body);
        int texts = 0;
        while (stack.Count > 0 && texts < 4000)
        {
            INode n = stack.Pop();
            if (n is IText t)
            {
                texts++;
                string data = t.Data;
                // A date that opens a paragraph ("27.1.2022 - Bei der ...") counts; one deep inside body text does not.
                string head = data.Length <= 300 ? data : data[..60];
                if (head.Length >= 6 && HasDigit(head) && DateText.TryFind(head, monthFirst, out DateTimeOffset d))
                {
                    return d;
                }

                continue;
            }

            if (n is IElement e && (HtmlHints.Junk.Contains(e.LocalName) || e.LocalName is "nav" or "select"))
            {
                continue;
            }

            // (By index: AngleSharp finds a node's previous sibling by searching its parent's children, which made walking a
            // long list of siblings backwards quadratic.)
            INodeList children = n.ChildNodes;
            for (int c = children.Length - 1; c >= 0; c--)
            {
                INode child = children[c];
                stack.Push(child);
            }
        }

        return null;
    }

    private static bool HasDigit(string s)
    {
        foreach (char c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static DateTimeOffset? UrlDate(string path)
    {
        // /2019/12/12/, /2019-12-12/, /20191212/: year first, with a month and a day that make a date.
        if (DateText.TryFind(path, false, out DateTimeOffset d))
        {
            return d;
        }

        return null;
    }

    private static DateTimeOffset? FirstDate(IEnumerable<string?> values, bool monthFirst)
    {
        foreach (string? v in values)
        {
            if (v is not null && DateText.TryFind(v, monthFirst, out DateTimeOffset d))
            {
                return d;
            }
        }

        return null;
    }

    // ---------------------------------------------------------------- text helpers

    internal static string Clean(string s)
    {
        if (s.Contains('&', StringComparison.Ordinal))
        {
            // JSON-LD and meta values are sometimes entity-encoded twice ("&#8211;").
            s = System.Net.WebUtility.HtmlDecode(s);
        }

        var sb = new System.Text.StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else if (c is not ('\u00AD' or '\u200B'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Trim();
    }

    internal static string Norm(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
