using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Byline.Articles.Html;

/// <summary>Tag, class and id hints that tell article body from page furniture.</summary>
internal static class HtmlHints
{
    /// <summary>Elements whose content is never article text.</summary>
    public static readonly FrozenSet<string> Junk = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "select", "option",
        "button", "input", "textarea", "nav", "head", "title", "meta", "link", "video", "audio", "map", "dialog",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements that hold page furniture when they sit inside the article: captions, asides, footers.</summary>
    public static readonly FrozenSet<string> Furniture = FrozenSet.ToFrozenSet(
    [
        "figure", "figcaption", "aside", "footer", "header", "picture", "img",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements that start a new paragraph.</summary>
    public static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet(
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "section", "article", "header",
        "main", "td", "th", "tr", "dd", "dt", "dl", "figcaption", "ul", "ol", "table", "aside", "figure", "footer",
        "address", "center", "body", "hr", "caption", "details", "summary", "tbody", "thead",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Class or id words of page furniture. Matched as words of the attribute ("share-bar" has "share").</summary>
    private static readonly FrozenSet<string> StrongNegativeWords = FrozenSet.ToFrozenSet(
    [
        "share", "sharing", "sharebar", "social", "related", "comment", "comments", "sidebar", "footer", "nav", "navbar",
        "navigation", "menu", "promo", "newsletter", "newsletters", "subscribe", "subscription", "ad", "ads", "advert",
        "advertisement", "banner", "cookie", "cookies", "popup", "modal", "breadcrumb", "breadcrumbs", "widget", "recommended",
        "recommendation", "recommendations", "outbrain", "taboola", "sponsored", "sponsor", "masthead", "signup", "toolbar",
        "pagination", "pager", "trending", "popular", "teaser", "teasers", "disclaimer", "copyright", "paywall", "login",
        "topics", "keywords", "categories", "donate", "donation", "podcast", "rail", "partner", "partners", "feedback",
        "survey", "poll", "readmore", "disqus", "respond", "reply", "replies",
    ], StringComparer.Ordinal);

    /// <summary>Class or id words of parts that are furniture inside an article but may name the page's wrappers too.</summary>
    private static readonly FrozenSet<string> WeakNegativeWords = FrozenSet.ToFrozenSet(
    [
        "byline", "author", "authors", "caption", "credit", "credits", "tags", "tag", "rating", "follow", "print", "email",
        "dateline", "timestamp", "bio", "gallery", "slideshow", "toc", "sr", "visually", "offscreen", "skip", "jump",
        "infobox", "headline", "title", "kicker", "overline", "header", "masthead", "subscribe", "newsletter", "share", "social",
        "hide",
    ], StringComparer.Ordinal);

    /// <summary>Class or id words of furniture that sites also use for body wrappers ("card", "hidden-xs", "inline").</summary>
    private static readonly FrozenSet<string> SoftNegativeWords = FrozenSet.ToFrozenSet(
    [
        "hidden", "more", "meta", "date", "time", "published", "updated", "about", "tools", "alert", "notice", "inline", "card",
        "cards", "list", "links", "embed",
    ], StringComparer.Ordinal);

    /// <summary>Class or id words that are strong body hints.</summary>
    private static readonly FrozenSet<string> PositiveWords = FrozenSet.ToFrozenSet(
    [
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "storybody", "text", "blog",
        "prose", "richtext", "rte", "paragraph", "paragraphs", "copy", "artikel", "contenido", "corpo", "testo", "conteudo",
    ], StringComparer.Ordinal);

    /// <summary>Class/id substrings that mark the article body itself on many sites.</summary>
    private static readonly string[] BodyMarkers =
    [
        "articlebody", "article-body", "article__body", "article_body", "story-body", "storybody", "story__body",
        "entry-content", "post-content", "post-body", "postbody", "article-content", "article__content", "articlecontent",
        "article-text", "article__text", "articletext", "story-content", "storycontent", "body-text", "bodytext",
        "content-body", "article-main", "post-entry", "entry-body", "story-text", "news-body", "newsbody", "article-detail",
        "main-text", "text-body", "articlebody", "artikel-body", "td-post-content", "single-content", "node-body",
    ];

    /// <summary>Class weight of furniture: comments, related stories, sidebars, ads.</summary>
    public const int Strong = -3;

    /// <summary>Class weight of furniture inside an article: bylines, captions, tag lists.</summary>
    public const int Weak = -2;

    /// <summary>Class weight of words that are furniture only when the element does not read like body text.</summary>
    public const int Soft = -1;

    /// <summary>
    /// What the element's class and id say: furniture (-2), furniture inside an article (-1), body-like (1), the body itself (2)
    /// or nothing (0); and whether they name the body.
    /// </summary>
    public static (int Weight, bool BodyMarker) ClassWeight(IElement element)
    {
        string? cls = element.GetAttribute("class");
        string? id = element.Id;
        string? itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return (2, true);
        }

        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id))
        {
            return (0, false);
        }

        string all = string.Concat(cls, " ", id).ToLowerInvariant();
        foreach (string marker in BodyMarkers)
        {
            if (all.Contains(marker, StringComparison.Ordinal))
            {
                return (2, true);
            }
        }

        if (all.Contains("tweet", StringComparison.Ordinal) || all.Contains("social-media-embed", StringComparison.Ordinal)
            || all.Contains("instagram-media", StringComparison.Ordinal))
        {
            // Embedded posts quoted by the story are part of it, whatever "social" wrapper they sit in.
            return (0, false);
        }

        // A pull quote repeats a sentence of the body in display type: "pullquote", "pull-quote", "article__pull-quote".
        if (all.Contains("pullquote", StringComparison.Ordinal) || all.Contains("pull-quote", StringComparison.Ordinal)
            || all.Contains("pull_quote", StringComparison.Ordinal))
        {
            return (Weak, false);
        }

        int positive = 0, negative = 0, weak = 0, soft = 0;
        int i = 0;
        while (i < all.Length)
        {
            while (i < all.Length && !char.IsAsciiLetter(all[i]))
            {
                i++;
            }

            int start = i;
            while (i < all.Length && char.IsAsciiLetter(all[i]))
            {
                i++;
            }

            if (i > start)
            {
                string word = all.Substring(start, i - start);
                if (StrongNegativeWords.Contains(word))
                {
                    negative++;
                }
                else if (WeakNegativeWords.Contains(word))
                {
                    weak++;
                }
                else if (SoftNegativeWords.Contains(word))
                {
                    soft++;
                }

                if (PositiveWords.Contains(word))
                {
                    positive++;
                }
            }
        }

        // "content-with-sidebar", "article-comments-count": a body word next to a furniture word weakens the furniture hint.
        int weight = negative > 0 && positive == 0 ? Strong
            : negative > 0 || weak > 0 ? Weak
            : soft > 0 ? Soft
            : positive > 0 ? 1 : 0;
        return (weight, false);
    }

    /// <summary>True when the element is hidden from readers (hidden attribute, display:none, aria-hidden).</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") is "true")
        {
            return true;
        }

        string? style = element.GetAttribute("style");
        if (style is not null && style.Contains("display", StringComparison.OrdinalIgnoreCase))
        {
            string s = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            return s.Contains("display:none", StringComparison.Ordinal);
        }

        return false;
    }
}
