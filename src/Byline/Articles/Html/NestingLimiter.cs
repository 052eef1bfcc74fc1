using System.Collections.Frozen;
using System.Text;

namespace Byline.Articles.Html;

/// <summary>
/// Flattens pathological nesting before parsing. The HTML5 tree builder checks the stack of open elements on every
/// start tag, so 100,000 nested <c>&lt;div&gt;</c>s cost quadratic time; browsers cap the tree depth for the same reason
/// (Blink at 512). Start and end tags of container elements beyond <see cref="MaxDepth"/> are dropped, their text kept.
/// A linear scan, no regex; pages that never nest that deep are returned unchanged, without a copy.
/// </summary>
internal static class NestingLimiter
{
    public const int MaxDepth = 512;

    /// <summary>Elements whose nesting is counted: containers that need an end tag.</summary>
    private static readonly FrozenSet<string> Counted = FrozenSet.ToFrozenSet(
    [
        "div", "span", "section", "article", "main", "aside", "nav", "header", "footer", "ul", "ol", "table", "blockquote",
        "a", "b", "i", "u", "s", "em", "strong", "font", "center", "form", "figure", "dl", "small", "big", "sub", "sup",
        "label", "fieldset", "details", "code", "q", "cite", "abbr", "mark", "del", "ins",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RawText = FrozenSet.ToFrozenSet(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"], StringComparer.OrdinalIgnoreCase);

    public static string Limit(string html, CancellationToken cancellationToken)
    {
        return Scan(html, null, cancellationToken) ? Rewrite(html, cancellationToken) : html;
    }

    private static string Rewrite(string html, CancellationToken cancellationToken)
    {
        var sb = new StringBuilder(html.Length);
        Scan(html, sb, cancellationToken);
        return sb.ToString();
    }

    /// <summary>Walks the tags; with <paramref name="output"/> null, tells whether the limit is exceeded, else writes the flattened page.</summary>
    private static bool Scan(string html, StringBuilder? output, CancellationToken cancellationToken)
    {
        int depth = 0;
        int i = 0;
        int copied = 0;
        int steps = 0;
        while (i < html.Length)
        {
            if ((++steps & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            char next = html[lt + 1];
            if (next == '!')
            {
                int end = html.AsSpan(lt).StartsWith("<!--") ? html.IndexOf("-->", lt + 4, StringComparison.Ordinal) : html.IndexOf('>', lt);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            bool closing = next == '/';
            int nameStart = lt + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart)
            {
                i = lt + 1;
                continue;
            }

            int tagEnd = TagEnd(html, nameEnd);
            string name = html[nameStart..nameEnd];
            bool selfClosing = tagEnd > 1 && html[tagEnd - 2] == '/';
            bool drop = false;
            if (Counted.Contains(name) && !selfClosing)
            {
                if (closing)
                {
                    drop = depth > MaxDepth;
                    depth = Math.Max(0, depth - 1);
                }
                else
                {
                    depth++;
                    if (depth > MaxDepth)
                    {
                        if (output is null)
                        {
                            return true;
                        }

                        drop = true;
                    }
                }
            }

            if (drop && output is not null)
            {
                output.Append(html, copied, lt - copied);
                copied = tagEnd;
            }

            i = tagEnd;
            if (!closing && RawText.Contains(name))
            {
                int close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }

        output?.Append(html, copied, html.Length - copied);
        return false;
    }

    /// <summary>The index after the tag's closing '&gt;', skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int i)
    {
        char quote = '\0';
        for (; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }
}
