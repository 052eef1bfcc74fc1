namespace Byline.Articles.Html;

/// <summary>
/// Drops the blocks of a chosen container that are not body: boilerplate phrases, link lines, the headline repeated,
/// bylines and date lines, and the short non-sentence blocks before the first and after the last real paragraph.
/// </summary>
internal static class BodyTrimmer
{
    private const int MaxBoilerplateBlock = 300;

    public static List<ContentBlock> Trim(List<ContentBlock> blocks, ArticleMetadata metadata)
    {
        string? title = metadata.Title is { } t ? Normalize(t) : null;
        var kept = new List<ContentBlock>(blocks.Count);
        foreach (ContentBlock block in blocks)
        {
            if (IsFurniture(block, title, metadata))
            {
                continue;
            }

            kept.Add(block);
        }

        int first = kept.FindIndex(IsSubstantial);
        if (first < 0)
        {
            return kept.Sum(b => b.Chars) >= 200 ? kept : [];
        }

        int last = kept.FindLastIndex(IsSubstantial);
        // Headings right before the first paragraph are section titles only when something precedes them in the body.
        var result = kept.GetRange(first, last - first + 1);
        // Trailing trim keeps short closing sentences ("He was 84.") but not headings, list items or link lines.
        for (int i = last + 1; i < kept.Count; i++)
        {
            ContentBlock b = kept[i];
            if (b.Kind is ContentBlockKind.Paragraph or ContentBlockKind.Quote && EndsSentence(b.Text) && b.LinkDensity < 0.2
                && b.Chars >= 20 && i == result.Count + first)
            {
                result.Add(b);
            }
            else
            {
                break;
            }
        }

        return result;
    }

    private static bool IsSubstantial(ContentBlock b) =>
        b.LinkDensity < 0.35 && b.Kind != ContentBlockKind.Heading
        && (b.Chars >= 120 || (b.Chars >= 50 && EndsSentence(b.Text)));

    private static bool IsFurniture(ContentBlock block, string? title, ArticleMetadata metadata)
    {
        string text = block.Text;
        if (block.Chars == 0)
        {
            return true;
        }

        if (block.LinkDensity > 0.6 && block.Chars < 400)
        {
            return true;
        }

        if (text.Length <= MaxBoilerplateBlock && BoilerplateRules.MatchHtmlBlock(text) is not null)
        {
            return true;
        }

        if (text.Length <= 200)
        {
            if (title is not null && Normalize(text) == title)
            {
                return true;
            }

            if (LooksLikeByline(text, metadata))
            {
                return true;
            }

            if (text.Length <= 80 && DateText.IsDateLine(text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeByline(string text, ArticleMetadata metadata)
    {
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        if (s.Length > 120 || EndsSentence(text) && s.Length > 60)
        {
            return false;
        }

        foreach (string prefix in BylinePrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && s.Length > prefix.Length
                && char.IsUpper(s[prefix.Length]))
            {
                return true;
            }
        }

        if (s.Length <= 80)
        {
            foreach (string author in metadata.Authors)
            {
                if (author.Length >= 5 && s.Contains(author, StringComparison.OrdinalIgnoreCase) && s.Length <= author.Length + 40)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] BylinePrefixes =
    [
        "By ", "BY ", "Von ", "Par ", "Por ", "Di ", "Door ", "Written by ", "Posted by ", "Reporting by ", "Text: ", "Texto: ",
        "Autor: ", "Author: ", "Redaktion: ",
    ];

    internal static bool EndsSentence(string text)
    {
        ReadOnlySpan<char> s = text.AsSpan().TrimEnd();
        return s.Length > 0 && s[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '»' or '“' or '’' or ')' or ':' or '。' or '다';
    }

    private static string Normalize(string s)
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
