using System.Collections.Frozen;

namespace Byline.Articles.Html;

/// <summary>
/// Finds dates in short strings (meta values, URLs, date lines) with a hand-written scanner: ISO 8601 with the stated
/// offset, "12.03.2021", "12. März 2021", "March 12, 2021", "12 de marzo de 2021", "2021/03/12". No regex, no culture
/// lookups: the month names of the languages news sites use most are listed here.
/// </summary>
internal static class DateText
{
    public const int MinYear = 1990;
    public const int MaxYear = 2035;

    private static readonly FrozenDictionary<string, int> Months = BuildMonths();

    private static FrozenDictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "stycznia"],
            ["february", "feb", "februar", "feber", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "fev", "februari", "feburary"],
            ["march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mrz", "maret"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "maio", "mei", "mag"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "junho"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho", "lug"],
            ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "agustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "set"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "out", "ott"],
            ["november", "nov", "novembre", "noviembre", "novembro", "nopember"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "desember", "des"],
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int m = 0; m < names.Length; m++)
        {
            foreach (string n in names[m])
            {
                map.TryAdd(n, m + 1);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private enum TokenKind
    {
        Number,
        Word,
        Other,
    }

    private readonly record struct Token(TokenKind Kind, int Start, int Length, int Value);

    /// <summary>The first plausible date in <paramref name="s"/>, keeping the time and offset it states.</summary>
    /// <param name="s">The text.</param>
    /// <param name="monthFirst">Read "03/04/2021" as March 4 (US style) rather than 3 April.</param>
    /// <param name="date">The date found.</param>
    public static bool TryFind(ReadOnlySpan<char> s, bool monthFirst, out DateTimeOffset date)
    {
        date = default;
        if (s.Length > 2000)
        {
            s = s[..2000];
        }

        List<Token> tokens = Tokenize(s);
        for (int i = 0; i < tokens.Count; i++)
        {
            Token t = tokens[i];
            if (t.Kind == TokenKind.Number && t.Length == 4 && IsYear(t.Value))
            {
                // 2021-03-12, 2021/03/12, 2021.03.12, then an optional time.
                if (i + 4 < tokens.Count && IsSep(s, tokens[i + 1]) && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 2].Length <= 2
                    && SameSep(s, tokens[i + 1], tokens[i + 3]) && tokens[i + 4].Kind == TokenKind.Number && tokens[i + 4].Length <= 2
                    && TryMake(t.Value, tokens[i + 2].Value, tokens[i + 4].Value, out DateTime day))
                {
                    date = WithTime(s, tokens, i + 5, day);
                    return true;
                }

                // 20210312
                continue;
            }

            if (t.Kind == TokenKind.Number && t.Length == 8 && IsYear(t.Value / 10000)
                && TryMake(t.Value / 10000, t.Value / 100 % 100, t.Value % 100, out DateTime compact))
            {
                date = new DateTimeOffset(compact, TimeSpan.Zero);
                return true;
            }

            if (t.Kind == TokenKind.Number && t.Length <= 2)
            {
                // 12.03.2021, 12/03/2021, 03/12/2021, 12-03-2021
                if (i + 4 < tokens.Count && IsSep(s, tokens[i + 1]) && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 2].Length <= 2
                    && SameSep(s, tokens[i + 1], tokens[i + 3]) && tokens[i + 4].Kind == TokenKind.Number
                    && (tokens[i + 4].Length == 4 && IsYear(tokens[i + 4].Value)))
                {
                    int a = t.Value, b = tokens[i + 2].Value, y = tokens[i + 4].Value;
                    char sep = s[tokens[i + 1].Start];
                    bool mdy = sep == '/' && (a <= 12 && (b > 12 || monthFirst));
                    if (TryMake(y, mdy ? a : b, mdy ? b : a, out DateTime day))
                    {
                        date = WithTime(s, tokens, i + 5, day);
                        return true;
                    }
                }

                // 28.01.22: a two-digit year, only with dots (German and Swiss sites)
                if (i + 4 < tokens.Count && s[tokens[i + 1].Start] == '.' && IsSep(s, tokens[i + 1]) && tokens[i + 2].Kind == TokenKind.Number
                    && tokens[i + 2].Length == 2 && SameSep(s, tokens[i + 1], tokens[i + 3]) && tokens[i + 4].Kind == TokenKind.Number
                    && tokens[i + 4].Length == 2 && (i + 5 >= tokens.Count || s[tokens[i + 5].Start] != '.')
                    && TryMake(2000 + tokens[i + 4].Value, tokens[i + 2].Value, t.Value, out DateTime shortYear))
                {
                    date = WithTime(s, tokens, i + 5, shortYear);
                    return true;
                }

                // 12. März 2021, 12 March 2021, 12 de marzo de 2021, 12-Mar-2021
                int j = i + 1;
                j = SkipFiller(s, tokens, j);
                if (j < tokens.Count && tokens[j].Kind == TokenKind.Word && MonthOf(s, tokens[j]) is int month)
                {
                    int k = SkipFiller(s, tokens, j + 1);
                    if (k < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k].Length == 4 && IsYear(tokens[k].Value)
                        && TryMake(tokens[k].Value, month, t.Value, out DateTime day))
                    {
                        date = WithTime(s, tokens, k + 1, day);
                        return true;
                    }
                }

                continue;
            }

            if (t.Kind == TokenKind.Word && MonthOf(s, t) is int m)
            {
                // March 12, 2021; Mar. 12th 2021
                int j = SkipFiller(s, tokens, i + 1);
                if (j < tokens.Count && tokens[j].Kind == TokenKind.Number && tokens[j].Length <= 2)
                {
                    int d = tokens[j].Value;
                    int k = SkipFiller(s, tokens, j + 1);
                    if (k < tokens.Count && tokens[k].Kind == TokenKind.Word && s.Slice(tokens[k].Start, tokens[k].Length) is "st" or "nd" or "rd" or "th")
                    {
                        k = SkipFiller(s, tokens, k + 1);
                    }

                    if (k < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k].Length == 4 && IsYear(tokens[k].Value)
                        && TryMake(tokens[k].Value, m, d, out DateTime day))
                    {
                        date = WithTime(s, tokens, k + 1, day);
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True for a short line that is mostly a date ("Published March 5, 2024 at 3:10 p.m.", "12.03.2021, 14:22 Uhr").</summary>
    public static bool IsDateLine(string text)
    {
        if (!TryFind(text, false, out _))
        {
            return false;
        }

        int words = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words++;
            }
        }

        return words <= 8;
    }

    private static int? MonthOf(ReadOnlySpan<char> s, Token t)
    {
        if (t.Length < 3 || t.Length > 10)
        {
            return null;
        }

        Span<char> lower = stackalloc char[t.Length];
        s.Slice(t.Start, t.Length).ToLowerInvariant(lower);
        return Months.TryGetValue(lower.ToString(), out int m) ? m : null;
    }

    /// <summary>Skips ".", ",", "de", "of", "th" and spaces between the parts of a date.</summary>
    private static int SkipFiller(ReadOnlySpan<char> s, List<Token> tokens, int j)
    {
        int skipped = 0;
        while (j < tokens.Count && skipped < 3)
        {
            Token t = tokens[j];
            ReadOnlySpan<char> v = s.Slice(t.Start, t.Length);
            if ((t.Kind == TokenKind.Other && v.Trim() is "." or "," or "-" or "" or "/")
                || (t.Kind == TokenKind.Word && v is "de" or "del" or "of" or "th" or "st" or "nd" or "rd"))
            {
                j++;
                skipped++;
                continue;
            }

            break;
        }

        return j;
    }

    private static DateTimeOffset WithTime(ReadOnlySpan<char> s, List<Token> tokens, int j, DateTime day)
    {
        // T10:00:00+01:00 / 10:00 / 10:00:00Z
        if (j + 2 < tokens.Count && tokens[j].Kind == TokenKind.Other && s.Slice(tokens[j].Start, tokens[j].Length) is "T" or " " or ", "
            && tokens[j + 1].Kind == TokenKind.Number && tokens[j + 1].Length <= 2 && tokens[j + 2].Kind == TokenKind.Other
            && s.Slice(tokens[j + 2].Start, tokens[j + 2].Length) is ":" && j + 3 < tokens.Count && tokens[j + 3].Kind == TokenKind.Number)
        {
            int hour = tokens[j + 1].Value, minute = tokens[j + 3].Value, second = 0;
            int k = j + 4;
            if (k + 1 < tokens.Count && s.Slice(tokens[k].Start, tokens[k].Length) is ":" && tokens[k + 1].Kind == TokenKind.Number)
            {
                second = tokens[k + 1].Value;
                k += 2;
            }

            if (k < tokens.Count && s.Slice(tokens[k].Start, tokens[k].Length) is "." && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number)
            {
                k += 2;
            }

            if (hour > 23 || minute > 59 || second > 59)
            {
                return new DateTimeOffset(day, TimeSpan.Zero);
            }

            TimeSpan offset = TimeSpan.Zero;
            if (k < tokens.Count)
            {
                ReadOnlySpan<char> z = s.Slice(tokens[k].Start, tokens[k].Length);
                if (z is "+" or "-" && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number)
                {
                    int sign = z[0] == '-' ? -1 : 1;
                    int hh, mm = 0;
                    if (tokens[k + 1].Length == 4)
                    {
                        hh = tokens[k + 1].Value / 100;
                        mm = tokens[k + 1].Value % 100;
                    }
                    else
                    {
                        hh = tokens[k + 1].Value;
                        if (k + 3 < tokens.Count && s.Slice(tokens[k + 2].Start, tokens[k + 2].Length) is ":" && tokens[k + 3].Kind == TokenKind.Number)
                        {
                            mm = tokens[k + 3].Value;
                        }
                    }

                    if (hh <= 14 && mm < 60)
                    {
                        offset = new TimeSpan(sign * hh, sign * mm, 0);
                    }
                }
            }

            return new DateTimeOffset(day.AddHours(hour).AddMinutes(minute).AddSeconds(second), offset);
        }

        return new DateTimeOffset(day, TimeSpan.Zero);
    }

    private static bool IsYear(int y) => y is >= MinYear and <= MaxYear;

    private static bool IsSep(ReadOnlySpan<char> s, Token t) =>
        t.Kind == TokenKind.Other && t.Length == 1 && s[t.Start] is '-' or '/' or '.' or '_';

    private static bool SameSep(ReadOnlySpan<char> s, Token a, Token b) =>
        b.Kind == TokenKind.Other && b.Length == 1 && s[b.Start] == s[a.Start];

    private static bool TryMake(int y, int m, int d, out DateTime day)
    {
        day = default;
        if (!IsYear(y) || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        day = new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    private static List<Token> Tokenize(ReadOnlySpan<char> s)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < s.Length)
        {
            int start = i;
            char c = s[i];
            if (char.IsAsciiDigit(c))
            {
                long v = 0;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    if (i - start < 9)
                    {
                        v = (v * 10) + (s[i] - '0');
                    }

                    i++;
                }

                tokens.Add(new Token(TokenKind.Number, start, i - start, i - start <= 9 ? (int)v : -1));
            }
            else if (char.IsLetter(c))
            {
                while (i < s.Length && char.IsLetter(s[i]))
                {
                    i++;
                }

                // "T" between a date and a time is a separator, not a word.
                TokenKind kind = i - start == 1 && c == 'T' ? TokenKind.Other : TokenKind.Word;
                tokens.Add(new Token(kind, start, i - start, 0));
            }
            else if (char.IsWhiteSpace(c))
            {
                while (i < s.Length && char.IsWhiteSpace(s[i]))
                {
                    i++;
                }

                // Spaces matter only as the date/time separator: keep one token for them.
                tokens.Add(new Token(TokenKind.Other, start, 1, 0));
            }
            else
            {
                i++;
                tokens.Add(new Token(TokenKind.Other, start, 1, 0));
            }
        }

        return tokens;
    }
}
