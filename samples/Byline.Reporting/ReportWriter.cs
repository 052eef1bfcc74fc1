using System.Globalization;
using System.Net;
using Byline.Articles;
using Byline.Entities;
using Byline.Quotes;
using Byline.Text;

namespace Byline.Reporting;

/// <summary>
/// Writes analysed articles as one self-contained HTML page: inline CSS, no external assets, no script. Each article
/// shows its metadata, its paragraphs with quotes highlighted in a colour per speaker and entities underlined by type,
/// and a "who said what" panel. Everything taken from an article is HTML-escaped, and only http and https addresses
/// become links.
/// </summary>
/// <example>
/// <code>
/// var report = new ReportWriter();
/// report.WriteStart(writer, "Today's articles");
/// foreach (var (id, doc) in docs) report.WriteArticle(writer, id, doc);
/// report.WriteEnd(writer);
/// </code>
/// </example>
public sealed class ReportWriter
{
    /// <summary>How many distinct speaker colours the page has; later speakers reuse them in turn.</summary>
    public const int SpeakerColorCount = 8;

    private static readonly (string Type, string CssClass, string Label)[] KnownTypes =
    [
        ("PERSON", "person", "Person"),
        ("ORG", "org", "Organization"),
        ("GPE", "gpe", "Country, city, state"),
        ("LOC", "loc", "Location"),
        ("NORP", "norp", "Nationality or group"),
        ("TITLE", "title", "Title or role"),
        ("DATE", "date", "Date"),
        ("TIME", "time", "Time"),
        ("MONEY", "money", "Money"),
        ("PERCENT", "percent", "Percent"),
        ("MISC", "misc", "Other"),
    ];

    private const string Css = """
        body{font-family:Georgia,"Times New Roman",serif;margin:0;background:#f6f5f1;color:#1d1d1d}
        header.page{background:#1f2a44;color:#fff;padding:12px 24px;font-family:system-ui,sans-serif}
        header.page h1{margin:0;font-size:1.3em}
        article.doc{background:#fff;max-width:1200px;margin:20px auto;padding:20px 28px;box-shadow:0 1px 3px #0002;display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:28px}
        article.doc>header,article.doc>.legend{grid-column:1/-1}
        article.doc h2{margin:0 0 6px;font-size:1.6em}
        .meta{font-family:system-ui,sans-serif;font-size:.85em;color:#555;margin:0}
        .meta dt{display:inline;font-weight:600}.meta dd{display:inline;margin:0 14px 0 4px}
        .body p{line-height:1.7;margin:0 0 1em}
        mark.quote{border-radius:3px;padding:1px 0;color:inherit}
        mark.s0{background:#ffe08a}mark.s1{background:#b5e3ff}mark.s2{background:#c8f2c2}mark.s3{background:#ffc6d9}
        mark.s4{background:#e0cdfa}mark.s5{background:#ffd5b0}mark.s6{background:#bff0ea}mark.s7{background:#e6e6a8}
        mark.unattributed{background:#e4e4e4}
        .swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-1px;margin-right:6px}
        .swatch.s0{background:#ffe08a}.swatch.s1{background:#b5e3ff}.swatch.s2{background:#c8f2c2}.swatch.s3{background:#ffc6d9}
        .swatch.s4{background:#e0cdfa}.swatch.s5{background:#ffd5b0}.swatch.s6{background:#bff0ea}.swatch.s7{background:#e6e6a8}
        .swatch.unattributed{background:#e4e4e4}
        .speaker{font-weight:700}.cue{font-style:italic}
        .ent{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px}
        .ent-person{text-decoration-color:#d1495b}.ent-org{text-decoration-color:#00798c}.ent-gpe{text-decoration-color:#2e7d32}
        .ent-loc{text-decoration-color:#6a994e}.ent-norp{text-decoration-color:#8d6cab}.ent-title{text-decoration-color:#b08900;text-decoration-style:dotted}
        .ent-date{text-decoration-color:#3d5a80;text-decoration-style:dashed}.ent-time{text-decoration-color:#3d5a80;text-decoration-style:dotted}
        .ent-money{text-decoration-color:#ef8a17}.ent-percent{text-decoration-color:#ef8a17;text-decoration-style:dashed}
        .ent-misc,.ent-other{text-decoration-color:#777;text-decoration-style:wavy}
        .legend{font-family:system-ui,sans-serif;font-size:.8em;color:#333;border-top:1px solid #eee;padding-top:8px}
        .legend span.ent{margin-right:14px}
        aside.who{font-family:system-ui,sans-serif;font-size:.9em;border-left:1px solid #e5e5e5;padding-left:18px}
        aside.who h3{margin:0 0 10px;font-size:1.05em}
        aside.who ul{list-style:none;padding:0;margin:0}
        aside.who li.speaker-entry{margin-bottom:14px}
        aside.who ol{margin:4px 0 0;padding-left:22px}
        aside.who ol li{margin-bottom:4px;color:#333}
        aside.who .kind{font-size:.75em;color:#777;text-transform:uppercase;margin-left:4px}
        .empty{color:#888;font-style:italic}
        """;

    /// <summary>Writes the start of the page: the document head with its styles, and the page header.</summary>
    /// <param name="writer">Where the page goes.</param>
    /// <param name="title">The page title (escaped).</param>
    /// <exception cref="ArgumentNullException">When <paramref name="writer"/> or <paramref name="title"/> is null.</exception>
    public void WriteStart(TextWriter writer, string title)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(title);
        // No script may run in a report, whatever an article smuggles past the escaping: the policy is a second lock.
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; object-src 'none'; base-uri 'none'\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // The page needs nothing from elsewhere and runs no script: say so to browsers that honour it.
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        writer.Write("<title>");
        writer.Write(Encode(title));
        writer.Write("</title>\n<style>\n");
        writer.Write(Css);
        writer.Write("\n</style>\n</head>\n<body>\n<header class=\"page\"><h1>");
        writer.Write(Encode(title));
        writer.Write("</h1></header>\n<main>\n");
    }

    /// <summary>Writes one article: metadata, the text with quotes and entities marked, and the "who said what" panel.</summary>
    /// <param name="writer">Where the page goes.</param>
    /// <param name="id">The article's identifier (escaped; used for the element id).</param>
    /// <param name="doc">The analysed article.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public void WriteArticle(TextWriter writer, string id, NewsDocument doc)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(doc);

        SpeakerPalette speakers = SpeakerPalette.For(doc);
        writer.Write("<article class=\"doc\" id=\"");
        writer.Write(Encode("doc-" + id));
        writer.Write("\">\n");
        WriteMetadata(writer, id, doc.Metadata);
        writer.Write("<div class=\"body\">\n");
        WriteBody(writer, doc, speakers);
        writer.Write("</div>\n");
        WriteWhoSaidWhat(writer, doc, speakers);
        WriteLegend(writer, doc);
        writer.Write("</article>\n");
    }

    /// <summary>Writes the end of the page.</summary>
    /// <param name="writer">Where the page goes.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="writer"/> is null.</exception>
    public void WriteEnd(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("</main>\n</body>\n</html>\n");
    }

    /// <summary>Renders a whole page for one article.</summary>
    /// <param name="id">The article's identifier.</param>
    /// <param name="doc">The analysed article.</param>
    /// <returns>The page's HTML.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public string Render(string id, NewsDocument doc)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(doc);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteStart(writer, doc.Metadata.Title ?? id);
        WriteArticle(writer, id, doc);
        WriteEnd(writer);
        return writer.ToString();
    }

    /// <summary>Whether an address may become a link: absolute http or https only (never <c>javascript:</c> or <c>data:</c>).</summary>
    /// <param name="url">The address.</param>
    /// <returns>Whether the report links to it.</returns>
    public static bool IsSafeLink(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    private static void WriteMetadata(TextWriter writer, string id, ArticleMetadata meta)
    {
        writer.Write("<header>\n<h2>");
        writer.Write(Encode(meta.Title ?? id));
        writer.Write("</h2>\n<dl class=\"meta\">");
        WriteMeta(writer, "id", id);
        if (!meta.Authors.IsDefaultOrEmpty)
        {
            WriteMeta(writer, meta.Authors.Length == 1 ? "author" : "authors", string.Join(", ", meta.Authors));
        }

        WriteMeta(writer, "published", meta.Published?.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture));
        WriteMeta(writer, "publisher", meta.Publisher);
        WriteMeta(writer, "section", meta.Section);
        WriteMeta(writer, "language", meta.Language);
        if (meta.Url is { } url)
        {
            writer.Write("<dt>url</dt><dd>");
            if (IsSafeLink(url))
            {
                writer.Write("<a href=\"");
                writer.Write(Encode(url.AbsoluteUri));
                writer.Write("\" rel=\"noopener noreferrer nofollow\">");
                writer.Write(Encode(url.OriginalString));
                writer.Write("</a>");
            }
            else
            {
                writer.Write(Encode(url.OriginalString));
            }

            writer.Write("</dd>");
        }

        writer.Write("</dl>\n</header>\n");
    }

    private static void WriteMeta(TextWriter writer, string label, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        writer.Write("<dt>");
        writer.Write(label);
        writer.Write("</dt><dd>");
        writer.Write(Encode(value));
        writer.Write("</dd>");
    }

    private static void WriteBody(TextWriter writer, NewsDocument doc, SpeakerPalette speakers)
    {
        List<Mark> marks = CollectMarks(doc, speakers);
        if (doc.Paragraphs.IsDefaultOrEmpty)
        {
            if (doc.Text.Length == 0)
            {
                writer.Write("<p class=\"empty\">(no text)</p>\n");
                return;
            }

            WriteParagraph(writer, doc.Text, new TextSpan(0, doc.Text.Length), marks);
            return;
        }

        // Paragraphs come in text order: one pass over the marks (sorted by start) hands each paragraph the marks that
        // overlap it, keeping the few that run on (a quote across paragraphs) for the next ones.
        var carried = new List<Mark>();
        var overlapping = new List<Mark>();
        int next = 0;
        foreach (TextSpan paragraph in doc.Paragraphs)
        {
            carried.RemoveAll(m => m.Span.End <= paragraph.Start);
            while (next < marks.Count && marks[next].Span.Start < paragraph.End)
            {
                if (marks[next].Span.End > paragraph.Start)
                {
                    carried.Add(marks[next]);
                }

                next++;
            }

            overlapping.Clear();
            foreach (Mark mark in carried)
            {
                if (mark.Span.Start < paragraph.End)
                {
                    overlapping.Add(mark);
                }
            }

            WriteParagraph(writer, doc.Text, paragraph, overlapping);
        }
    }

    /// <summary>
    /// What to highlight: a direct quote interrupted by its attribution (<c>"A," she said, "B."</c>) is its parts,
    /// so the attribution between them is not marked as quoted; any other quote is its whole span (for a partial
    /// quote, the reported clause that carries the fragments).
    /// </summary>
    private static System.Collections.Immutable.ImmutableArray<TextSpan> QuotedParts(Quote quote) =>
        quote.Kind == QuoteKind.Direct && !quote.Fragments.IsDefaultOrEmpty ? quote.Fragments : [quote.Span];

    private static List<Mark> CollectMarks(NewsDocument doc, SpeakerPalette speakers)
    {
        var marks = new List<Mark>();
        var attributed = new HashSet<TextSpan>(); // speaker and cue spans marked once, though split parts share them
        int order = 0;
        foreach (Quote quote in doc.Quotes)
        {
            string colorClass = speakers.ClassOf(quote);
            string speakerName = speakers.NameOf(quote);
            string open = $"<mark class=\"quote {colorClass}\" title=\"{Encode(quote.Kind.ToString().ToLowerInvariant() + " quote: " + speakerName)}\">";
            foreach (TextSpan part in QuotedParts(quote))
            {
                marks.Add(new Mark(part, Layer.Quote, order++, open, "</mark>"));
            }
            if (quote.Speaker is { } speaker && attributed.Add(speaker.Span))
            {
                marks.Add(new Mark(speaker.Span, Layer.Attribution, order++,
                    $"<span class=\"speaker\" title=\"{Encode("speaker: " + speakerName)}\">", "</span>"));
            }

            if (quote.Cue is { } cue && attributed.Add(cue.Span))
            {
                marks.Add(new Mark(cue.Span, Layer.Attribution, order++, "<span class=\"cue\">", "</span>"));
            }
        }

        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (Entity entity in doc.Entities)
        {
            entities.TryAdd(entity.Id, entity);
        }

        foreach (EntityMention mention in doc.Mentions)
        {
            string name = mention.Type.Name;
            string title = mention.EntityId is { } id && entities.TryGetValue(id, out Entity? entity) ? name + ": " + entity.Name : name;
            marks.Add(new Mark(mention.Span, Layer.Entity, order++,
                $"<span class=\"ent ent-{CssClassOf(name)}\" title=\"{Encode(title)}\">", "</span>"));
        }

        // Drop spans that are empty or lie outside the text: the renderer never trusts offsets blindly.
        marks.RemoveAll(m => m.Span.Length <= 0 || m.Span.Start < 0 || m.Span.End > doc.Text.Length);
        marks.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return marks;
    }

    /// <summary>
    /// Writes one paragraph. The paragraph is cut at every boundary of every mark; for each piece the marks covering it,
    /// outermost first, must be the open elements. When they change, elements are closed back to the common prefix
    /// and the rest reopened, so partially overlapping spans still give well-formed, correctly nested HTML.
    /// </summary>
    private static void WriteParagraph(TextWriter writer, string text, TextSpan paragraph, List<Mark> overlapping)
    {
        var marks = new List<Mark>(overlapping.Count);
        var cuts = new List<int>(overlapping.Count * 2 + 2) { paragraph.Start, paragraph.End };
        foreach (Mark mark in overlapping)
        {
            int start = Math.Max(mark.Span.Start, paragraph.Start);
            int end = Math.Min(mark.Span.End, paragraph.End);
            if (start < end)
            {
                marks.Add(mark with { Span = TextSpan.FromBounds(start, end) });
                cuts.Add(start);
                cuts.Add(end);
            }
        }

        marks.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        cuts.Sort();
        writer.Write("<p>");
        var open = new List<Mark>();
        var active = new List<Mark>();
        int next = 0;
        for (int c = 0; c + 1 < cuts.Count; c++)
        {
            int from = cuts[c];
            int to = cuts[c + 1];
            if (to <= from)
            {
                continue;
            }

            // Sweep: marks that ended drop out, marks that start here come in; only a handful are ever active.
            active.RemoveAll(m => m.Span.End <= from);
            while (next < marks.Count && marks[next].Span.Start <= from)
            {
                active.Add(marks[next++]);
            }

            active.Sort(static (a, b) => a.Layer != b.Layer ? a.Layer.CompareTo(b.Layer)
                : a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
                : a.Span.End != b.Span.End ? b.Span.End.CompareTo(a.Span.End)
                : a.Order.CompareTo(b.Order));
            int common = 0;
            while (common < open.Count && common < active.Count && open[common].Order == active[common].Order)
            {
                common++;
            }

            for (int i = open.Count - 1; i >= common; i--)
            {
                writer.Write(open[i].Close);
            }

            open.RemoveRange(common, open.Count - common);
            for (int i = common; i < active.Count; i++)
            {
                writer.Write(active[i].Open);
                open.Add(active[i]);
            }

            WriteEscaped(writer, text.AsSpan(from, to - from));
        }

        for (int i = open.Count - 1; i >= 0; i--)
        {
            writer.Write(open[i].Close);
        }

        writer.Write("</p>\n");
    }

    private static void WriteEscaped(TextWriter writer, ReadOnlySpan<char> text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? entity = text[i] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\n' => "<br>",
                '\r' => "",
                '\0' => "\uFFFD",
                _ => null,
            };
            if (entity is not null)
            {
                writer.Write(text[start..i]);
                writer.Write(entity);
                start = i + 1;
            }
        }

        writer.Write(text[start..]);
    }

    private static void WriteWhoSaidWhat(TextWriter writer, NewsDocument doc, SpeakerPalette speakers)
    {
        writer.Write("<aside class=\"who\">\n<h3>Who said what</h3>\n");
        if (doc.Quotes.IsDefaultOrEmpty)
        {
            writer.Write("<p class=\"empty\">No quotes found.</p>\n</aside>\n");
            return;
        }

        writer.Write("<ul>\n");
        foreach (SpeakerPalette.Speaker speaker in speakers.Speakers)
        {
            writer.Write("<li class=\"speaker-entry\"><span class=\"swatch ");
            writer.Write(speaker.CssClass);
            writer.Write("\"></span><span class=\"speaker-name\">");
            writer.Write(Encode(speaker.Name));
            writer.Write("</span> <span class=\"count\">(");
            writer.Write(speaker.Quotes.Count.ToString(CultureInfo.InvariantCulture));
            writer.Write(")</span>\n<ol>\n");
            foreach (Quote quote in speaker.Quotes)
            {
                writer.Write("<li>");
                System.Collections.Immutable.ImmutableArray<TextSpan> parts = QuotedParts(quote);
                if (parts.All(p => p.Start >= 0 && p.End <= doc.Text.Length))
                {
                    writer.Write("“");
                    writer.Write(Encode(string.Join(" … ", parts.Select(doc.GetText))));
                    writer.Write("”");
                }

                writer.Write("<span class=\"kind\">");
                writer.Write(Encode(quote.Kind.ToString().ToLowerInvariant()));
                if (quote.Cue is { } cue)
                {
                    writer.Write(", ");
                    writer.Write(Encode(cue.Text));
                }

                writer.Write("</span></li>\n");
            }

            writer.Write("</ol></li>\n");
        }

        writer.Write("</ul>\n</aside>\n");
    }

    private static void WriteLegend(TextWriter writer, NewsDocument doc)
    {
        var seen = new List<string>();
        foreach (EntityMention mention in doc.Mentions)
        {
            if (!seen.Contains(mention.Type.Name))
            {
                seen.Add(mention.Type.Name);
            }
        }

        writer.Write("<div class=\"legend\">Entities: ");
        if (seen.Count == 0)
        {
            writer.Write("<span class=\"empty\">none found</span>");
        }

        foreach ((string type, string cssClass, string label) in KnownTypes)
        {
            if (seen.Remove(type))
            {
                writer.Write($"<span class=\"ent ent-{cssClass}\">{label}</span>");
            }
        }

        // Types added by users' own recognizers: shown under their own (escaped) names.
        foreach (string type in seen)
        {
            writer.Write("<span class=\"ent ent-other\">");
            writer.Write(Encode(type));
            writer.Write("</span>");
        }

        writer.Write("</div>\n");
    }

    private static string CssClassOf(string type)
    {
        foreach ((string known, string cssClass, _) in KnownTypes)
        {
            if (string.Equals(known, type, StringComparison.Ordinal))
            {
                return cssClass;
            }
        }

        return "other";
    }
}
