using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Byline.Text;

namespace Byline.Articles;

/// <summary>
/// A simple extractor: the visible text of the page's block elements, one paragraph each, and the page title.
/// Stateless and thread-safe (AngleSharp's parser is created per call).
/// </summary>
internal sealed class BodyTextArticleExtractor : IArticleExtractor
{
    public static BodyTextArticleExtractor Instance { get; } = new();

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head", "nav", "footer", "iframe", "form", "button",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "section", "article", "header",
        "main", "td", "th", "tr", "dd", "dt", "figcaption", "br", "ul", "ol", "table", "aside", "figure",
    };

    public ArticleContent Extract(string html, Uri? url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser();
        using IHtmlDocumentLike document = new(parser.ParseDocument(html));
        cancellationToken.ThrowIfCancellationRequested();
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        if (document.Value.Body is { } body)
        {
            Walk(body, current, paragraphs, cancellationToken);
        }

        Flush(current, paragraphs);
        var text = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>(paragraphs.Count);
        foreach (string p in paragraphs)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            spans.Add(new TextSpan(text.Length, p.Length));
            text.Append(p);
        }

        string? title = document.Value.Title?.Trim();
        ImmutableArray<Diagnostic> diagnostics = paragraphs.Count == 0
            ? [new Diagnostic(DiagnosticCodes.NoArticleBody, "The page has no visible text.")]
            : [];
        return new ArticleContent(text.ToString())
        {
            Paragraphs = spans.MoveToImmutable(),
            Metadata = new ArticleMetadata
            {
                Title = string.IsNullOrEmpty(title) ? null : title,
                Url = url,
                Language = document.Value.DocumentElement?.GetAttribute("lang") is { Length: > 0 } lang ? lang : null,
            },
            Diagnostics = diagnostics,
        };
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs, CancellationToken cancellationToken)
    {
        // Iterative walk: pages can nest tags 100,000 deep.
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((node, false));
        int steps = 0;
        while (stack.Count > 0)
        {
            if ((++steps & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            (INode n, bool exit) = stack.Pop();
            if (n is IText t)
            {
                AppendCollapsed(current, t.Data);
                continue;
            }

            if (n is not IElement e)
            {
                continue;
            }

            bool block = Blocks.Contains(e.LocalName);
            if (exit)
            {
                if (block)
                {
                    Flush(current, paragraphs);
                }

                continue;
            }

            if (Skipped.Contains(e.LocalName) || e.HasAttribute("hidden"))
            {
                continue;
            }

            if (block)
            {
                Flush(current, paragraphs);
            }

            stack.Push((e, true));
            // (By index: AngleSharp finds a node's previous sibling by searching its parent's children, which made walking a
            // long list of siblings backwards quadratic.)
            INodeList children = e.ChildNodes;
            for (int c = children.Length - 1; c >= 0; c--)
            {
                INode child = children[c];
                stack.Push((child, false));
            }
        }
    }

    private static void AppendCollapsed(StringBuilder sb, string data)
    {
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        string p = current.ToString().Trim();
        current.Clear();
        if (p.Length > 0)
        {
            paragraphs.Add(p);
        }
    }

    /// <summary>Disposes the AngleSharp document.</summary>
    private readonly struct IHtmlDocumentLike(AngleSharp.Html.Dom.IHtmlDocument value) : IDisposable
    {
        public AngleSharp.Html.Dom.IHtmlDocument Value { get; } = value;

        public void Dispose() => Value.Dispose();
    }
}
