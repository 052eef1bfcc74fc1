using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Byline.Text;

/// <summary>
/// Tokenizer for English news text. One forward pass over the characters, no regular expressions, no allocation
/// per token: tokens go into a pooled buffer that is copied once into the result.
/// </summary>
internal static class EnglishTokenizer
{
    private static readonly SearchValues<char> QuoteChars = SearchValues.Create("\"“”„‟«»‹›‘’‚‛'`");
    private static readonly SearchValues<char> DashChars = SearchValues.Create("—–―‒");
    private static readonly SearchValues<char> Currency = SearchValues.Create("$€£¥₹₩₽");
    private static readonly SearchValues<char> UrlTrailing = SearchValues.Create(".,;:!?'\"”’)]}>»");
    private static readonly SearchValues<char> EmailLocal = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-");

    /// <summary>Tokenizes a whole text.</summary>
    public static ImmutableArray<Token> Tokenize(ReadOnlySpan<char> text, CancellationToken cancellationToken = default)
    {
        Token[] buffer = ArrayPool<Token>.Shared.Rent(Math.Max(16, (text.Length / 5) + 16));
        int count = 0;
        try
        {
            int i = 0;
            int nextCheck = 1 << 16;
            while (i < text.Length)
            {
                if (i >= nextCheck)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    nextCheck = i + (1 << 16);
                }

                int start = i;
                TokenKind kind = Next(text, ref i);
                if (i == start)
                {
                    i++;
                    continue; // skipped character (space, control, zero-width)
                }

                if (kind == SkipKind)
                {
                    continue;
                }

                if (count == buffer.Length)
                {
                    Token[] larger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<Token>.Shared.Return(buffer);
                    buffer = larger;
                }

                buffer[count++] = new Token(start, i - start, kind);
            }

            return ImmutableArray.Create(buffer, 0, count);
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    private const TokenKind SkipKind = (TokenKind)255;

    /// <summary>Reads the token at <paramref name="i"/> and advances past it.</summary>
    private static TokenKind Next(ReadOnlySpan<char> s, ref int i)
    {
        char c = s[i];
        if (c <= ' ' || char.IsWhiteSpace(c))
        {
            i++;
            return SkipKind;
        }

        if (char.IsLetterOrDigit(c))
        {
            return ReadWordOrNumber(s, ref i);
        }

        switch (c)
        {
            case '.':
                return ReadDots(s, ref i);
            case '…':
                i++;
                return TokenKind.Ellipsis;
            case '!':
            case '?':
                while (i < s.Length && (s[i] == '!' || s[i] == '?'))
                {
                    i++;
                }

                return TokenKind.Punctuation;
            case '-':
                i++;
                while (i < s.Length && s[i] == '-')
                {
                    i++;
                }

                return TokenKind.Dash;
            case '@':
                if (i + 1 < s.Length && IsHandleChar(s[i + 1]))
                {
                    i++;
                    while (i < s.Length && IsHandleChar(s[i]))
                    {
                        i++;
                    }

                    return TokenKind.Handle;
                }

                i++;
                return TokenKind.Symbol;
            case '#':
                if (i + 1 < s.Length && char.IsLetter(s[i + 1]))
                {
                    i++;
                    while (i < s.Length && IsHandleChar(s[i]))
                    {
                        i++;
                    }

                    return TokenKind.Hashtag;
                }

                i++;
                return TokenKind.Symbol;
        }

        if (c is '\'' or '’' && IsClitic(s, i))
        {
            return ReadClitic(s, ref i);
        }

        if (c is '\'' or '’' && IsPluralPossessive(s, i))
        {
            i++; // "Sanders’ campaign manager", "the teachers' union"
            return TokenKind.Clitic;
        }

        if (c is '\'' or '’' && i + 3 < s.Length && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2]) && s[i + 3] == 's'
            && (i + 4 == s.Length || !char.IsLetterOrDigit(s[i + 4])))
        {
            i += 4; // '90s
            return TokenKind.Number;
        }

        // "in ’08", "the class of '16": a year with its century elided, after a space and before a space or punctuation (an
        // opening ‘ only when no ’ closes it soon after: "told ‘60 Minutes’" keeps its quotation marks).
        if (c is '\'' or '’' or '‘' && (i == 0 || char.IsWhiteSpace(s[i - 1])) && i + 2 < s.Length && char.IsAsciiDigit(s[i + 1])
            && char.IsAsciiDigit(s[i + 2])
            && (i + 3 == s.Length || char.IsWhiteSpace(s[i + 3]) || s[i + 3] is ',' or '.' or ';' or ':' or ')' or '!' or '?')
            && (c != '‘' || !ClosesSoon(s, i + 3)))
        {
            i += 3;
            return TokenKind.Number;
        }

        if (QuoteChars.Contains(c))
        {
            i++;
            return TokenKind.Quote;
        }

        if (DashChars.Contains(c))
        {
            i++;
            return TokenKind.Dash;
        }

        if (Currency.Contains(c) && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
        {
            i++;
            ReadNumber(s, ref i);
            ReadNumberSuffix(s, ref i);
            return TokenKind.Number;
        }

        if (char.IsHighSurrogate(c))
        {
            i += i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            return TokenKind.Symbol;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        switch (category)
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format: // zero-width and bidi marks
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.PrivateUse:
                i++;
                return SkipKind;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                i++;
                return TokenKind.Symbol;
            case UnicodeCategory.MathSymbol:
            case UnicodeCategory.CurrencySymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.OtherSymbol:
                i++;
                return TokenKind.Symbol;
            default:
                i++;
                return c is '&' or '%' or '*' or '•' or '·' or '⁃' or '§' or '/' or '\\' or '|' or '~' or '^' or '_'
                    ? TokenKind.Symbol
                    : TokenKind.Punctuation;
        }
    }

    private static TokenKind ReadDots(ReadOnlySpan<char> s, ref int i)
    {
        int start = i;
        int j = i;
        while (j < s.Length && s[j] == '.')
        {
            j++;
        }

        if (j - start >= 2)
        {
            i = j;
            return TokenKind.Ellipsis;
        }

        // A full stop right after a word, followed by " . . ." (an ellipsis after the sentence's period) stays a full stop.
        bool attached = start > 0 && !char.IsWhiteSpace(s[start - 1]);
        if (!attached || !IsSpacedDots(s, j, 3, out _))
        {
            // ". . ." with single spaces: one ellipsis token.
            if (IsSpacedDots(s, j, 2, out int end))
            {
                i = end;
                return TokenKind.Ellipsis;
            }
        }

        i = j;
        return TokenKind.Punctuation;
    }

    /// <summary>True when <paramref name="from"/> starts at least <paramref name="min"/> occurrences of " ." ; <paramref name="end"/> is after the last dot.</summary>
    private static bool IsSpacedDots(ReadOnlySpan<char> s, int from, int min, out int end)
    {
        int n = 0;
        end = from;
        int j = from;
        while (j + 1 < s.Length && s[j] == ' ' && s[j + 1] == '.')
        {
            j += 2;
            n++;
            end = j;
        }

        return n >= min;
    }

    private static TokenKind ReadWordOrNumber(ReadOnlySpan<char> s, ref int i)
    {
        int start = i;
        if (TryReadUrl(s, ref i))
        {
            return TokenKind.Url;
        }

        if (TryReadEmail(s, ref i))
        {
            return TokenKind.Email;
        }

        if (s[i] is 'n' or 'N' && start > 0 && char.IsLetter(s[start - 1]) && i + 1 < s.Length && s[i + 1] is '\'' or '’' && IsNegation(s, i + 1))
        {
            i += 3; // n't
            return TokenKind.Clitic;
        }

        if (char.IsAsciiDigit(s[i]))
        {
            ReadNumber(s, ref i);
            // Letters glued to a number: 2bn, 1990s, 21st, 10am. A hyphen and letters make a word: 5-year-old.
            if (i < s.Length && s[i] == '-' && i + 1 < s.Length && char.IsLetter(s[i + 1]))
            {
                ReadWordRest(s, ref i, allowDots: false);
                return TokenKind.Word;
            }

            ReadNumberSuffix(s, ref i);
            return TokenKind.Number;
        }

        ReadWordRest(s, ref i, allowDots: true);
        return FinishWord(s, start, ref i);
    }

    /// <summary>Decides whether a word followed by a period keeps the period as an abbreviation.</summary>
    private static TokenKind FinishWord(ReadOnlySpan<char> s, int start, ref int i)
    {
        if (i >= s.Length || s[i] != '.' || (i + 1 < s.Length && s[i + 1] == '.'))
        {
            return s[start..i].Contains('.') ? TokenKind.Abbreviation : TokenKind.Word;
        }

        ReadOnlySpan<char> word = s[start..i];
        bool multi = word.Contains('.');
        if (multi || (word.Length == 1 && char.IsLetter(word[0])))
        {
            i++;
            return TokenKind.Abbreviation;
        }

        // A party label glued to a state: "R-Fla.", "D-Mass.", "I-Vt."; a state that is also a word only before a comma or a
        // closing parenthesis ("D-Wash.,", "(R-Miss.)"), not a sentence's end.
        int hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1
            && (Abbreviations.Classify(word[(hyphen + 1)..]) == AbbreviationClass.Other
                || hyphen <= 2 && IsStateWord(word[(hyphen + 1)..]) && i + 1 < s.Length && s[i + 1] is ',' or ')'))
        {
            i++;
            return TokenKind.Abbreviation;
        }

        // "Jackson, Miss., said": a state whose abbreviation is also a word ("Ill.", "Mass.", "Miss.", "Ore.", "Wash.") is one
        // only as a label set off by commas after a place.
        if (IsStateWord(word) && i + 1 < s.Length && s[i + 1] == ',' && start >= 2 && s[start - 1] == ' ' && s[start - 2] == ',')
        {
            i++;
            return TokenKind.Abbreviation;
        }

        switch (Abbreviations.Classify(word))
        {
            case AbbreviationClass.None:
                return TokenKind.Word;
            case AbbreviationClass.Number:
                // "No. 5", "p. 55": only before a number.
                int j = i + 1;
                while (j < s.Length && s[j] == ' ')
                {
                    j++;
                }

                if (j < s.Length && char.IsAsciiDigit(s[j]))
                {
                    i++;
                    return TokenKind.Abbreviation;
                }

                return TokenKind.Word;
            default:
                i++;
                return TokenKind.Abbreviation;
        }
    }

    /// <summary>
    /// Whether a closing ’ (not an apostrophe inside a word) follows <paramref name="from"/> within a title's length (40
    /// characters) and before the line ends: "‘60 Minutes’".
    /// </summary>
    private static bool ClosesSoon(ReadOnlySpan<char> s, int from)
    {
        for (int i = from; i < s.Length && i < from + 40 && s[i] != '\n'; i++)
        {
            if (s[i] == '’' && (i + 1 == s.Length || !char.IsLetter(s[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStateWord(ReadOnlySpan<char> word) =>
        word is "Ill" or "Mass" or "Miss" or "Ore" or "Wash";

    /// <summary>Reads the rest of a word: letters, digits, marks, inner hyphens, inner apostrophes that are not clitics, AT&amp;T, U.S.A.</summary>
    private static void ReadWordRest(ReadOnlySpan<char> s, ref int i, bool allowDots)
    {
        int segmentStart = i;
        bool hasDigit = false;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsLetterOrDigit(c) || IsMark(c))
            {
                hasDigit |= char.IsAsciiDigit(c);
                i++;
                continue;
            }

            if (i + 1 >= s.Length)
            {
                break;
            }

            char next = s[i + 1];
            if ((c == '-' || c == '‑') && char.IsLetterOrDigit(next))
            {
                i++;
                segmentStart = i;
                continue;
            }

            if ((c == '\'' || c == '’') && char.IsLetter(next))
            {
                if (IsClitic(s, i) || IsNegation(s, i))
                {
                    // "don't": stop before the n of n't.
                    if (IsNegation(s, i) && i - 1 > segmentStart)
                    {
                        i--;
                    }

                    break;
                }

                i++;
                continue;
            }

            if (c == '&' && char.IsAsciiLetterUpper(next) && i - segmentStart <= 3 && char.IsAsciiLetterUpper(s[i - 1]))
            {
                i++;
                continue;
            }

            if (c == '.' && allowDots && char.IsLetter(next) && i - segmentStart <= 2 && !hasDigit)
            {
                // U.S.A, e.g, a.m, Ph.D: segments of one or two letters joined by periods.
                int after = i + 2;
                while (after < s.Length && char.IsLetter(s[after]) && after - (i + 1) <= 2)
                {
                    after++;
                }

                if (after - (i + 1) <= 2)
                {
                    i++;
                    segmentStart = i;
                    continue;
                }
            }

            break;
        }
    }

    private static bool IsMark(char c)
    {
        if (c < 0x300)
        {
            return false;
        }

        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>True at an apostrophe followed by s, re, ve, ll, d or m and a non-letter, after a word.</summary>
    private static bool IsClitic(ReadOnlySpan<char> s, int i)
    {
        if (i == 0 || !(char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '.'))
        {
            return false;
        }

        int j = i + 1;
        int k = j;
        while (k < s.Length && char.IsLetter(s[k]) && k - j < 3)
        {
            k++;
        }

        if (k < s.Length && char.IsLetter(s[k]))
        {
            return false;
        }

        ReadOnlySpan<char> tail = s[j..k];
        return tail.Equals("s", StringComparison.OrdinalIgnoreCase) || tail.Equals("re", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("ve", StringComparison.OrdinalIgnoreCase) || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("d", StringComparison.OrdinalIgnoreCase) || tail.Equals("m", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True at an apostrophe that makes a word ending in s possessive ("Sanders’ campaign", "the teachers' union"): after
    /// "s", before a space and a word, and not closing a single quotation opened earlier on the line ("‘the best years’ of").
    /// </summary>
    private static bool IsPluralPossessive(ReadOnlySpan<char> s, int i)
    {
        if (i < 2 || s[i - 1] is not ('s' or 'S') || !char.IsLetter(s[i - 2]) || i + 2 >= s.Length || s[i + 1] != ' '
            || !char.IsLetterOrDigit(s[i + 2]))
        {
            return false;
        }

        // An opening single mark earlier on the line, not closed since, makes this apostrophe its closing mark, unless
        // the quotation closes later after its punctuation ("‘The fans’ support was incredible,’ she said").
        for (int k = i - 1; k >= 0 && i - k < 400 && s[k] != '\n'; k--)
        {
            char m = s[k];
            if (m is '‘' || m == '\'' && (k == 0 || char.IsWhiteSpace(s[k - 1]) || s[k - 1] is '"' or '“' or '(' or '—')
                && k + 1 < s.Length && char.IsLetterOrDigit(s[k + 1]))
            {
                return ClosesAfterPunctuation(s, i + 1);
            }

            if (m is '’' or '\'' && k + 1 < s.Length && !char.IsLetter(s[k + 1]) && k > 0 && (char.IsLetterOrDigit(s[k - 1]) || s[k - 1] is ',' or '.' or '!' or '?'))
            {
                return true; // a closing mark (or another possessive) before: nothing open
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a closing single mark right after sentence punctuation (",’", ".'", "?’") follows <paramref name="from"/> on
    /// its line, before any mark that could open a quotation.
    /// </summary>
    private static bool ClosesAfterPunctuation(ReadOnlySpan<char> s, int from)
    {
        for (int k = from; k < s.Length && k - from < 400 && s[k] != '\n'; k++)
        {
            if (s[k] is '’' or '\'')
            {
                if (s[k - 1] is ',' or '.' or '!' or '?')
                {
                    return true;
                }

                if (s[k] == '\'' && char.IsWhiteSpace(s[k - 1]))
                {
                    return false; // another opening mark first
                }
            }
            else if (s[k] is '‘' or '"' or '“')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True at the apostrophe of "n't" (don't, can't).</summary>
    private static bool IsNegation(ReadOnlySpan<char> s, int i) =>
        i >= 2 && (s[i - 1] == 'n' || s[i - 1] == 'N') && i + 1 < s.Length && (s[i + 1] == 't' || s[i + 1] == 'T')
        && (i + 2 == s.Length || !char.IsLetter(s[i + 2]));

    private static TokenKind ReadClitic(ReadOnlySpan<char> s, ref int i)
    {
        i++;
        while (i < s.Length && char.IsLetter(s[i]))
        {
            i++;
        }

        return TokenKind.Clitic;
    }

    /// <summary>Reads digits with inner grouping and decimal marks (1,000.50; 12:30; 3/4; 1026.253.553).</summary>
    private static void ReadNumber(ReadOnlySpan<char> s, ref int i)
    {
        while (i < s.Length)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                i++;
                continue;
            }

            if (s[i] is ',' or '.' or ':' or '/' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && i > 0 && char.IsAsciiDigit(s[i - 1]))
            {
                i++;
                continue;
            }

            break;
        }
    }

    /// <summary>Letters glued to a number (2bn, 1990s, 21st, 10am) and a percent sign.</summary>
    private static void ReadNumberSuffix(ReadOnlySpan<char> s, ref int i)
    {
        while (i < s.Length && char.IsLetter(s[i]))
        {
            i++;
        }

        if (i < s.Length && s[i] == '%')
        {
            i++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool TryReadUrl(ReadOnlySpan<char> s, ref int i)
    {
        ReadOnlySpan<char> rest = s[i..];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]))))
        {
            return false;
        }

        int j = i;
        int parens = 0;
        while (j < s.Length && !char.IsWhiteSpace(s[j]) && s[j] is not ('"' or '“' or '”' or '<' or '>'))
        {
            if (s[j] == '(')
            {
                parens++;
            }
            else if (s[j] == ')')
            {
                if (parens == 0)
                {
                    break;
                }

                parens--;
            }

            j++;
        }

        while (j > i && UrlTrailing.Contains(s[j - 1]))
        {
            if (s[j - 1] == ')' && s[i..j].Count('(') >= s[i..j].Count(')'))
            {
                break; // balanced: "wiki/Foo_(bar)"
            }

            j--;
        }

        i = j;
        return true;
    }

    private static bool TryReadEmail(ReadOnlySpan<char> s, ref int i)
    {
        int j = i;
        while (j < s.Length && EmailLocal.Contains(s[j]) && j - i < 64)
        {
            j++;
        }

        if (j >= s.Length || s[j] != '@' || j == i || s[j - 1] == '.')
        {
            return false;
        }

        int k = j + 1;
        int lastDot = -1;
        while (k < s.Length && (char.IsAsciiLetterOrDigit(s[k]) || s[k] == '-' || s[k] == '.') && k - j < 255)
        {
            if (s[k] == '.')
            {
                lastDot = k;
            }

            k++;
        }

        while (k > j + 1 && (s[k - 1] == '.' || s[k - 1] == '-'))
        {
            k--;
        }

        lastDot = s[(j + 1)..k].LastIndexOf('.');
        lastDot = lastDot < 0 ? -1 : lastDot + j + 1;

        if (lastDot < 0 || lastDot >= k - 1 || lastDot == j + 1)
        {
            return false;
        }

        i = k;
        return true;
    }
}
