using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Byline.Articles.Html;

/// <summary>
/// Chooses a page's headline among its <c>&lt;h1&gt;</c> headings and its declared titles (JSON-LD headline, og:title,
/// <c>&lt;title&gt;</c>), and strips site names from declared titles.
/// </summary>
internal static class PageTitle
{
    /// <summary>The page's headline, or null when the page declares and prints none.</summary>
    /// <param name="document">The page.</param>
    /// <param name="headline">The JSON-LD headline, when any.</param>
    /// <param name="ogTitle">The og:title (or twitter:title), when any.</param>
    /// <param name="siteName">The site's name (og:site_name, the JSON-LD publisher), when known.</param>
    /// <param name="hostLabel">The distinctive label of the page's host, when known.</param>
    public static string? Choose(IHtmlDocument document, string? headline, string? ogTitle, string? siteName, string? hostLabel)
    {
        string? titleTag = document.QuerySelector("head > title")?.TextContent ?? document.Title;
        var declared = new List<(string Raw, string Stripped)>(3);
        void Declare()
        {
            declared.Clear();
            foreach (string? d in (ReadOnlySpan<string?>)[headline, ogTitle, titleTag])
            {
                if (d is not null && Clean(d) is { Length: > 0 } clean)
                {
                    declared.Add((clean, StripSiteName(clean, siteName, hostLabel)));
                }
            }
        }

        // A heading found to be the site's name names the site for the declared titles too, when no meta tag does.
        void SiteIs(string name)
        {
            if (siteName is null && name.Length >= 3)
            {
                siteName = name;
                Declare();
            }
        }

        Declare();

        string? printed = null;
        IElement? printedElement = null;
        foreach (IElement h1 in Headings(document))
        {
            if (IsSiteHeading(h1, siteName, hostLabel))
            {
                SiteIs(Clean(MainContent.TextOf(h1, 300)));
                continue;
            }

            (string text, bool composite) = HeadingText(h1);
            text = StripSiteName(text, siteName, null, shortTails: false);
            string nh = Norm(text);
            if (text.Length is < 2 or > 300 || nh.Length == 0)
            {
                continue;
            }

            // A blog's or section's name as a heading, at the head of the <title> ("Four Years Remaining » Blog Archive » ...").
            if (IsLeadingSegment(declared, text, hostLabel))
            {
                SiteIs(text);
                continue;
            }

            foreach ((string raw, string stripped) in declared)
            {
                string ns = Norm(stripped), nr = Norm(raw);
                // The <h1> is the declared headline, a shorter form of it, or the declared title with a part that looked
                // like a site name but is printed in the headline ("Hund vertreibt Einbrecher – Zeugenaufruf").
                if (ns == nh || nr == nh || (nh.Length >= 8 && ns.Contains(nh, StringComparison.Ordinal))
                    || (nh.Length >= 8 && nr.Contains(nh, StringComparison.Ordinal) && nh.Contains(ns, StringComparison.Ordinal)))
                {
                    return text;
                }
            }

            // A kicker or a subtitle printed inside the <h1> ("Immobilienkrise" + "Rene Benko-Firma in Sorge"): the declared
            // title that is one part of the heading is the headline. Only for headings built of several parts: in one run of
            // text ("\"Pure Leere\": Marita Kramer verpasst ...") the longer wording is the printed headline.
            if (composite)
            {
                foreach ((string raw, string stripped) in declared)
                {
                    foreach (string form in (ReadOnlySpan<string>)[raw, stripped])
                    {
                        string nf = Norm(form);
                        if (nf.Length >= 8 && nf.Length < nh.Length && nh.Contains(nf, StringComparison.Ordinal))
                        {
                            return form;
                        }
                    }
                }
            }

            // A kicker set off by a separator in the heading's text ("\"Reformstau lösen\" / Irme Stetter-Karp ist neue ZdK-Präsidentin").
            foreach ((string raw, string stripped) in declared)
            {
                if (stripped.Length >= 8 && stripped.Length < text.Length && text.EndsWith(stripped, StringComparison.OrdinalIgnoreCase)
                    && text[..^stripped.Length].TrimEnd() is [.., '/' or '|' or '–' or '—' or '-' or '•' or '»'])
                {
                    return stripped;
                }
            }

            // The site's name as a heading ("KBS WORLD" over "Colder Temperatures ... | KBS WORLD"): it opens or ends a declared
            // title, outside that title's headline part, and the rest of the title is longer.
            bool siteLike = false;
            foreach ((string raw, string stripped) in declared)
            {
                string ns = Norm(stripped), nr = Norm(raw);
                siteLike |= nh.Length >= 3 && (nr.StartsWith(nh, StringComparison.Ordinal) || nr.EndsWith(nh, StringComparison.Ordinal))
                            && nr.Length - nh.Length > nh.Length && !ns.Contains(nh, StringComparison.Ordinal) && !nh.Contains(ns, StringComparison.Ordinal);
            }

            if (siteLike)
            {
                SiteIs(text);
                continue;
            }

            // An SEO rewrite of the printed headline ("Brexit: Nervenkrieg geht in nächste Runde" for "Der Nervenkrieg um den
            // Brexit geht in die nächste Runde"): when the <h1> shares most of its words with a declared title, the <h1> is the headline.
            if (text.Contains(' ', StringComparison.Ordinal))
            {
                foreach ((string raw, string stripped) in declared)
                {
                    if (Math.Max(WordOverlap(text, stripped), WordOverlap(text, raw)) >= 0.34)
                    {
                        return text;
                    }
                }
            }

            printed = text;
            printedElement = h1;
            break;
        }

        // A blog's post title in an <h2> under the blog's name: the part of the <title> that the page prints as a heading.
        if (SegmentHeading(document, declared, siteName, hostLabel) is { } segment)
        {
            return segment;
        }

        // The page's only <h1>, visible and not opening with the host's name, is its printed headline even when the declared
        // titles word it differently ("Finanzierung Ihres Autos" for "Autofinanzierung – Autokredit oder doch besser Leasing?").
        if (printed is not null && printedElement is not null && document.QuerySelectorAll("h1").Length == 1 && !IsHidden(printedElement)
            && (hostLabel is null || !Norm(printed).StartsWith(Norm(hostLabel), StringComparison.Ordinal)))
        {
            return printed;
        }

        // No <h1> to go by: the first <h2> of the article, when it shares its words with a declared title, is the printed
        // headline and the declared title an SEO or section variant ("Bootsdienst Ausbildung" for "Feuerwehr Oldenburg - Ausbildung").
        if (printed is null
            && (document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body)?.QuerySelector("h2") is { } h2
            && h2.Closest("aside, footer, nav") is null && Clean(MainContent.TextOf(h2, 600)) is { Length: >= 5 and <= 200 } h2Text
            && declared.Exists(d => WordOverlap(h2Text, d.Raw) >= 0.34)
            && (hostLabel is null || !Norm(h2Text).Contains(Norm(hostLabel), StringComparison.Ordinal)))
        {
            return h2Text;
        }

        if (declared.Count > 0)
        {
            return declared[0].Stripped;
        }

        return printed;
    }

    /// <summary>The page's first <c>&lt;h1&gt;</c> elements: those of the article or main element first.</summary>
    private static List<IElement> Headings(IHtmlDocument document)
    {
        var list = new List<IElement>(4);
        IElement? scope = document.QuerySelector("article") ?? document.QuerySelector("main");
        foreach (IElement? root in (ReadOnlySpan<IElement?>)[scope, document.Body])
        {
            if (root is null)
            {
                continue;
            }

            foreach (IElement h1 in root.QuerySelectorAll("h1"))
            {
                if (!list.Contains(h1) && h1.Closest("aside, footer") is null)
                {
                    list.Add(h1);
                }

                if (list.Count >= 4)
                {
                    return list;
                }
            }
        }

        return list;
    }

    private static readonly string[] SiteHeadingClasses = ["logo", "site-title", "site-name", "sitename", "sitetitle", "brand", "blog-title", "blogtitle", "masthead"];

    /// <summary>A heading that holds the site's logo or name rather than the article's headline.</summary>
    private static bool IsSiteHeading(IElement h1, string? siteName, string? hostLabel)
    {
        string n = Norm(MainContent.TextOf(h1, 300));
        string host = hostLabel is null ? "" : Norm(hostLabel);
        // "WordPress.com" on wordpress.com, "L-Mag" on l-mag.de.
        if ((siteName is not null && n == Norm(siteName)) || (host.Length > 0 && (n == host || (n.StartsWith(host, StringComparison.Ordinal) && n.Length - host.Length <= 3))))
        {
            return true;
        }

        int level = 0;
        for (IElement? e = h1; e is not null && level < 3; e = e.ParentElement, level++)
        {
            if (e.GetAttribute("class") is { Length: > 0 } cls)
            {
                foreach (string w in SiteHeadingClasses)
                {
                    if (cls.Contains(w, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        // <h1><a href="/">Daily Example</a></h1>: a link home.
        return h1.QuerySelector("a[href]") is { } a && IsHomeLink(a.GetAttribute("href")) && Norm(MainContent.TextOf(a, 300)) == n;
    }

    /// <summary>"/", "./", "#" or an absolute address of a site's root ("https://www.time4talks.com/").</summary>
    private static bool IsHomeLink(string? href)
    {
        if (href is null)
        {
            return false;
        }

        href = href.Trim();
        return href is "/" or "./" or "#"
               || (Uri.TryCreate(href, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && uri.Query.Length == 0);
    }

    private static readonly string[] HiddenClasses = ["sr-only", "visually-hidden", "visuallyhidden", "element-invisible", "screen-reader", "offscreen", "aural", "noscreen"];

    /// <summary>An element styled for screen readers only.</summary>
    private static bool IsHidden(IElement e)
    {
        if (e.GetAttribute("class") is { Length: > 0 } cls)
        {
            foreach (string w in HiddenClasses)
            {
                if (cls.Contains(w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] AsideClasses =
    [
        "kicker", "dachzeile", "roofline", "overline", "topline", "eyebrow", "subheadline", "subtitle", "sub-title",
        "sr-only", "visually-hidden", "visuallyhidden", "element-invisible", "screen-reader", "offscreen",
    ];

    /// <summary>
    /// A heading's text without the parts around its headline (a kicker, a subtitle, a label, text for screen readers), and
    /// whether the heading is built of several parts.
    /// </summary>
    private static (string Text, bool Composite) HeadingText(IElement h1)
    {
        // A single wrapper (<h1><a><span>Headline</span></a></h1>) is not a part of its own.
        IElement root = h1;
        while (root.ChildElementCount == 1 && root.FirstElementChild is { } only && OwnText(root).Length == 0)
        {
            root = only;
        }

        int parts = OwnText(root).Length > 0 ? 1 : 0;
        var sb = new System.Text.StringBuilder();
        bool dropped = false;
        foreach (INode child in root.ChildNodes)
        {
            if (child is IElement e)
            {
                string t = MainContent.TextOf(e, 600);
                if (string.IsNullOrWhiteSpace(t))
                {
                    continue;
                }

                parts++;
                if (IsAsidePart(e))
                {
                    dropped = true;
                    sb.Append(' ');
                    continue;
                }

                sb.Append(' ').Append(t).Append(' ');
            }
            else if (child is IText text)
            {
                sb.Append(text.Data);
            }
        }

        string kept = Clean(sb.ToString());
        string full = Clean(MainContent.TextOf(h1, 600));
        return (dropped && kept.Length >= 3 ? kept : full, parts > 1);
    }

    private static string OwnText(IElement e)
    {
        var sb = new System.Text.StringBuilder();
        foreach (INode child in e.ChildNodes)
        {
            if (child is IText t)
            {
                sb.Append(t.Data);
            }
        }

        return sb.ToString().Trim();
    }

    private static bool IsAsidePart(IElement e)
    {
        if (e.LocalName == "small" || e.ClassList.Contains("label"))
        {
            return true;
        }

        if (e.GetAttribute("class") is { Length: > 0 } cls)
        {
            foreach (string w in AsideClasses)
            {
                if (cls.Contains(w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A heading on the page that is one part of a declared title ("Four Years Remaining | Interning of Small Integers").</summary>
    private static string? SegmentHeading(IHtmlDocument document, List<(string Raw, string Stripped)> declared, string? siteName, string? hostLabel)
    {
        var segments = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string raw, string stripped) in declared)
        {
            // The whole title printed as a heading: what looked like a site name is part of the headline
            // ("How to Grow a Lemon Tree from Seed | Step-by-Step Guide").
            if (raw.Length != stripped.Length && Norm(raw) is { Length: >= 8 } whole)
            {
                segments.Add(whole);
            }

            foreach (string part in raw.Split(SegmentSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                string n = Norm(part);
                if (part.Contains(' ', StringComparison.Ordinal) && n.Length >= 8 && n != Norm(raw)
                    && (siteName is null || n != Norm(siteName)) && (hostLabel is null || !n.Contains(hostLabel, StringComparison.Ordinal)))
                {
                    segments.Add(n);
                }
            }
        }

        if (segments.Count == 0 || document.Body is null)
        {
            return null;
        }

        int seen = 0;
        foreach (IElement h in document.Body.QuerySelectorAll("h1, h2, h3"))
        {
            if (++seen > 30)
            {
                break;
            }

            string text = Clean(MainContent.TextOf(h, 600));
            if (segments.Contains(Norm(text)) && h.Closest("nav, aside, footer") is null)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// A heading that is a part of a declared title before its last part, when the title names the site at or before that
    /// part, or another declared title is the last part: the blog's name in "Four Years Remaining » Blog Archive » Interning
    /// of Small Integers in Python", the section in "Zoll online - Fachmeldungen - Verkündung des ...".
    /// </summary>
    private static bool IsLeadingSegment(List<(string Raw, string Stripped)> declared, string heading, string? hostLabel)
    {
        string nh = Norm(heading);
        foreach ((string raw, string _) in declared)
        {
            string[] parts = raw.Split(SegmentSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            int at = parts.Length < 2 ? -1 : Array.FindIndex(parts, 0, parts.Length - 1, p => Norm(p) == nh);
            if (at < 0)
            {
                continue;
            }

            string last = Norm(parts[^1]);
            bool namesHost = hostLabel is not null && WordCount(parts[^1]) > WordCount(heading)
                             && Array.FindIndex(parts, 0, at + 1, p => Norm(p).Contains(hostLabel, StringComparison.Ordinal)) >= 0;
            if (namesHost || declared.Exists(d => Norm(d.Raw) == last))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SegmentSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", ": ", " • "];

    /// <summary>The share of the smaller word set found in the other (case-insensitive words of letters and digits).</summary>
    private static double WordOverlap(string a, string b)
    {
        static HashSet<string> Words(string s)
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string w in s.Split([' ', ':', ',', '-', '–', '—', '|', '.', '!', '?', '"', '„', '“', '”', '\''], StringSplitOptions.RemoveEmptyEntries))
            {
                if (w.Length > 2)
                {
                    set.Add(w);
                }
            }

            return set;
        }

        HashSet<string> wa = Words(a), wb = Words(b);
        if (wa.Count == 0 || wb.Count == 0)
        {
            return 0;
        }

        int common = wa.Count(wb.Contains);
        return (double)common / Math.Min(wa.Count, wb.Count);
    }

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " › ", " « ", " / ", " • ", ": ", "|"];

    /// <summary>Removes a site-name part from a title: "Storm hits coast | Daily Planet" gives "Storm hits coast".</summary>
    /// <param name="title">The title.</param>
    /// <param name="siteName">The site's name, when known.</param>
    /// <param name="hostLabel">The distinctive label of the page's host, when known.</param>
    /// <param name="shortTails">Also strip a short last part after a separator when the site's name is not known.</param>
    internal static string StripSiteName(string title, string? siteName, string? hostLabel = null, bool shortTails = true)
    {
        string site = siteName is null ? "" : Norm(siteName);
        if (hostLabel is not null)
        {
            // "Gregory Szorc's Digital Home | Mercurial's Journey ...": a part that names the host is the site.
            foreach (string sep in (ReadOnlySpan<string>)[" | ", " - ", " – ", " — ", " :: ", " // ", " » ", " · ", " • "])
            {
                int last = title.LastIndexOf(sep, StringComparison.Ordinal);
                if (last >= 10 && Norm(title[(last + sep.Length)..]).Contains(hostLabel, StringComparison.Ordinal))
                {
                    title = title[..last].Trim();
                    break;
                }

                // The lead names the host when it starts or ends with its label ("Skibergsteigen: ..." only contains "bergsteigen").
                int at = title.IndexOf(sep, StringComparison.Ordinal);
                if (at > 0 && Norm(title[..at]) is { } lead && (lead.StartsWith(hostLabel, StringComparison.Ordinal) || lead.EndsWith(hostLabel, StringComparison.Ordinal))
                    && title.Length - at - sep.Length >= 10)
                {
                    title = title[(at + sep.Length)..].Trim();
                    break;
                }
            }
        }

        foreach (string sep in TitleSeparators)
        {
            int last = title.LastIndexOf(sep, StringComparison.Ordinal);
            int first = title.IndexOf(sep, StringComparison.Ordinal);
            if (last > 0)
            {
                string tail = title[(last + sep.Length)..];
                string head = title[..last];
                string nt = Norm(tail);
                if ((site.Length > 0 && nt.Length > 0 && IsSitePart(tail, nt, site, siteName!, sep))
                    || (shortTails && sep is not (": " or "|") && WordCount(tail) <= 4 && WordCount(head) >= WordCount(tail) + 2))
                {
                    return StripSiteName(head.Trim(), siteName, hostLabel, shortTails);
                }
            }

            if (first > 0 && site.Length > 0)
            {
                string lead = title[..first];
                if (Norm(lead) == site)
                {
                    // "Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos": after the site, a trail of
                    // sections; the headline is its last part.
                    return sep is " » " or " › " ? title[(last + sep.Length)..].Trim() : title[(first + sep.Length)..].Trim();
                }
            }
        }

        return title;
    }

    /// <summary>
    /// A title's part that names the site: "MDR.DE" for "mdr", "Umweltbundesamt" for "Umweltbundesamt", but not "Das sind die
    /// beliebtesten Projekte auf Houzz" for "Houzz" (a headline that mentions the site).
    /// </summary>
    private static bool IsSitePart(string part, string normPart, string site, string siteName, string separator) =>
        normPart == site
        || (separator != ": " && normPart.Contains(site, StringComparison.Ordinal) && WordCount(part) <= WordCount(siteName) + 3)
        || (separator != ": " && normPart.Length >= 3 && site.Contains(normPart, StringComparison.Ordinal));

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Clean(string s) => HtmlMetadataReader.Clean(s);

    private static string Norm(string s) => HtmlMetadataReader.Norm(s);
}
