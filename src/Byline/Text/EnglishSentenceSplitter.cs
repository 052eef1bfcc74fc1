using System.Buffers;
using System.Collections.Immutable;

namespace Byline.Text;

/// <summary>
/// Rule-based sentence splitter for English news, in the manner of the Golden Rules: abbreviations, initials,
/// decimals, closing quotes after the full stop, ellipses, parentheses and list items. Stateless and thread-safe.
/// </summary>
internal sealed class EnglishSentenceSplitter : ISentenceSplitter
{
    public static EnglishSentenceSplitter Instance { get; } = new();

    private static readonly SearchValues<char> Bullets = SearchValues.Create("•◦▪●‣■□➢►⁃*·");

    public ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> blocks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = ImmutableArray.CreateBuilder<Sentence>();
        ReadOnlySpan<Token> all = tokens.AsSpan();
        foreach (TextSpan block in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = LowerBound(all, block.Start);
            int end = first;
            while (end < all.Length && all[end].End <= block.End)
            {
                end++;
            }

            if (end > first)
            {
                SplitBlock(text, all, first, end, result, cancellationToken);
            }
        }

        return result.ToImmutable();
    }

    private static int LowerBound(ReadOnlySpan<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static void SplitBlock(string text, ReadOnlySpan<Token> tokens, int first, int end, ImmutableArray<Sentence>.Builder result, CancellationToken cancellationToken)
    {
        // List items: "1. A 2. B", "a. A b. B", "• A • B" start new sentences and their markers never end one.
        int[]? rented = null;
        Span<int> markerEnds = end - first <= 256 ? stackalloc int[end - first] : (rented = ArrayPool<int>.Shared.Rent(end - first));
        int markers = FindListMarkers(text, tokens, first, end, markerEnds);
        try
        {
            int sentenceStart = first;
            int nextMarker = 1; // marker 0 opens the block
            for (int i = first; i < end; i++)
            {
                if ((i & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (nextMarker < markers && markerEnds[nextMarker * 2] == i)
                {
                    Emit(tokens, sentenceStart, i, result);
                    sentenceStart = i;
                    nextMarker++;
                }

                if (IsInsideMarker(markerEnds, markers, i))
                {
                    continue;
                }

                int boundary = BoundaryAfter(text, tokens, sentenceStart, i, end);
                if (boundary > 0)
                {
                    Emit(tokens, sentenceStart, boundary, result);
                    sentenceStart = boundary;
                    i = boundary - 1;
                }
            }

            Emit(tokens, sentenceStart, end, result);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private static void Emit(ReadOnlySpan<Token> tokens, int start, int end, ImmutableArray<Sentence>.Builder result)
    {
        if (end <= start)
        {
            return;
        }

        var span = TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].End);
        result.Add(new Sentence(span, start, end - start));
    }

    private static bool IsInsideMarker(Span<int> markers, int count, int token)
    {
        for (int m = 0; m < count; m++)
        {
            if (token >= markers[m * 2] && token < markers[(m * 2) + 1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// If a sentence ends at token <paramref name="i"/> (with the closing quotes and brackets after it), returns the
    /// index of the next sentence's first token; otherwise 0.
    /// </summary>
    private static int BoundaryAfter(string text, ReadOnlySpan<Token> tokens, int sentenceStart, int i, int end)
    {
        Token t = tokens[i];
        ReadOnlySpan<char> tt = text.AsSpan(t.Start, t.Length);
        bool terminal;
        switch (t.Kind)
        {
            case TokenKind.Punctuation:
                terminal = tt[0] is '.' or '!' or '?';
                break;
            case TokenKind.Ellipsis:
                return EllipsisBoundary(text, tokens, i, end);
            case TokenKind.Abbreviation:
                return AbbreviationBoundary(text, tokens, sentenceStart, i, end);
            default:
                return 0;
        }

        if (!terminal)
        {
            return 0;
        }

        int next = SkipClosers(text, tokens, i + 1, end);
        if (next >= end)
        {
            return 0; // the block ends here anyway
        }

        if (tt[0] == '.' && tokens[next].Kind == TokenKind.Ellipsis)
        {
            // "compounds. . . . The practice": the sentence ends at the full stop if a capital follows the ellipsis.
            int after = next + 1;
            return after < end && StartsSentence(text, tokens, after, end) ? next : 0;
        }

        return StartsSentence(text, tokens, next, end) ? next : 0;
    }

    private static int EllipsisBoundary(string text, ReadOnlySpan<Token> tokens, int i, int end)
    {
        Token t = tokens[i];
        int next = SkipClosers(text, tokens, i + 1, end);
        if (next >= end || !StartsSentence(text, tokens, next, end))
        {
            return 0;
        }

        int dots = 0;
        foreach (char c in text.AsSpan(t.Start, t.Length))
        {
            dots += c == '.' ? 1 : c == '…' ? 3 : 0;
        }

        bool attached = t.Start > 0 && !char.IsWhiteSpace(text[t.Start - 1]);
        return dots >= 4 || (attached && text[t.Start] != ' ' && i > 0 && tokens[i - 1].End == t.Start && tokens[i - 1].Kind is TokenKind.Word or TokenKind.Number)
            ? next
            : 0;
    }

    private static int AbbreviationBoundary(string text, ReadOnlySpan<Token> tokens, int sentenceStart, int i, int end)
    {
        Token t = tokens[i];
        ReadOnlySpan<char> tt = text.AsSpan(t.Start, t.Length);
        int next = SkipClosers(text, tokens, i + 1, end);
        if (next >= end)
        {
            return 0;
        }

        Token n = tokens[next];
        ReadOnlySpan<char> nt = text.AsSpan(n.Start, n.Length);
        if (tt.Length == 2 && char.IsLetter(tt[0]))
        {
            // An initial: "Jonas E. Smith", "J. R. R. Tolkien" continue; "you and I. Did you" ends.
            if (i == sentenceStart || IsCapitalized(text, tokens[i - 1]) || IsInitial(text, n))
            {
                return 0;
            }

            // ("wrote on X. "Illegal monopolies ..."": after a lowercase word, a quote mark opening a capitalized word starts one.)
            bool quoteOpens = n.Kind == TokenKind.Quote && next + 1 < end && IsCapitalized(text, tokens[next + 1]);
            return (StartsSentence(text, tokens, next, end) || quoteOpens) && !char.IsAsciiLetterLower(tt[0]) ? next : 0;
        }

        if (IsTime(tt))
        {
            // "at 6 P.M. Mr. Smith then went": ends, unless the sentence so far is a short opener ("At 5 a.m. Mr. Smith").
            if (i - sentenceStart < 3 || !StartsSentence(text, tokens, next, end) || IsDayOrMonth(nt))
            {
                return 0;
            }

            return next;
        }

        AbbreviationClass cls = Abbreviations.ClassifyToken(tt);
        if (cls == AbbreviationClass.Title || cls == AbbreviationClass.Number)
        {
            return 0;
        }

        // Known or multi-period abbreviations end a sentence only before a word that usually starts one.
        if (n.Kind == TokenKind.Quote && next + 1 < end && IsCapitalized(text, tokens[next + 1]))
        {
            return next;
        }

        return n.Kind is TokenKind.Word or TokenKind.Abbreviation && Abbreviations.IsSentenceStarter(nt) ? next : 0;
    }

    private static bool IsInitial(string text, Token t) =>
        t.Kind == TokenKind.Abbreviation && t.Length == 2 && char.IsUpper(text[t.Start]);

    private static bool IsTime(ReadOnlySpan<char> t) =>
        t.Length == 4 && t[1] == '.' && t[3] == '.' && (t[0] is 'a' or 'A' or 'p' or 'P') && (t[2] is 'm' or 'M');

    private static bool IsDayOrMonth(ReadOnlySpan<char> w) =>
        w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday"
            or "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August"
            or "September" or "October" or "November" or "December";

    /// <summary>Skips closing quotes and brackets that belong to the sentence just ended.</summary>
    private static int SkipClosers(string text, ReadOnlySpan<Token> tokens, int j, int end)
    {
        while (j < end)
        {
            Token t = tokens[j];
            char c = text[t.Start];
            bool closer = t.Kind == TokenKind.Quote
                ? IsClosingQuote(text, t)
                : t.Kind == TokenKind.Punctuation && t.Length == 1 && c is ')' or ']' or '}';
            if (!closer)
            {
                break;
            }

            j++;
        }

        return j;
    }

    private static bool IsClosingQuote(string text, Token t)
    {
        char c = text[t.Start];
        if (c is '”' or '’' or '»' or '›')
        {
            return true;
        }

        if (c is '“' or '‘' or '„' or '«' or '‹' or '‚')
        {
            return false;
        }

        // Straight quotes close when attached to what comes before and followed by space or end.
        bool attachedBefore = t.Start > 0 && !char.IsWhiteSpace(text[t.Start - 1]);
        bool spaceAfter = t.End >= text.Length || char.IsWhiteSpace(text[t.End]) || char.IsPunctuation(text[t.End]);
        return attachedBefore && spaceAfter;
    }

    /// <summary>True when the token at <paramref name="j"/> can start a sentence: a capitalized word, an opening quote or bracket before one, a bullet.</summary>
    private static bool StartsSentence(string text, ReadOnlySpan<Token> tokens, int j, int end)
    {
        Token t = tokens[j];
        switch (t.Kind)
        {
            case TokenKind.Word:
            case TokenKind.Abbreviation:
            case TokenKind.Handle:
            case TokenKind.Hashtag:
                return IsCapitalized(text, t) || t.Kind is TokenKind.Handle or TokenKind.Hashtag;
            case TokenKind.Quote:
            case TokenKind.Punctuation when text[t.Start] is '(' or '[':
                // ("said. ''They're ...": two apostrophes, the old typewriter double quote, or a quote mark in another, open
                // as one mark.)
                while (t.Kind == TokenKind.Quote && j + 1 < end && tokens[j + 1].Kind == TokenKind.Quote && tokens[j + 1].Start == t.End)
                {
                    t = tokens[++j];
                }

                return j + 1 < end && (IsCapitalized(text, tokens[j + 1]) || tokens[j + 1].Kind == TokenKind.Number);
            case TokenKind.Symbol:
                return Bullets.Contains(text[t.Start]);
            case TokenKind.Ellipsis:
                return j + 1 < end && IsCapitalized(text, tokens[j + 1]);
            default:
                return false;
        }
    }

    private static bool IsCapitalized(string text, Token t) =>
        t.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(text[t.Start]);

    /// <summary>
    /// Finds list markers when the block starts with one: "1." "1.)" "1)" "a." or a bullet, then each next marker of the
    /// same shape with the next number or letter. Writes [start, end) token pairs into <paramref name="markers"/>.
    /// </summary>
    private static int FindListMarkers(string text, ReadOnlySpan<Token> tokens, int first, int end, Span<int> markers)
    {
        if (!TryReadMarker(text, tokens, first, end, out int markerEnd, out char bullet, out int ordinal, out bool letter))
        {
            return 0;
        }

        int count = 0;
        markers[0] = first;
        markers[1] = markerEnd;
        count = 1;
        int expected = ordinal + 1;
        for (int j = markerEnd; j < end && (count * 2) + 1 < markers.Length; j++)
        {
            if (TryReadMarker(text, tokens, j, end, out int e, out char b, out int o, out bool l) && b == bullet && l == letter
                && (o == expected || (ordinal < 0 && o < 0)))
            {
                markers[count * 2] = j;
                markers[(count * 2) + 1] = e;
                count++;
                expected = o + 1;
                j = e - 1;
            }
        }

        return count;
    }

    private static bool TryReadMarker(string text, ReadOnlySpan<Token> tokens, int j, int end, out int markerEnd, out char bullet, out int ordinal, out bool letter)
    {
        markerEnd = j;
        bullet = '\0';
        ordinal = -1;
        letter = false;
        if (j >= end)
        {
            return false;
        }

        Token t = tokens[j];
        if (t.Kind == TokenKind.Symbol && Bullets.Contains(text[t.Start]) && t.Length == 1)
        {
            bullet = text[t.Start];
            j++;
            markerEnd = j;
            if (j >= end)
            {
                return false;
            }

            t = tokens[j];
        }

        ReadOnlySpan<char> tt = text.AsSpan(t.Start, t.Length);
        if (t.Kind == TokenKind.Number && tt.Length <= 3 && int.TryParse(tt, out int n))
        {
            int k = j + 1;
            bool dot = k < end && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == '.' && tokens[k].Length == 1;
            if (dot)
            {
                k++;
            }

            bool paren = k < end && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == ')';
            if (paren)
            {
                k++;
            }

            if ((dot || paren) && k < end && IsCapitalized(text, tokens[k]))
            {
                ordinal = n;
                markerEnd = k;
                return true;
            }

            return false;
        }

        if (t.Kind == TokenKind.Abbreviation && tt.Length == 2 && char.IsAsciiLetterLower(tt[0]) && j + 1 < end && IsCapitalized(text, tokens[j + 1]))
        {
            ordinal = tt[0] - 'a' + 1;
            letter = true;
            markerEnd = j + 1;
            return true;
        }

        if (bullet != '\0')
        {
            ordinal = -1;
            return true; // a bare bullet
        }

        return false;
    }
}
