using System.Text;

namespace Byline.Articles;

/// <summary>
/// Drops start tags that would nest elements deeper than a limit, before the page reaches the HTML parser. HTML5 tree
/// construction scans the stack of open elements for many tags, so a page of 100,000 nested elements costs quadratic
/// time in any conforming parser; browsers cap the depth (Blink at 512) for the same reason. One linear pass; the page
/// is copied only when a tag is dropped.
/// </summary>
internal static class HtmlNestingLimiter
{
    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "plaintext", "noscript",
    };

    // Void elements never nest; these close implicitly when a sibling starts, so they are not counted either.
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rb", "rt", "rp", "html", "head", "body",
    };

    public static string Limit(string html, int maxDepth, out int dropped)
    {
        dropped = 0;
        StringBuilder? output = null;
        int copiedUpTo = 0;
        int depth = 0;
        int i = 0;
        while (true)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            char next = html[lt + 1];
            if (next == '!')
            {
                // Comment or doctype: skip to its end.
                int end = html.AsSpan(lt).StartsWith("<!--") ? html.IndexOf("-->", lt + 4, StringComparison.Ordinal) : html.IndexOf('>', lt);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            bool closing = next == '/';
            int nameStart = lt + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            int tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            string name = html.Substring(nameStart, nameEnd - nameStart);
            i = tagEnd + 1;
            if (closing)
            {
                if (!NotCounted.Contains(name) && depth > 0)
                {
                    depth--;
                }

                continue;
            }

            if (RawTextElements.Contains(name))
            {
                int close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            bool selfClosing = html[tagEnd - 1] == '/';
            if (selfClosing || NotCounted.Contains(name))
            {
                continue;
            }

            if (depth >= maxDepth)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copiedUpTo, lt - copiedUpTo);
                copiedUpTo = tagEnd + 1;
                dropped++;
                continue;
            }

            depth++;
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return output.ToString();
    }
}
