using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Entities;

/// <summary>
/// Rules over tokens and lexicons for what the tagger does not find: DATE ("Tuesday", "March 7, 2025",
/// "last week", "2025"), TIME ("5 p.m.", "noon"), MONEY ("$48 million", "20 euros"), PERCENT ("3.5%",
/// "12 percent"), TITLE ("Secretary of State", "Deputy Press Secretary", "CEO") and NORP ("Brazilian",
/// "Republicans"). Runs after the tagger, so its mentions never overlap the tagger's.
/// </summary>
internal sealed class RuleEntityRecognizer : IEntityRecognizer
{
    public static RuleEntityRecognizer Instance { get; } = new();

    public IReadOnlyCollection<EntityType> Produces { get; } =
        [EntityType.Date, EntityType.Time, EntityType.Money, EntityType.Percent, EntityType.Title, EntityType.Nationality];

    public ImmutableArray<EntityMention> Recognize(EntityRecognitionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        string text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens.AsSpan();
        PhraseLexicon lex = EntityLexicons.Phrases;
        var result = ImmutableArray.CreateBuilder<EntityMention>();
        ulong[] rented = System.Buffers.ArrayPool<ulong>.Shared.Rent(tokens.Length);
        Span<ulong> h = rented.AsSpan(0, tokens.Length);
        PhraseLexicon.HashTokens(text, tokens, h);
        int i = 0;
        while (i < tokens.Length)
        {
            int n;
            EntityType type;
            if ((n = Money(text, tokens, h, i, lex)) > 0) type = EntityType.Money;
            else if ((n = Percent(text, tokens, i)) > 0) type = EntityType.Percent;
            else if ((n = Time(text, tokens, h, i, lex)) > 0) type = EntityType.Time;
            else if ((n = Date(text, tokens, h, i, lex)) > 0) type = EntityType.Date;
            else if ((n = Title(text, tokens, h, i, lex)) > 0) type = EntityType.Title;
            else if (char.IsUpper(text[tokens[i].Start]) && (n = lex.Match(h, i, EntityLexicons.Norp)) > 0) type = EntityType.Nationality;
            else
            {
                i++;
                continue;
            }

            result.Add(new EntityMention(TextSpan.FromBounds(tokens[i].Start, tokens[i + n - 1].End), type));
            i += n;
        }

        System.Buffers.ArrayPool<ulong>.Shared.Return(rented);
        return result.ToImmutable();
    }

    private static ReadOnlySpan<char> Word(string text, ReadOnlySpan<Token> tokens, int i) =>
        i < tokens.Length ? text.AsSpan(tokens[i].Start, tokens[i].Length) : [];

    private static bool Is(ReadOnlySpan<char> word, string value) => word.Equals(value, StringComparison.OrdinalIgnoreCase);

    private static bool IsCurrencySign(char c) => c is '$' or '€' or '£' or '¥' or '₹' or '₩' or '₽';

    /// <summary>"$48 million", "US$ 5", "£2bn", "20 dollars", "5 million euros".</summary>
    private static int Money(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> h, int i, PhraseLexicon lex)
    {
        ReadOnlySpan<char> w = Word(text, tokens, i);
        int j = i;
        bool signed = false;
        if (tokens[i].Kind == TokenKind.Number && (IsCurrencySign(w[0]) || (w.Length > 2 && w[0] is 'U' or 'A' or 'C' or 'H' or 'N' && w[1] is 'S' or '$' && w.Contains('$'))))
        {
            signed = true;
            j = i + 1;
        }
        else if (w.Length <= 3 && (w is "$" or "€" or "£" or "¥" or "US$" or "A$" or "C$" or "HK$" or "NZ$" || Is(w, "USD") || Is(w, "EUR") || Is(w, "GBP"))
                 && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number)
        {
            signed = true;
            j = i + 2;
        }
        else if (tokens[i].Kind != TokenKind.Number || w.EndsWith("%"))
        {
            return 0;
        }
        else
        {
            j = i + 1;
        }

        if (j < tokens.Length && lex.Is(h[j], EntityLexicons.Scale))
        {
            j++;
        }

        if (signed)
        {
            return j - i;
        }

        int c = j < tokens.Length ? lex.Match(h, j, EntityLexicons.Currency) : 0;
        return c > 0 ? j + c - i : 0;
    }

    /// <summary>"3.5%", "12 percent", "2 percentage points".</summary>
    private static int Percent(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Number)
        {
            return 0;
        }

        ReadOnlySpan<char> w = Word(text, tokens, i);
        if (w.EndsWith("%"))
        {
            return 1;
        }

        if (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Symbol && Word(text, tokens, i + 1) is "%")
        {
            return 2;
        }

        ReadOnlySpan<char> next = Word(text, tokens, i + 1);
        if (Is(next, "percent") || Is(next, "pct"))
        {
            return 2;
        }

        if ((Is(next, "per") && Is(Word(text, tokens, i + 2), "cent")) ||
            (Is(next, "percentage") && Word(text, tokens, i + 2).StartsWith("point", StringComparison.OrdinalIgnoreCase)))
        {
            return 3;
        }

        return 0;
    }

    /// <summary>"5 p.m.", "10:30 GMT", "noon", "this morning".</summary>
    private static int Time(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> h, int i, PhraseLexicon lex)
    {
        int n = lex.Match(h, i, EntityLexicons.TimePhrase);
        if (n > 0)
        {
            return n;
        }

        // Durations in hours and minutes: "five hours", "90 minutes", "a 16-hour flight".
        ReadOnlySpan<char> w = Word(text, tokens, i);
        if ((tokens[i].Kind == TokenKind.Number || IsNumberWord(w)) && IsTimeUnit(Word(text, tokens, i + 1)))
        {
            return 2;
        }

        int hyphen = w.IndexOf('-');
        if (hyphen > 0 && IsTimeUnit(w[(hyphen + 1)..]) && (int.TryParse(w[..hyphen], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _) || IsNumberWord(w[..hyphen])))
        {
            return 1;
        }

        if (tokens[i].Kind != TokenKind.Number)
        {
            return 0;
        }

        int j = i + 1;
        if (w.Length <= 2 && Word(text, tokens, j) is ":" && j + 1 < tokens.Length && tokens[j + 1].Kind == TokenKind.Number && Word(text, tokens, j + 1).Length == 2)
        {
            // "10:30" split by the tokenizer.
            j += 2;
            w = "00:00";
        }

        ReadOnlySpan<char> next = Word(text, tokens, j);
        bool clock = w.Length is >= 4 and <= 5 && w.IndexOf(':') is 1 or 2 && char.IsDigit(w[^1]);
        bool meridiem = Is(next, "a.m.") || Is(next, "p.m.") || Is(next, "am") || Is(next, "pm") || Is(next, "a.m") || Is(next, "p.m");
        if (!clock && !(meridiem && w.Length <= 5))
        {
            return 0;
        }

        if (meridiem) j++;
        ReadOnlySpan<char> zone = Word(text, tokens, j);
        if (zone is "GMT" or "UTC" or "ET" or "EST" or "EDT" or "PT" or "PST" or "PDT" or "BST" or "CET" or "CST")
        {
            j++;
        }

        return j - i;
    }

    /// <summary>"Tuesday", "March 7, 2025", "7 March", "last week", "2025", "the 1990s", "three days ago", "1996-08-30".</summary>
    private static int Date(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> h, int i, PhraseLexicon lex)
    {
        ReadOnlySpan<char> w = Word(text, tokens, i);
        int n = lex.Match(h, i, EntityLexicons.DatePhrase);
        if (n > 0)
        {
            return n;
        }

        bool relative = Is(w, "last") || Is(w, "next") || Is(w, "this") || Is(w, "early") || Is(w, "late") || Is(w, "mid") || Is(w, "earlier") || Is(w, "later");
        int start = relative ? i + 1 : i;
        if (start >= tokens.Length)
        {
            return 0;
        }

        ReadOnlySpan<char> first = Word(text, tokens, start);
        if (char.IsUpper(first[0]) && lex.Is(h[start], EntityLexicons.Weekday))
        {
            int j = start + 1;
            ReadOnlySpan<char> after = Word(text, tokens, j);
            if (after is "," && j + 1 < tokens.Length && char.IsUpper(text[tokens[j + 1].Start]) && lex.Is(h[j + 1], EntityLexicons.Month))
            {
                // "Monday, Oct. 26": the weekday and the date are one expression.
                int rest = Date(text, tokens, h, j + 1, lex);
                return rest > 0 ? j + 1 + rest - i : j - i;
            }

            if (Is(after, "morning") || Is(after, "afternoon") || Is(after, "evening") || Is(after, "night"))
            {
                j++;
            }

            return j - i;
        }

        // Durations: "three days", "13 years", "the last five years", "two weeks".
        int count = start;
        if (count < tokens.Length && (tokens[count].Kind == TokenKind.Number || IsNumberWord(Word(text, tokens, count))))
        {
            count++;
        }

        if ((count > start || relative) && count < tokens.Length && IsDateUnit(Word(text, tokens, count)))
        {
            return count + 1 - i + (Is(Word(text, tokens, count + 1), "ago") ? 1 : 0);
        }

        if (char.IsUpper(first[0]) && lex.Is(h[start], EntityLexicons.Month))
        {
            int j = start + 1;
            bool withNumber = false;
            if (j < tokens.Length && IsDay(Word(text, tokens, j)))
            {
                j++;
                withNumber = true;
                if (j + 1 < tokens.Length && Word(text, tokens, j) is "," && IsYear(Word(text, tokens, j + 1)))
                {
                    j += 2;
                }
            }
            else if (j < tokens.Length && IsYear(Word(text, tokens, j)))
            {
                j++;
                withNumber = true;
            }

            // "May" and "March" are also a verb and a name: only take them with a number or a date word before them.
            bool ambiguous = first is "May" or "March";
            ReadOnlySpan<char> before = i > 0 ? Word(text, tokens, i - 1) : [];
            if (ambiguous && !withNumber && !relative && !(Is(before, "in") || Is(before, "since") || Is(before, "until") || Is(before, "by") || Is(before, "of") || Is(before, "early") || Is(before, "late") || Is(before, "mid")))
            {
                return 0;
            }

            return j - i;
        }

        if (relative)
        {
            return 0;
        }

        // "7 March 2025"
        if (IsDay(w) && i + 1 < tokens.Length && char.IsUpper(text[tokens[i + 1].Start]) && lex.Is(h[i + 1], EntityLexicons.Month))
        {
            int j = i + 2;
            if (j < tokens.Length && IsYear(Word(text, tokens, j))) j++;
            return j - i;
        }

        if (tokens[i].Kind != TokenKind.Number)
        {
            return 0;
        }

        // ISO dates tokenized as 1996 - 08 - 30.
        if (w.Length == 4 && IsYear(w) && i + 4 < tokens.Length && Word(text, tokens, i + 1) is "-" && Word(text, tokens, i + 2).Length == 2
            && Word(text, tokens, i + 3) is "-" && Word(text, tokens, i + 4).Length == 2 && tokens[i + 4].Kind == TokenKind.Number)
        {
            return 5;
        }

        // "the 1990s"
        if (w.Length == 5 && w[4] == 's' && IsYear(w[..4]))
        {
            return 1;
        }

        // "three days ago" is handled by numbers only: "3 days ago".
        ReadOnlySpan<char> unit = Word(text, tokens, i + 1);
        if (Is(Word(text, tokens, i + 2), "ago") && (unit.StartsWith("day", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("week", StringComparison.OrdinalIgnoreCase)
            || unit.StartsWith("month", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("year", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("decade", StringComparison.OrdinalIgnoreCase)))
        {
            return 3;
        }

        if (IsYear(w))
        {
            ReadOnlySpan<char> before = i > 0 ? Word(text, tokens, i - 1) : [];
            ReadOnlySpan<char> after = Word(text, tokens, i + 1);
            // "the 1992 protests": a year that modifies a noun (not "the 1800 block of West Madison Street").
            if (Is(before, "the") && !after.IsEmpty && char.IsLetter(after[0]) && !Is(after, "block") && !Is(after, "blocks"))
            {
                return 1;
            }

            bool prep = Is(before, "in") || Is(before, "since") || Is(before, "by") || Is(before, "of") || Is(before, "until") || Is(before, "from")
                || Is(before, "to") || Is(before, "during") || Is(before, "before") || Is(before, "after") || Is(before, "through") || Is(before, "between") || Is(before, "and") || before is "," or "(";
            bool end = after.IsEmpty || after is "." or "," or ")" or ";" or ":" || Is(after, "and") || Is(after, "to");
            return prep || end ? 1 : 0;
        }

        return 0;
    }

    private static bool IsNumberWord(ReadOnlySpan<char> w) =>
        Is(w, "one") || Is(w, "two") || Is(w, "three") || Is(w, "four") || Is(w, "five") || Is(w, "six") || Is(w, "seven") || Is(w, "eight") || Is(w, "nine")
        || Is(w, "ten") || Is(w, "eleven") || Is(w, "twelve") || Is(w, "fifteen") || Is(w, "twenty") || Is(w, "thirty") || Is(w, "forty")
        || Is(w, "fifty") || Is(w, "several") || Is(w, "few");

    private static bool IsTimeUnit(ReadOnlySpan<char> w) => Is(w, "hours") || Is(w, "hour") || Is(w, "minutes") || Is(w, "minute");

    private static bool IsDateUnit(ReadOnlySpan<char> w) =>
        Is(w, "days") || Is(w, "weeks") || Is(w, "months") || Is(w, "years") || Is(w, "decades") || Is(w, "centuries")
        || Is(w, "day") || Is(w, "week") || Is(w, "month") || Is(w, "year") || Is(w, "decade");

    private static bool IsDay(ReadOnlySpan<char> w)
    {
        if (w.EndsWith("st") || w.EndsWith("nd") || w.EndsWith("rd") || w.EndsWith("th"))
        {
            w = w[..^2];
        }

        return w.Length is 1 or 2 && int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 31;
    }

    private static bool IsYear(ReadOnlySpan<char> w) =>
        w.Length == 4 && int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y) && y is >= 1800 and <= 2099;

    /// <summary>A title from the lexicon, with its modifiers ("Deputy Press Secretary", "former Prime Minister").</summary>
    private static int Title(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> h, int i, PhraseLexicon lex)
    {
        int j = i;
        while (j < tokens.Length && lex.Is(h[j], EntityLexicons.TitleModifier) && !Is(Word(text, tokens, j), "former"))
        {
            j++;
        }

        if (j < tokens.Length && Is(Word(text, tokens, j), "-"))
        {
            j++;
        }

        if (j >= tokens.Length)
        {
            return 0;
        }

        int n = lex.Match(h, j, EntityLexicons.Title);
        int whole = lex.Match(h, i, EntityLexicons.Title);
        if (whole > 0 && whole >= j + n - i)
        {
            // "Chief Executive" is a title of its own, not the modifier "Chief" before a title.
            j = i;
            n = whole;
        }

        if (n == 0)
        {
            return 0;
        }

        // A lone lowercase generic word ("leader", "head", "chair", "officer") is too often not a role.
        if (j == i && n == 1 && !char.IsUpper(text[tokens[j].Start]))
        {
            ReadOnlySpan<char> w = Word(text, tokens, j);
            if (Is(w, "head") || Is(w, "chair") || Is(w, "leader") || Is(w, "officer") || Is(w, "partner") || Is(w, "owner") || Is(w, "father")
                || Is(w, "sister") || Is(w, "general") || Is(w, "major") || Is(w, "justice") || Is(w, "secretary") || Is(w, "director") || Is(w, "manager")
                || Is(w, "speaker") || Is(w, "principal") || Is(w, "delegate") || Is(w, "doctor") || Is(w, "king") || Is(w, "queen"))
            {
                return 0;
            }
        }

        // ("the General Statistics Office", "General Motors", "Major League Baseball": a lone "General" or "Major" before a
        // capitalized word that is no first name opens a name, not a rank; "General Mark Milley" keeps it.)
        if (j == i && n == 1 && (Is(Word(text, tokens, j), "General") || Is(Word(text, tokens, j), "Major")) && j + 1 < tokens.Length
            && tokens[j + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[j + 1].Start]) && !EntityClusterer.IsFirstName(text, tokens[j + 1]))
        {
            return 0;
        }

        return j + n - i;
    }
}
