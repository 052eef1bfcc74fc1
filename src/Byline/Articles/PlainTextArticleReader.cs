using System.Collections.Immutable;
using Byline.Internal;
using Byline.Text;

namespace Byline.Articles;

/// <summary>
/// Reads a plain-text article without changing it: finds paragraphs, an optional headline, byline and dateline, and
/// marks boilerplate lines. Every span indexes the input.
/// </summary>
internal static class PlainTextArticleReader
{
    private const int MaxBoilerplateLine = 300;
    private const int MaxHeadlineLength = 200;
    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029");

    private readonly record struct Line(int Start, int End)
    {
        public bool IsBlank => End <= Start;
    }

    public static ArticleContent Read(string text, int length, CancellationToken cancellationToken)
    {
        List<Line> lines = SplitLines(text, length, cancellationToken);
        bool blankLineMode = HasInnerBlankLine(lines);

        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        var boilerplate = ImmutableArray.CreateBuilder<BoilerplateSpan>();
        TextSpan? headline = null, byline = null;
        ImmutableArray<string> authors = [];

        int first = lines.FindIndex(l => !l.IsBlank);
        int k = first < 0 ? lines.Count : first;
        int nonBlankCount = 0;
        foreach (Line l in lines)
        {
            nonBlankCount += l.IsBlank ? 0 : 1;
        }

        // Headline: a short first line without final punctuation, followed by more text.
        // With blank-line paragraphs, the headline is a block of its own (or followed directly by the byline).
        if (k < lines.Count && nonBlankCount > 1 && IsHeadline(text, lines[k])
            && (!blankLineMode || k + 1 >= lines.Count || lines[k + 1].IsBlank || BylineParser.TryParse(Slice(text, lines[k + 1]), out _)) && BoilerplateRules.Match(Slice(text, lines[k])) is null
            && !BylineParser.TryParse(Slice(text, lines[k]), out _))
        {
            headline = Span(lines[k]);
            k++;
        }

        // Byline: "By Jane Doe and John Roe" within the next two non-blank lines.
        for (int probe = k, seen = 0; probe < lines.Count && seen < 3; probe++)
        {
            if (lines[probe].IsBlank)
            {
                continue;
            }

            seen++;
            if (BylineParser.TryParse(Slice(text, lines[probe]), out ImmutableArray<string> names))
            {
                byline = Span(lines[probe]);
                authors = names;
                break;
            }
        }

        int paragraphStart = -1, paragraphEnd = -1;
        void Close()
        {
            if (paragraphStart >= 0)
            {
                paragraphs.Add(TextSpan.FromBounds(paragraphStart, paragraphEnd));
                paragraphStart = -1;
            }
        }

        for (; k < lines.Count; k++)
        {
            if ((k & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Line line = lines[k];
            if (line.IsBlank)
            {
                Close();
                continue;
            }

            TextSpan span = Span(line);
            if (byline == span)
            {
                Close();
                continue;
            }

            if (line.End - line.Start <= MaxBoilerplateLine && BoilerplateRules.Match(Slice(text, line)) is { } kind)
            {
                Close();
                boilerplate.Add(new BoilerplateSpan(span, kind));
                continue;
            }

            if (!blankLineMode)
            {
                Close();
            }

            if (paragraphStart < 0)
            {
                paragraphStart = line.Start;
            }

            paragraphEnd = line.End;
            if (blankLineMode && EndsSentence(text, line))
            {
                Close();
            }
        }

        Close();
        ImmutableArray<TextSpan> body = paragraphs.ToImmutable();
        TextSpan? dateline = body.IsEmpty ? null : Dateline.Find(text, body[0]);
        return new ArticleContent(text)
        {
            Paragraphs = body,
            Boilerplate = boilerplate.ToImmutable(),
            Metadata = new ArticleMetadata
            {
                Title = headline is { } h ? text.Substring(h.Start, h.Length) : null,
                Authors = authors,
                HeadlineSpan = headline,
                BylineSpan = byline,
                DatelineSpan = dateline,
            },
        };
    }

    private static ReadOnlySpan<char> Slice(string text, Line line) => text.AsSpan(line.Start, line.End - line.Start);

    private static TextSpan Span(Line line) => TextSpan.FromBounds(line.Start, line.End);

    private static bool IsHeadline(string text, Line line)
    {
        ReadOnlySpan<char> s = Slice(text, line);
        if (s.Length > MaxHeadlineLength || s.Length < 3)
        {
            return false;
        }

        char last = s[^1];
        if (last is '.' or ',' or ';' or ':' or '!' or '”' or '"' or '’' or '\'' or ')' || (last == '?' && s.Length > 120))
        {
            return false;
        }

        return char.IsUpper(s[0]) || char.IsDigit(s[0]) || s[0] is '"' or '“' or '‘' or '\'';
    }

    private static bool EndsSentence(string text, Line line)
    {
        int j = line.End - 1;
        while (j > line.Start && text[j] is '"' or '”' or '’' or '\'' or ')' or ']')
        {
            j--;
        }

        return text[j] is '.' or '!' or '?' or '…' or ':';
    }

    private static bool HasInnerBlankLine(List<Line> lines)
    {
        bool seenText = false, pendingBlank = false;
        foreach (Line l in lines)
        {
            if (l.IsBlank)
            {
                pendingBlank = seenText;
            }
            else
            {
                if (pendingBlank)
                {
                    return true;
                }

                seenText = true;
            }
        }

        return false;
    }

    /// <summary>Lines of text[0..length), each trimmed of surrounding white space (a blank line has End &lt;= Start).</summary>
    private static List<Line> SplitLines(string text, int length, CancellationToken cancellationToken)
    {
        var lines = new List<Line>();
        int i = 0;
        while (i < length)
        {
            int lineStart = i;
            int nl = text.AsSpan(i, length - i).IndexOfAny(LineBreaks);
            int lineEnd = nl < 0 ? length : i + nl;
            i = lineEnd;
            if (i < length)
            {
                i += text[i] == '\r' && i + 1 < length && text[i + 1] == '\n' ? 2 : 1;
            }

            int s = lineStart, e = lineEnd;
            while (s < e && IsSpace(text[s]))
            {
                s++;
            }

            while (e > s && IsSpace(text[e - 1]))
            {
                e--;
            }

            lines.Add(new Line(s, e));
            if ((lines.Count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return lines;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\0';
}
