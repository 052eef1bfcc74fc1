using Byline.Text;

namespace Byline.Quotes;

/// <summary>A pair of quotation marks found by <see cref="QuoteMarkScanner"/>, possibly over several paragraphs.</summary>
/// <param name="OpenToken">Token index of the opening mark.</param>
/// <param name="CloseToken">Token index of the closing mark.</param>
/// <param name="Parts">The quoted text of each paragraph the quote runs through, without the marks.</param>
internal sealed record QuoteMarkPair(int OpenToken, int CloseToken, TextSpan[] Parts)
{
    public int ContentStart => Parts[0].Start;

    public int ContentEnd => Parts[^1].End;
}

/// <summary>
/// Pairs double quotation marks in one forward pass: straight, curly, low-high („…“), guillemets and the doubled
/// single quotes some outlets use (''…''); then single marks outside those pairs, for outlets that quote with them.
/// Single quotes inside a double-quoted quote are its content, and so is a curly pair nested in a curly pair
/// (“... what he calls “hell” than ...”) or in guillemets («They call it “a safe port”», also reversed: »…«). An opening
/// mark that is never
/// closed costs that one quote: a new opening mark, or the end of its paragraph, discards it. A paragraph that opens a
/// quote and does not close it continues when the next paragraph opens with a quotation mark.
/// </summary>
internal static class QuoteMarkScanner
{
    private enum MarkRole : byte
    {
        None,
        Open,
        Close,
        Either,
    }

    public static List<QuoteMarkPair> Scan(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> paragraphOf, CancellationToken cancellationToken)
    {
        var pairs = new List<QuoteMarkPair>();
        var parts = new List<TextSpan>();
        int open = -1;          // token of the current opening mark
        int partStart = -1;     // char where the current part starts
        char openChar = '\0';
        int lastParagraph = int.MinValue;
        int lastContentEnd = -1;
        int inner = -1;         // token of an opening mark nested in the open quote (“... “hell” ...”, «... “a safe port” ...»)
        int innerStart = -1;
        char innerChar = '\0';
        List<QuoteMarkPair>? nested = null; // closed inner pairs: the open quote's words if it closes, quotes if it never does

        for (int i = 0; i < tokens.Length; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Token t = tokens[i];
            int paragraph = paragraphOf[i];
            if (paragraph != lastParagraph)
            {
                if (inner >= 0)
                {
                    // An inner mark still open at the break: the outer one was never closed, the inner one opened the quote.
                    (open, openChar, partStart, inner) = (inner, innerChar, innerStart, -1);
                    parts.Clear();
                    Flush(pairs, ref nested);
                }

                if (open >= 0)
                {
                    // The quote is still open at a paragraph break: it continues only when this paragraph opens with a mark.
                    // Only the same style of mark continues it: a straight-quoted block followed by a curly quote is not one quote.
                    bool continues = t.Kind == TokenKind.Quote && Role(text, tokens, i, out char next) is MarkRole.Open or MarkRole.Either
                        && Family(next) == Family(openChar) && lastContentEnd > partStart;
                    if (continues)
                    {
                        parts.Add(TextSpan.FromBounds(partStart, lastContentEnd));
                        Width(text, tokens, i, out int w);
                        partStart = tokens[i + w - 1].End;
                        lastParagraph = paragraph;
                        i += w - 1;
                        continue;
                    }

                    open = -1;
                    parts.Clear();
                    Flush(pairs, ref nested);
                }

                lastParagraph = paragraph;
            }

            if (t.Kind != TokenKind.Quote)
            {
                lastContentEnd = t.End;
                continue;
            }

            MarkRole role = Role(text, tokens, i, out char c);
            if (role == MarkRole.None)
            {
                lastContentEnd = t.End;
                continue;
            }

            Width(text, tokens, i, out int width);
            if (open < 0)
            {
                if (role is MarkRole.Open or MarkRole.Either)
                {
                    open = i;
                    openChar = c;
                    partStart = tokens[i + width - 1].End;
                    parts.Clear();
                }
            }
            else
            {
                bool closes = role is MarkRole.Close or MarkRole.Either || (openChar == '„' && c == '“');
                if (role == MarkRole.Open && inner < 0 && (c == '“' && openChar is '“' or '«' or '»' || c == '«' && openChar == '“'))
                {
                    // A curly quote inside a curly quote or guillemets, or guillemets inside a curly quote: nested, if the outer
                    // one closes after it («They call it “a safe port”. Four days at sea is not safe», she said.)
                    inner = i;
                    innerChar = c;
                    innerStart = tokens[i + width - 1].End;
                }
                else if (role == MarkRole.Open && !(openChar == '„' && c == '“'))
                {
                    // A second opening mark: the first was never closed. Drop it (one quote lost) and start again here.
                    Flush(pairs, ref nested);
                    inner = -1; // (after an inner mark, a third: the inner one was never closed either)

                    open = i;
                    openChar = c;
                    partStart = tokens[i + width - 1].End;
                    parts.Clear();
                }
                else if (closes && inner >= 0)
                {
                    List<TextSpan> innerParts = t.Start > innerStart ? [TextSpan.FromBounds(innerStart, t.Start)] : [];
                    if (innerParts.Count > 0 && Trim(text, innerParts))
                    {
                        (nested ??= []).Add(new QuoteMarkPair(inner, i, [.. innerParts]));
                    }

                    inner = -1;
                }
                else if (closes)
                {
                    nested?.Clear(); // the inner quotes are the outer quote's words
                    int end = t.Start;
                    if (end > partStart)
                    {
                        parts.Add(TextSpan.FromBounds(partStart, end));
                        if (Trim(text, parts))
                        {
                            pairs.Add(new QuoteMarkPair(open, i, [.. parts]));
                        }
                    }

                    open = -1;
                    parts.Clear();
                }
            }

            i += width - 1;
            lastContentEnd = tokens[i].End;
        }

        Flush(pairs, ref nested);
        return AddSinglePairs(text, tokens, paragraphOf, pairs, cancellationToken);
    }

    /// <summary>The inner pairs of an outer quote that never closed are quotes of their own.</summary>
    private static void Flush(List<QuoteMarkPair> pairs, ref List<QuoteMarkPair>? nested)
    {
        if (nested is { Count: > 0 })
        {
            pairs.AddRange(nested);
            nested.Clear();
        }
    }

    /// <summary>
    /// British and some other outlets quote with single marks (‘We will not back down,’ she said). Single marks outside
    /// every double pair pair up the same way: an opening mark (‘ or ' before a word) with the next closing one (’ or '
    /// after a word). A double pair inside a single pair is nested in it (‘He told me “never again”,’ she said) and goes.
    /// Apostrophes are no marks: the tokenizer keeps "don’t", "Sturgeon’s", "the teachers’ union" and "’90s" as words.
    /// </summary>
    private static List<QuoteMarkPair> AddSinglePairs(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> paragraphOf,
        List<QuoteMarkPair> doubles, CancellationToken cancellationToken)
    {
        List<QuoteMarkPair>? singles = null;
        var parts = new List<TextSpan>();
        int open = -1, partStart = -1, lastContentEnd = -1, next = 0;
        int lastParagraph = int.MinValue;
        for (int i = 0; i < tokens.Length; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (open < 0)
            {
                // Outside a single pair, the words of a double pair are its own.
                while (next < doubles.Count && doubles[next].CloseToken < i)
                {
                    next++;
                }

                if (next < doubles.Count && doubles[next].OpenToken <= i)
                {
                    i = doubles[next].CloseToken;
                    lastContentEnd = tokens[i].End;
                    lastParagraph = paragraphOf[i];
                    continue;
                }
            }

            Token t = tokens[i];
            if (paragraphOf[i] != lastParagraph)
            {
                if (open >= 0)
                {
                    // A quote still open at a paragraph break goes on when the next paragraph opens with a single mark.
                    if (t.Kind == TokenKind.Quote && SingleRole(text, tokens, i) == MarkRole.Open && lastContentEnd > partStart)
                    {
                        parts.Add(TextSpan.FromBounds(partStart, lastContentEnd));
                        partStart = t.End;
                        lastParagraph = paragraphOf[i];
                        continue;
                    }

                    open = -1;
                    parts.Clear();
                    i--; // look at this token again with nothing open
                    lastParagraph = int.MinValue;
                    continue;
                }

                lastParagraph = paragraphOf[i];
            }

            MarkRole role = t.Kind == TokenKind.Quote ? SingleRole(text, tokens, i) : MarkRole.None;
            if (role == MarkRole.None)
            {
                lastContentEnd = t.End;
                continue;
            }

            if (role == MarkRole.Open)
            {
                open = i; // a second opening mark drops an unclosed first one
                partStart = t.End;
                parts.Clear();
            }
            else if (open >= 0)
            {
                if (t.Start > partStart + 1) // not "rock 'n' roll"
                {
                    parts.Add(TextSpan.FromBounds(partStart, t.Start));
                    if (Trim(text, parts))
                    {
                        (singles ??= []).Add(new QuoteMarkPair(open, i, [.. parts]));
                    }
                }

                open = -1;
                parts.Clear();
            }

            lastContentEnd = t.End;
        }

        if (singles is null)
        {
            return doubles;
        }

        // A single pair that crosses a double pair's bounds is no pair (one of its marks is an apostrophe); a double pair
        // inside a single one is nested in it. Both lists are sorted and disjoint: one binary search per single pair.
        var kept = new List<QuoteMarkPair>(singles.Count);
        var keptHolds = new List<bool>(singles.Count); // whether the kept pair holds a double pair
        var nested = new HashSet<int>();
        var inside = new List<int>();
        foreach (QuoteMarkPair single in singles)
        {
            int lo = 0, hi = doubles.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (doubles[mid].CloseToken < single.OpenToken)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            bool crosses = false;
            inside.Clear();
            for (int j = lo; j < doubles.Count && doubles[j].OpenToken < single.CloseToken && !crosses; j++)
            {
                crosses = doubles[j].OpenToken < single.OpenToken || doubles[j].CloseToken > single.CloseToken;
                inside.Add(j);
            }

            if (!crosses)
            {
                kept.Add(single);
                keptHolds.Add(inside.Count > 0);
                nested.UnionWith(inside);
            }
        }

        var all = new List<QuoteMarkPair>(doubles.Count + kept.Count);
        for (int j = 0; j < doubles.Count; j++)
        {
            if (!nested.Contains(j))
            {
                all.Add(doubles[j]);
            }
        }

        // A document quotes with one kind of mark: where double pairs (outside single ones) are as many, single marks are
        // nested quotes, titles, or the subheads and headlines of an outlet that quotes with double marks. On a tie, titles
        // without a full stop ("Mr Sunak", "Dr Patel") mark the British style that quotes with single marks.
        if (kept.Count == 0 || kept.Count < all.Count || kept.Count == all.Count && !AnySpeechShaped(text, tokens, kept) && !UsesTitlesWithoutStop(text))
        {
            return AddSpokenSinglePairs(text, tokens, paragraphOf, doubles, kept, keptHolds);
        }

        all.AddRange(kept);
        all.Sort(static (a, b) => a.OpenToken.CompareTo(b.OpenToken));
        return all;
    }

    /// <summary>
    /// In a document that quotes with double marks, the single pairs that still read as speech: a paragraph that opens with
    /// a single-quoted sentence of four words or more closed by a comma and followed by its attribution (‘I never stopped
    /// saying I was innocent,’ he told reporters.), and the single pairs after it in its paragraph (‘Today somebody finally
    /// listened.’). A pair that holds a double pair is left out.
    /// </summary>
    private static List<QuoteMarkPair> AddSpokenSinglePairs(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> paragraphOf,
        List<QuoteMarkPair> doubles, List<QuoteMarkPair> singles, List<bool> holdsDouble)
    {
        List<QuoteMarkPair>? spoken = null;
        int spokenParagraph = -1;
        for (int s = 0; s < singles.Count; s++)
        {
            QuoteMarkPair pair = singles[s];
            int open = pair.OpenToken, close = pair.CloseToken;
            if (holdsDouble[s])
            {
                continue;
            }

            bool follows = paragraphOf[open] == spokenParagraph;
            if (!follows)
            {
                int words = 0;
                for (int i = open + 1; i < close; i++)
                {
                    words += tokens[i].Kind == TokenKind.Word ? 1 : 0;
                }

                bool opensParagraph = open == 0 || paragraphOf[open - 1] != paragraphOf[open];
                if (!opensParagraph || words < 4 || text[tokens[close].Start - 1] != ',' || close + 1 >= tokens.Length
                    || tokens[close + 1].Kind != TokenKind.Word || paragraphOf[close + 1] != paragraphOf[close])
                {
                    continue;
                }

                spokenParagraph = paragraphOf[open];
            }

            (spoken ??= []).Add(pair);
        }

        if (spoken is null)
        {
            return doubles;
        }

        var all = new List<QuoteMarkPair>(doubles.Count + spoken.Count);
        all.AddRange(doubles);
        all.AddRange(spoken);
        all.Sort(static (a, b) => a.OpenToken.CompareTo(b.OpenToken));
        return all;
    }

    /// <summary>
    /// Whether any of the single pairs has the shape of speech: opened after a word and a colon ("Sunak said: ‘We will ...’").
    /// </summary>
    private static bool AnySpeechShaped(string text, ReadOnlySpan<Token> tokens, List<QuoteMarkPair> pairs)
    {
        foreach (QuoteMarkPair pair in pairs)
        {
            if (pair.OpenToken > 1 && tokens[pair.OpenToken - 1] is { Kind: TokenKind.Punctuation } before && text[before.Start] == ':'
                && tokens[pair.OpenToken - 2].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text writes "Mr", "Mrs", "Ms" or "Dr" without a full stop before a capitalized name.</summary>
    private static bool UsesTitlesWithoutStop(string text)
    {
        foreach (string title in (ReadOnlySpan<string>)["Mr ", "Mrs ", "Ms ", "Dr "])
        {
            for (int i = text.IndexOf(title, StringComparison.Ordinal); i >= 0; i = text.IndexOf(title, i + 1, StringComparison.Ordinal))
            {
                int next = i + title.Length;
                if ((i == 0 || !char.IsLetter(text[i - 1])) && next < text.Length && char.IsUpper(text[next]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A lone single mark's role: ‘ or ' before a word opens, ’ or ' after a word closes. A mark before a digit ("‘08") and
    /// a doubled mark ('', read as a double mark) have none.
    /// </summary>
    private static MarkRole SingleRole(string text, ReadOnlySpan<Token> tokens, int i)
    {
        Token t = tokens[i];
        char c = text[t.Start];
        if (c is not ('\'' or '‘' or '’') || t.Length != 1
            || i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Quote && tokens[i + 1].Start == t.End && text[tokens[i + 1].Start] == c
            || i > 0 && tokens[i - 1].Kind == TokenKind.Quote && tokens[i - 1].End == t.Start && text[tokens[i - 1].Start] == c)
        {
            return MarkRole.None;
        }

        bool left = IsLeftFlanking(text, t.Start, t.End) && !(t.End < text.Length && char.IsAsciiDigit(text[t.End]) && !OpensCount(text, t.End));
        bool right = IsRightFlanking(text, t.Start, t.End);
        return c switch
        {
            '‘' => left ? MarkRole.Open : MarkRole.None,
            '’' => right && !left ? MarkRole.Close : MarkRole.None,
            _ => left && !right ? MarkRole.Open : right && !left ? MarkRole.Close : MarkRole.None,
        };
    }

    /// <summary>
    /// Whether the digits at <paramref name="i"/> open quoted words rather than follow an elided century ("‘48 hours to
    /// show ...’", "‘100 days’", "‘47 times’"; not "‘08", "the ’90s"): a number of one or three digits or more, or a count of
    /// time, times, years, points, votes or money.
    /// </summary>
    private static bool OpensCount(string text, int i)
    {
        int end = i;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end - i != 2)
        {
            return end < text.Length && text[end] == ' ';
        }

        ReadOnlySpan<char> rest = text.AsSpan(end);
        return rest.StartsWith(" hours", StringComparison.Ordinal) || rest.StartsWith(" days", StringComparison.Ordinal)
               || rest.StartsWith(" weeks", StringComparison.Ordinal) || rest.StartsWith(" months", StringComparison.Ordinal)
               || rest.StartsWith(" minutes", StringComparison.Ordinal) || rest.StartsWith(" seconds", StringComparison.Ordinal)
               || rest.StartsWith(" per cent", StringComparison.Ordinal) || rest.StartsWith(" percent", StringComparison.Ordinal)
               || rest.StartsWith(" times", StringComparison.Ordinal) || rest.StartsWith(" years", StringComparison.Ordinal)
               || rest.StartsWith(" points", StringComparison.Ordinal) || rest.StartsWith(" votes", StringComparison.Ordinal)
               || rest.StartsWith(" million", StringComparison.Ordinal) || rest.StartsWith(" billion", StringComparison.Ordinal);
    }

    private static int Family(char c) => c switch
    {
        '"' => 0,
        '“' or '”' or '„' or '‟' => 1,
        '«' or '»' => 2,
        _ => 3,
    };

    /// <summary>Trims white space inside each part; false when nothing is left.</summary>
    private static bool Trim(string text, List<TextSpan> parts)
    {
        for (int k = parts.Count - 1; k >= 0; k--)
        {
            int s = parts[k].Start, e = parts[k].End;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                parts[k] = TextSpan.FromBounds(s, e);
            }
            else
            {
                parts.RemoveAt(k);
            }
        }

        return parts.Count > 0;
    }

    /// <summary>How many tokens the mark at <paramref name="i"/> takes: two for '' and ``.</summary>
    private static void Width(string text, ReadOnlySpan<Token> tokens, int i, out int width)
    {
        width = 1;
        char c = text[tokens[i].Start];
        if (c is '\'' or '`' or '‘' or '’' && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Quote
            && tokens[i + 1].Start == tokens[i].End && text[tokens[i + 1].Start] == c)
        {
            width = 2;
        }
    }

    private static MarkRole Role(string text, ReadOnlySpan<Token> tokens, int i, out char c)
    {
        Token t = tokens[i];
        c = text[t.Start];
        switch (c)
        {
            case '“':
            case '„':
            case '‟':
            case '«':
                // (“ and « close as well in styles that reverse the marks: German ”…“, »…« in German, Danish and Swiss print.)
                return c is '“' or '«' && IsRightFlanking(text, t.Start, t.End) && !IsLeftFlanking(text, t.Start, t.End) ? MarkRole.Either : MarkRole.Open;
            case '”':
            case '»':
                if (c == '”' && IsInchMark(text, t.Start))
                {
                    return MarkRole.None;
                }

                return IsLeftFlanking(text, t.Start, t.End) && !IsRightFlanking(text, t.Start, t.End) ? MarkRole.Either : MarkRole.Close;
            case '"':
                return IsInchMark(text, t.Start) ? MarkRole.None : Straight(text, t.Start, t.End);
            case '\'':
            case '‘':
            case '’':
            case '`':
                // Only doubled single marks ('' or ``) act as double quotation marks.
                if (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Quote && tokens[i + 1].Start == t.End && text[tokens[i + 1].Start] == c)
                {
                    return c == '`' ? MarkRole.Open : Straight(text, t.Start, tokens[i + 1].End);
                }

                return MarkRole.None;
            default:
                return MarkRole.None;
        }
    }

    /// <summary>A height's inch mark, not a quotation mark: "he's like 6’2”," (digits, a foot mark, digits, then the mark).</summary>
    private static bool IsInchMark(string text, int at)
    {
        int d = at - 1;
        while (d >= 0 && char.IsAsciiDigit(text[d]) && at - d <= 2)
        {
            d--;
        }

        return d < at - 1 && d >= 1 && text[d] is '’' or '\'' or '′' && char.IsAsciiDigit(text[d - 1]);
    }

    private static MarkRole Straight(string text, int start, int end)
    {
        bool left = IsLeftFlanking(text, start, end);
        bool right = IsRightFlanking(text, start, end);
        return left && !right ? MarkRole.Open : right && !left ? MarkRole.Close : MarkRole.Either;
    }

    /// <summary>
    /// Followed by a word and preceded by space, start, or an opening bracket or dash: looks like an opening mark. A mark
    /// followed by an ellipsis opens too, spaced or not ("” … what I learned is that ...,” he said": quoted words that
    /// begin mid-sentence).
    /// </summary>
    private static bool IsLeftFlanking(string text, int start, int end)
    {
        bool nextIsText = end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (',' or ';' or ')' or ']')
                          || OpensWithEllipsis(text, end);
        bool prevIsSpace = start == 0 || char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '(' or '[' or '—' or '–' or '-' or ':' or '/';
        return nextIsText && prevIsSpace;
    }

    /// <summary>An ellipsis ("…" or "...") at <paramref name="at"/>, after at most one space, with a word after it.</summary>
    private static bool OpensWithEllipsis(string text, int at)
    {
        if (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        int after = text.AsSpan(at).StartsWith("…", StringComparison.Ordinal) ? at + 1
            : text.AsSpan(at).StartsWith("...", StringComparison.Ordinal) ? at + 3 : -1;
        while (after >= 0 && after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return after >= 0 && after < text.Length && char.IsLetterOrDigit(text[after]);
    }

    /// <summary>Preceded by text and followed by space, end or punctuation: looks like a closing mark.</summary>
    private static bool IsRightFlanking(string text, int start, int end)
    {
        bool prevIsText = start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '[');
        bool nextIsSpace = end >= text.Length || char.IsWhiteSpace(text[end]) || char.IsPunctuation(text[end]);
        return prevIsText && nextIsSpace;
    }
}
