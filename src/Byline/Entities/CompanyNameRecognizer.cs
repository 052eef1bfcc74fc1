using System.Collections.Immutable;
using Byline.Entities.Tagging;
using Byline.Internal;
using Byline.Text;

namespace Byline.Entities;

/// <summary>
/// "Coppervale Resources Ltd.", "Delmar Chemical Co.", "Norvell Foods", "Northern Flood Authority": capitalized words
/// that end in a legal form (Inc., Corp., Ltd., PLC, GmbH ...), in a word for a line of business (Foods, Motors,
/// Mining ...) or in the head of a public body's name (Authority, Ministry, Institute ...) name an organization, with
/// its legal form. The tagger learned its names from 1996 news: it reads an unknown "Harlan Mining" as a person, "Plains
/// Fire Authority" as a place, and leaves "Coppervale Resources Ltd." out; so this runs before it and claims the whole
/// name. A run that is the end of a longer name ("National Oceanic and Atmospheric Administration", "Department of
/// Natural Resources"), that ends in a place the gazetteer knows ("West Bank"), or whose legal form stands before another
/// capitalized word ("Texas AG Ken Paxton") is left to the tagger; a surname-like line of business (Power, Steel, Bank)
/// ends a company's name only after a word that is no first name ("Gulfline Power", not "Samantha Power"). Words from
/// <c>company-words.txt</c>.
/// </summary>
internal sealed class CompanyNameRecognizer : IEntityRecognizer
{
    private const int MaxWords = 6;

    private static readonly Lazy<(SpanSet Designators, SpanSet Business, SpanSet Bodies, SpanSet SurnameLike)> Words = new(Load);

    private enum Head
    {
        Designator,
        Business,
        Body,
    }

    public static CompanyNameRecognizer Instance { get; } = new();

    public IReadOnlyCollection<EntityType> Produces { get; } = [EntityType.Organization];

    public ImmutableArray<EntityMention> Recognize(EntityRecognitionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        string text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens.AsSpan();
        SpanSet designators = Words.Value.Designators;
        ImmutableArray<EntityMention>.Builder? result = null;
        int claimedEnd = 0; // token index below which names were already claimed
        for (int i = 0; i < tokens.Length; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (ClubNameEnd(text, tokens, i) is int clubEnd and > 0)
            {
                (result ??= ImmutableArray.CreateBuilder<EntityMention>()).Add(
                    new EntityMention(TextSpan.FromBounds(tokens[i].Start, tokens[clubEnd - 1].End), EntityType.Organization));
                claimedEnd = clubEnd;
                i = clubEnd - 1;
                continue;
            }

            // (A head ends a name that runs back from it: the text's first token has none before it.)
            if (i == 0 || HeadAt(text, tokens, i) is not Head head)
            {
                continue;
            }

            // ("Texas AG Ken Paxton", "Co Antrim": a legal form goes last, not before another capitalized word.)
            if (head == Head.Designator && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i + 1].Start])
                && !text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Contains('\n') && text[tokens[i].End - 1] != '.')
            {
                continue;
            }

            // ("the Oval Office", "box office", "the Head Office": a room or a place of work, not a body.)
            if (head == Head.Body && text.AsSpan(tokens[i].Start, tokens[i].Length) is "Office" && tokens[i - 1].Kind == TokenKind.Word
                && OfficesNotBodies.Contains(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length)))
            {
                continue;
            }

            // ("Texas AG said": after a place, "AG" is its attorney general.)
            if (head == Head.Designator && text.AsSpan(tokens[i].Start, tokens[i].Length) is "AG" && tokens[i - 1].Kind == TokenKind.Word
                && EntityClusterer.IsKnownPlace(text.Substring(tokens[i - 1].Start, tokens[i - 1].Length)))
            {
                continue;
            }

            // ("Transport Workers' Union": a plural possessive goes on into the longer name.)
            if (head != Head.Designator && i + 2 < tokens.Length && tokens[i + 1].Start == tokens[i].End && tokens[i + 1].Length == 1
                && text[tokens[i + 1].Start] is '\'' or '\u2019' && tokens[i + 2].Kind == TokenKind.Word && char.IsUpper(text[tokens[i + 2].Start]))
            {
                continue;
            }

            // A name with a legal form after it: the legal form ends the name ("Harlan Mining Corp.").
            if (head != Head.Designator && i + 1 < tokens.Length && IsDesignatorAt(text, tokens, i + 1, designators))
            {
                continue;
            }

            // ("Halvorsen Foods, Inc.": the legal form after its comma joins the name just claimed.)
            if (head == Head.Designator && result is { Count: > 0 } && i >= 2 && IsComma(text, tokens[i - 1]) && result[^1].Span.End == tokens[i - 2].End
                && IsCommaDesignator(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                result[^1] = result[^1] with { Span = TextSpan.FromBounds(result[^1].Span.Start, tokens[i].End) };
                claimedEnd = i + 1;
                continue;
            }

            int first = NameStart(text, tokens, i, head, claimedEnd);
            if (first < 0)
            {
                continue;
            }

            (result ??= ImmutableArray.CreateBuilder<EntityMention>()).Add(
                new EntityMention(TextSpan.FromBounds(tokens[first].Start, tokens[i].End), EntityType.Organization));
            claimedEnd = i + 1;
        }

        return result?.ToImmutable() ?? [];
    }

    /// <summary>
    /// "Club Fundidores de Monterrey", "Club Atlético Lanús": "Club" in title case that opens a name, then capitalized words
    /// and the lowercase particles between them (de, del, la, do, da, dos), up to six words; the end token (exclusive),
    /// or -1. Not "Club" alone or before a lowercase word ("Club members said").
    /// </summary>
    private static int ClubNameEnd(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Length || tokens[i].Kind != TokenKind.Word || !text.AsSpan(tokens[i].Start, tokens[i].Length).SequenceEqual("Club"))
        {
            return -1;
        }

        int end = i + 1, words = 0;
        while (end < tokens.Length && words < 6 && tokens[end].Kind == TokenKind.Word && SameLine(text, tokens, i, end))
        {
            ReadOnlySpan<char> w = text.AsSpan(tokens[end].Start, tokens[end].Length);
            bool particle = w is "de" or "del" or "la" or "do" or "da" or "dos";
            if (particle && end + 1 < tokens.Length && tokens[end + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[end + 1].Start]))
            {
                end++;
                continue;
            }

            if (!char.IsUpper(w[0]) || IsAllCaps(w))
            {
                break;
            }

            end++;
            words++;
        }

        return words > 0 ? end : -1;
    }

    /// <summary>Words before "Office" that make it a room or a place of work: "Oval Office", "Box Office", "Head Office".</summary>
    private static readonly SpanSet OfficesNotBodies = new(
        ["Oval", "Box", "Head", "Front", "Back", "Post", "Field", "Regional", "Local", "District", "Branch", "Main", "Corner", "Executive", "Home", "Press"],
        ignoreCase: true);

    /// <summary>Lines of business that end no common phrase: a name of common words before them is still a company's.</summary>
    private static readonly SpanSet DistinctiveHeads = new(
        ["Airlines", "Airways", "Therapeutics", "Biosciences", "Biotech", "Pharmaceuticals", "Pharma", "Bancorp", "Bancshares", "Semiconductor",
         "Semiconductors", "Telecommunications", "Brewing", "Nutrition", "Outfitters"], ignoreCase: false);

    /// <summary>An apostrophe right after a capitalized plural and before a capitalized word: "Workers’ Alliance", "Consumers' Counsel".</summary>
    private static bool IsPluralPossessive(string text, ReadOnlySpan<Token> tokens, int j) =>
        j > 0 && j + 1 < tokens.Length && tokens[j].Length == 1 && text[tokens[j].Start] is '\'' or '\u2019' && tokens[j].Start == tokens[j - 1].End
        && text[tokens[j - 1].End - 1] == 's' && tokens[j + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[j + 1].Start]);

    private static readonly SpanSet CorporateTitles = new(
        ["CEO", "CFO", "COO", "CTO", "Chief", "Chairman", "Chairwoman", "Chair", "President", "Founder", "Co-founder", "Spokesman",
         "Spokeswoman", "Spokesperson", "Director", "Executive", "Managing", "Head"], ignoreCase: false);

    /// <summary>
    /// The first token of the name that ends at token <paramref name="end"/>: capitalized words (and "&amp;") back to the
    /// sentence's lower-case words or punctuation, past a comma before a legal form ("Acme, Inc."), without the opening
    /// words that are no names ("On", "The", "Monday"); -1 when no name word is left.
    /// </summary>
    private static int NameStart(string text, ReadOnlySpan<Token> tokens, int end, Head head, int lower)
    {
        bool designator = head == Head.Designator;
        int j = end - 1;
        if (designator && j - 1 >= lower && IsComma(text, tokens[j]) && char.IsUpper(text[tokens[j - 1].Start])
            && IsCommaDesignator(text.AsSpan(tokens[end].Start, tokens[end].Length)))
        {
            j--; // "Acme, Inc." (not "Denver, CO", "Belfast, Co Antrim")
        }

        int first = j + 1;
        while (j >= lower && end - j <= MaxWords && SameLine(text, tokens, j, end)
               && (IsNameWord(text, tokens[j]) || IsAmpersand(text, tokens[j]) && j - 1 >= lower && IsNameWord(text, tokens[j - 1])
                   || IsPluralPossessive(text, tokens, j) && j - 1 >= lower && IsNameWord(text, tokens[j - 1]))) // ("Rail Workers’ Alliance")
        {
            first = j;
            j--;
        }

        if (j >= lower && end - j > MaxWords && IsNameWord(text, tokens[j]))
        {
            return -1; // a run too long to be one name (a headline in title case)
        }

        // Opening words that are no names: "On Monday Harlan Mining", "The Norvell Foods", "St. Louis-based Mercantile
        // Bancorp Inc." (a common word only where it opens the sentence: "First Albany Corp." keeps its "First"). A
        // nationality stays: "Scottish National Party", "Iraqi News Agency".
        for (int k = first; k < end - 1; k++)
        {
            if (text.AsSpan(tokens[k].Start, tokens[k].Length).EndsWith("-based", StringComparison.Ordinal))
            {
                first = k + 1;
            }
        }

        while (first < end && (IsAmpersand(text, tokens[first]) || IsOpeningWord(text, tokens, first)))
        {
            first++;
        }

        // "Devon and Cornwall Police", "Greater Manchester Police", "Thames Valley Police": a police force is named for the
        // places it serves, two of them joined by "and".
        bool force = text.AsSpan(tokens[end].Start, tokens[end].Length) is "Police" or "Constabulary";
        if (force && first >= lower + 2 && first < end && text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length) is "and"
            && IsNameWord(text, tokens[first - 2]) && IsKnownPlace(text, tokens, first - 2, first - 2) // (a place: not "Paramedics and Sussex Police")
            && SameLine(text, tokens, first - 2, end))
        {
            first -= 2;
        }

        int nameWords = 0;
        for (int k = first; k < end; k++)
        {
            if (IsNameWord(text, tokens[k]) && !IsComma(text, tokens[k]))
            {
                nameWords++;
            }
        }

        if (nameWords == 0 || designator && first == end)
        {
            return -1;
        }

        // "the Department of Natural Resources", "National Oceanic and Atmospheric Administration", "Gold Fields of South
        // Africa Ltd": the end of a longer name after a lower-case joining word; the tagger reads the whole. ("Shares of
        // Douglas & Lomason Co": a common word that opens the sentence is no name.)
        // ("Norvell Foods and Volta Motors": a list of names, each ending in its head.)
        if (first >= 2 && !force && IsJoiningWord(text, tokens[first - 1]) && char.IsUpper(text[tokens[first - 2].Start])
            && !(IsSentenceStart(text, tokens, first - 2) && NerModel.Default.Clusters.KnowsLowerCase(text.AsSpan(tokens[first - 2].Start, tokens[first - 2].Length)))
            && !(text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length) is "and" && HeadAt(text, tokens, first - 2) is not null))
        {
            return -1;
        }

        // "Chicago Board of Trade", "Hong Kong Financial Secretary", "News Agency of Nigeria": the name goes on past the
        // word for a business or a body; the tagger reads the whole.
        // ("Brantley Industries CEO Owen Hargrove", "Foreign Ministry Spokesman Wang Wenbin": a title after the name ends it.)
        if (!designator && end + 1 < tokens.Length && SameLine(text, tokens, end, end + 1)
            && !CorporateTitles.Contains(text.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length))
            && (IsNameWord(text, tokens[end + 1])
                || IsJoiningWord(text, tokens[end + 1]) && !(text.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length) is "and")
                   && end + 2 < tokens.Length && char.IsUpper(text[tokens[end + 2].Start]) && !IsDayOrMonth(text, tokens, end + 2)))
        {
            return -1;
        }

        // ("Jewish West Bank settlements": a place the gazetteer knows ends the run; a body may open with the place it serves:
        // "Georgia Voting Rights Project", "U.S. Geological Survey".)
        for (int k = first; k < end && !force; k++)
        {
            if (IsKnownPlace(text, tokens, k, end) && !(head == Head.Body && k == first && end - k >= 2))
            {
                return -1;
            }
        }

        // (Heads no common phrase ends in name a company whatever words come before: "Summit Range Airlines".)
        if (head == Head.Business && !DistinctiveHeads.Contains(text.AsSpan(tokens[end].Start, tokens[end].Length)))
        {
            bool unknown = false;
            for (int k = first; k < end; k++)
            {
                unknown |= !NerModel.Default.Clusters.KnowsLowerCase(text.AsSpan(tokens[k].Start, tokens[k].Length));
            }

            if (!unknown)
            {
                return -1; // "Human Resources", "General Motors": common words; the tagger knows the real names
            }
        }

        return first;
    }

    /// <summary>Whether a word heads a public body's or an association's name in <c>company-words.txt</c> ("Ministry", "Board").</summary>
    internal static bool IsBodyHead(ReadOnlySpan<char> word) => Words.Value.Bodies.Contains(word);

    /// <summary>Whether a word ends a company's name in <c>company-words.txt</c>: a legal form or a line of business ("Inc", "Foods").</summary>
    internal static bool IsCompanyHead(ReadOnlySpan<char> word) =>
        Words.Value.Designators.Contains(word.TrimEnd('.')) || Words.Value.Business.Contains(word) || Words.Value.SurnameLike.Contains(word);

    /// <summary>Whether the words after a name's first are a company's legal form and lines of business only ("Ambrose Data", "Foods Inc").</summary>
    internal static bool IsCompanyTail(ReadOnlySpan<char> name)
    {
        int space = name.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> rest = name[(space + 1)..];
        while (!rest.IsEmpty)
        {
            int next = rest.IndexOf(' ');
            ReadOnlySpan<char> w = (next < 0 ? rest : rest[..next]).Trim(',');
            if (!w.IsEmpty && !IsCompanyHead(w))
            {
                return false;
            }

            rest = next < 0 ? [] : rest[(next + 1)..];
        }

        return true;
    }

    /// <summary>What kind of name's end token <paramref name="i"/> is: a legal form, a line of business, a body's head; else null.</summary>
    private static Head? HeadAt(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i < 0 || tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return null;
        }

        ReadOnlySpan<char> w = text.AsSpan(tokens[i].Start, tokens[i].Length).TrimEnd('.');
        if (w.Length == 0)
        {
            return null;
        }

        (SpanSet designators, SpanSet business, SpanSet bodies, SpanSet surnameLike) = Words.Value;
        if (designators.Contains(w))
        {
            return Head.Designator;
        }

        if (!char.IsUpper(w[0]) || IsAllCaps(w))
        {
            return null;
        }

        // ("Gulfline Power", not "Samantha Power": a surname-like word is a company's only after a word that is no first name.)
        return business.Contains(w) ? Head.Business : bodies.Contains(w) ? Head.Body
            : surnameLike.Contains(w) && i > 0 && tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i - 1].Start])
              && !EntityClusterer.IsFirstName(text, tokens[i - 1]) ? Head.Business : null;
    }

    /// <summary>Whether tokens [first, end] name a place the shipped gazetteer knows ("West Bank").</summary>
    private static bool IsKnownPlace(string text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        ulong h = Gazetteer.Start;
        for (int k = first; k <= end; k++)
        {
            h = Gazetteer.Extend(h, StableHash.OfLower(text.AsSpan(tokens[k].Start, tokens[k].Length)));
        }

        return (NerModel.Default.Gazetteer.Lookup(h) & (1 << Gazetteer.Location | 1 << Gazetteer.Gpe)) != 0
               && (NerModel.Default.Gazetteer.Lookup(h) & (1 << Gazetteer.Organization)) == 0;
    }

    /// <summary>A legal form that may follow its name after a comma: "Acme, Inc.", "Bloomberg, L.P." (not "Co", "AG").</summary>
    private static bool IsCommaDesignator(ReadOnlySpan<char> w) =>
        w.TrimEnd('.') is "Inc" or "Ltd" or "LLC" or "L.L.C" or "Corp" or "LLP" or "L.P" or "PLC" or "Plc";

    private static bool IsDesignatorAt(string text, ReadOnlySpan<Token> tokens, int i, SpanSet designators)
    {
        if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }

        ReadOnlySpan<char> w = text.AsSpan(tokens[i].Start, tokens[i].Length).TrimEnd('.');
        return designators.Contains(w);
    }

    /// <summary>A capitalized word, or a short one in capitals ("IBM", "AT&amp;T"); a longer word in capitals is a headline's.</summary>
    private static bool IsNameWord(string text, Token token)
    {
        if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation) || !char.IsUpper(text[token.Start]))
        {
            return false;
        }

        ReadOnlySpan<char> w = text.AsSpan(token.Start, token.Length);
        return !(w.Length > 4 && IsAllCaps(w));
    }

    /// <summary>
    /// A word before a name that is no part of it: a day or a month, a function word ("The", "On", "And"), or a common
    /// word that opens the sentence ("Officials", "Shares").
    /// </summary>
    private static bool IsOpeningWord(string text, ReadOnlySpan<Token> tokens, int i)
    {
        ReadOnlySpan<char> w = text.AsSpan(tokens[i].Start, tokens[i].Length);
        return IsDayOrMonth(text, tokens, i) || w is "The" or "A" or "An" or "And" or "Or" or "But" or "Of" or "In" or "On" or "At" or "For" or "By" or "With" or "From" or "To" or "As" or "After" or "Before" or "When" or "While" or "If"
               || IsSentenceStart(text, tokens, i) && (EntityPipeline.IsNotNameWord(w) || Quotes.QuoteWords.CompanyNouns.Contains(w) || IsRelationWord(w));
    }

    /// <summary>A word for a company's relation to another that opens a sentence before its name: "Rival Pellman Brands".</summary>
    private static bool IsRelationWord(ReadOnlySpan<char> w) => w is "Rival" or "Rivals" or "Competitor" or "Parent" or "Subsidiary" or "Startup" or "Start-up";

    private static bool IsDayOrMonth(string text, ReadOnlySpan<Token> tokens, int i) =>
        EntityLexicons.Phrases.Match(text, tokens, i, EntityLexicons.Weekday) > 0 || EntityLexicons.Phrases.Match(text, tokens, i, EntityLexicons.Month) > 0;

    /// <summary>Whether token <paramref name="i"/> opens a sentence or a line: nothing before it, or a full stop, a colon or a line break.</summary>
    private static bool IsSentenceStart(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0 || text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n'))
        {
            return true;
        }

        char c = text[tokens[i - 1].End - 1];
        return tokens[i - 1].Length == 1 && c is '.' or '!' or '?' or ':' or '"' or '\u201C' or '-' || tokens[i - 1].Kind == TokenKind.Dash;
    }

    private static bool IsJoiningWord(string text, Token token) =>
        text.AsSpan(token.Start, token.Length) is "of" or "and" or "for" or "on" or "de" or "du" or "des" or "del" or "la" or "the";

    private static bool IsAmpersand(string text, Token token) => token.Length == 1 && text[token.Start] == '&';

    private static bool IsComma(string text, Token token) => token.Length == 1 && text[token.Start] == ',';

    private static bool SameLine(string text, ReadOnlySpan<Token> tokens, int j, int end) =>
        !text.AsSpan(tokens[j].End, tokens[j + 1].Start - tokens[j].End).Contains('\n');

    private static bool IsAllCaps(ReadOnlySpan<char> w) => EntityPipeline.IsAllCaps(w);

    private static (SpanSet, SpanSet, SpanSet, SpanSet) Load()
    {
        var designators = new List<string>();
        var business = new List<string>();
        var bodies = new List<string>();
        var surnameLike = new List<string>();
        foreach (string line in Resources.ReadLines("company-words.txt"))
        {
            if (line.StartsWith("designator:", StringComparison.Ordinal))
            {
                // (Capitals only for forms that are no other word in capitals: "INC", "LTD"; not "CO" (Colorado), "AG".)
                string d = line["designator:".Length..];
                designators.Add(d);
                if (d is "Inc" or "Corp" or "Ltd" or "Plc")
                {
                    designators.Add(d.ToUpperInvariant());
                }
            }
            else if (line.StartsWith("surname:", StringComparison.Ordinal))
            {
                surnameLike.Add(line["surname:".Length..]);
            }
            else if (line.StartsWith("body:", StringComparison.Ordinal))
            {
                bodies.Add(line["body:".Length..]);
            }
            else
            {
                business.Add(line);
            }
        }

        return (new SpanSet(designators.Distinct(StringComparer.Ordinal), ignoreCase: false), new SpanSet(business.Distinct(StringComparer.Ordinal), ignoreCase: false),
                new SpanSet(bodies, ignoreCase: false), new SpanSet(surnameLike, ignoreCase: false));
    }
}
