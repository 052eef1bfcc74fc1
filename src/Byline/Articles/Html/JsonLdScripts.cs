namespace Byline.Articles.Html;

/// <summary>
/// Finds the <c>&lt;script type="application/ld+json"&gt;</c> blocks in raw HTML with a linear scan, so the parser can
/// skip all script text.
/// </summary>
internal static class JsonLdScripts
{
    private const int MaxBlocks = 32;

    public static List<string> Find(string html)
    {
        var blocks = new List<string>();
        int i = 0;
        while (blocks.Count < MaxBlocks)
        {
            int open = html.IndexOf("<script", i, StringComparison.OrdinalIgnoreCase);
            if (open < 0)
            {
                break;
            }

            int tagEnd = html.IndexOf('>', open + 7);
            if (tagEnd < 0)
            {
                break;
            }

            int close = html.IndexOf("</script", tagEnd + 1, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                close = html.Length;
            }

            if (html.AsSpan(open, tagEnd - open).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                blocks.Add(html[(tagEnd + 1)..close]);
            }

            i = close;
        }

        return blocks;
    }
}
