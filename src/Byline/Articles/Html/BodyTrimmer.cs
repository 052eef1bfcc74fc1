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
        int sectionEnd = SectionEnd(blocks);
        foreach (ContentBlock block in blocks.Take(sectionEnd))
        {
            if (IsFurniture(block, title, metadata))
            {
                continue;
            }

            kept.Add(block);
        }

        bool[] substantial = Substantial(kept);
        int first = Array.IndexOf(substantial, true);
        if (first < 0)
        {
            return kept.Sum(b => b.Chars) >= 200 ? kept : [];
        }

        // Before the first real paragraph, keep only what reads like text (a short intro line, a list); drop
        // headings (the headline, a kicker), link lines and label-like fragments.
        int start = first;
        while (start > 0 && IsEdgeText(kept[start - 1]))
        {
            start--;
        }

        int last = Array.LastIndexOf(substantial, true);
        int end = last;
        while (end + 1 < kept.Count)
        {
            if (IsEdgeText(kept[end + 1]) && kept[end + 1].Kind != ContentBlockKind.Heading)
            {
                end++;
            }
            else if (HeadsList(kept, end + 1))
            {
                // "Qualified teams" over a plain list of them closes the story; a heading over nothing more does not.
                end++;
            }
            else
            {
                break;
            }
        }

        return kept.GetRange(start, end - start + 1);
    }

    private static readonly Lazy<string[]> SectionEnds = new(() => [.. Internal.Resources.ReadLines("html-section-ends.txt")]);

    /// <summary>
    /// Where the article ends at a heading (h1-h6) that opens comments or related stories ("Top Rated Comments", "Você
    /// pode gostar..."; the whole heading, so an inline "Related post: ..." link line is not one), once 300 characters
    /// of article text have come before it: the index of that block, or the count.
    /// </summary>
    private static int SectionEnd(List<ContentBlock> blocks)
    {
        int textBefore = 0;
        bool substantial = false;
        for (int k = 0; k < blocks.Count; k++)
        {
            ContentBlock b = blocks[k];
            if (substantial && textBefore >= 300 && b.Kind == ContentBlockKind.Heading && b.Chars <= 80 && StartsWithSectionEnd(b.Text))
            {
                return k;
            }

            if (IsSubstantial(b))
            {
                substantial = true;
                textBefore += b.Chars;
            }
        }

        return blocks.Count;
    }

    private static bool StartsWithSectionEnd(string text)
    {
        ReadOnlySpan<char> s = text.AsSpan().Trim().TrimEnd(".:!…").TrimEnd();
        foreach (string pattern in SectionEnds.Value)
        {
            if (s.Equals(pattern, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short heading followed by at least three plain (linkless) list items.</summary>
    private static bool HeadsList(List<ContentBlock> blocks, int k)
    {
        ContentBlock h = blocks[k];
        if (h.Kind != ContentBlockKind.Heading || h.Chars > 80 || h.LinkDensity > 0)
        {
            return false;
        }

        int items = 0;
        for (int j = k + 1; j < blocks.Count && blocks[j].Kind == ContentBlockKind.ListItem && blocks[j].LinkDensity < 0.3; j++)
        {
            items++;
        }

        return items >= 3;
    }

    /// <summary>
    /// The signature line of an embedded post the story quotes ("— Jane Doe (@janedoe) November 18, 2019"): part of
    /// the quote, though it reads like a byline with a date.
    /// </summary>
    private static bool IsPostAttribution(string text)
    {
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        return s.Length <= 200 && s.Length > 0 && s[0] is '—' or '–' && s.Contains("(@", StringComparison.Ordinal);
    }

    /// <summary>The text of an embedded post: its links are shortened addresses, not navigation.</summary>
    private static bool IsPostText(string text) =>
        text.Length <= 400 && (text.Contains("https://t.co/", StringComparison.Ordinal) || text.Contains("pic.twitter.com/", StringComparison.Ordinal));

    /// <summary>
    /// A sentence that links most of its words ("Assange faces <a>a charge of conspiracy in the US</a>.") rather than
    /// a link line: it ends a sentence and has some words of its own before or after the link.
    /// </summary>
    private static bool IsLinkedSentence(ContentBlock b) =>
        b.Kind == ContentBlockKind.Paragraph && b.Chars - b.LinkChars >= 20 && WordCount(b.Text) >= 8 && EndsSentence(b.Text);

    private static bool IsEdgeText(ContentBlock b) =>
        b.Kind != ContentBlockKind.Heading && b.LinkDensity < 0.3
        && (WordCount(b.Text) >= 4 || b.Kind == ContentBlockKind.ListItem
            || (b.Chars >= 8 && !b.Text.Contains(' ', StringComparison.Ordinal) && IsCjk(b.Text)));

    /// <summary>Chinese, Japanese and Korean text has no spaces to count words by.</summary>
    private static bool IsCjk(string s)
    {
        foreach (char c in s)
        {
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF')
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(string s)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    /// <summary>
    /// Which blocks are real paragraphs: long or sentence blocks, and the lines of a paragraph typed as
    /// <c>&lt;br&gt;</c>-separated lines (a schedule, a list of results) when there are at least three of them
    /// carrying 150 characters together, though no one line is long.
    /// </summary>
    private static bool[] Substantial(List<ContentBlock> blocks)
    {
        var result = new bool[blocks.Count];
        int runStart = 0, runChars = 0;
        for (int k = 0; k <= blocks.Count; k++)
        {
            if (k < blocks.Count)
            {
                ContentBlock b = blocks[k];
                result[k] = IsSubstantial(b);
                if (b.Line && b.Kind != ContentBlockKind.Heading && b.LinkDensity < 0.35 && WordCount(b.Text) >= 3)
                {
                    runChars += b.Chars;
                    continue;
                }
            }

            if (k - runStart >= 3 && runChars >= 150)
            {
                Array.Fill(result, true, runStart, k - runStart);
            }

            runStart = k + 1;
            runChars = 0;
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

        if (IsPostAttribution(text) || IsPostText(text))
        {
            return false;
        }

        if (block.LinkDensity > 0.6 && block.Chars < 400 && !IsLinkedSentence(block))
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
