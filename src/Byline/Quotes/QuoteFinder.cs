using System.Collections.Immutable;
using Byline.Entities;
using Byline.Text;

namespace Byline.Quotes;

/// <summary>
/// One extraction over one document (not shared): pairs quotation marks, attributes direct quotes, finds reported
/// speech after cues, turns quoted fragments inside reported clauses into partial quotes, then resolves speakers.
/// Every step walks the tokens forward with bounded look-around windows, so the work is linear in the text.
/// </summary>
internal sealed class QuoteFinder
{
    private const int NoRegion = -1;
    private const int PostWindow = 20;
    private const int PreWindow = 10;

    /// <summary>Longest reported clause, in tokens: keeps the work per cue bounded on pathological input.</summary>
    private const int MaxClause = 160;

    private readonly QuoteExtractionContext _context;
    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly int[] _paragraph;
    private readonly int[] _sentence;
    private readonly int[] _region;     // index into _pairs of the pair whose marks or content hold the token
    private readonly bool[] _cueUsed;
    private readonly CueLexicon _cues;
    private readonly CancellationToken _cancellationToken;
    private List<QuoteMarkPair> _pairs = [];
    private bool[] _isFragment = [];

    public QuoteFinder(QuoteExtractionContext context, CueLexicon cues, CancellationToken cancellationToken)
    {
        _context = context;
        _text = context.Text;
        _tokens = context.Tokens;
        _cues = cues;
        _cancellationToken = cancellationToken;
        int n = _tokens.Length;
        _paragraph = new int[n];
        _sentence = new int[n];
        _region = new int[n];
        _cueUsed = new bool[n];
        IndexParagraphsAndSentences();
    }

    /// <summary>
    /// A quote found, before its speaker is resolved. <see cref="NamedStart"/>..<see cref="NamedEnd"/> is a mention elsewhere
    /// that names the speaker of a label ("A:" in an interview names the interviewee): -1 when the speaker span names itself,
    /// -2 when the label names nobody ("Q:").
    /// </summary>
    private readonly record struct Found(TextSpan Span, QuoteKind Kind, int CueStart, int CueEnd, int SpeakerStart, int SpeakerEnd,
        TextSpan[] Fragments, int AnchorToken, bool Continuation, int NamedStart = -1, int NamedEnd = -1);

    public ImmutableArray<Quote> Find()
    {
        _pairs = QuoteMarkScanner.Scan(_text, _tokens.AsSpan(), _paragraph, _cancellationToken);
        Array.Fill(_region, NoRegion);
        _isFragment = new bool[_pairs.Count];
        for (int p = 0; p < _pairs.Count; p++)
        {
            for (int i = _pairs[p].OpenToken; i <= _pairs[p].CloseToken + CloseWidth(_pairs[p].CloseToken) - 1 && i < _tokens.Length; i++)
            {
                _region[i] = p;
            }
        }

        var found = new List<Found>();
        FindDirect(found);
        _cancellationToken.ThrowIfCancellationRequested();
        FindReported(found);
        FindColonAttributions(found);
        FindInterviewAnswers(found);
        _cancellationToken.ThrowIfCancellationRequested();
        FindPartialLeftovers(found);
        found.RemoveAll(f => InEditorsNote(f.AnchorToken));
        found.Sort((a, b) => a.Span.CompareTo(b.Span));
        for (int i = 0; i < found.Count; i++)
        {
            int start = found[i].SpeakerStart;
            while (start >= 0 && start < found[i].SpeakerEnd && IsNoSpeakerStart(start))
            {
                start++; // "including handwritten ledgers" -> "handwritten ledgers"; "Following" -> none
            }

            if (start != found[i].SpeakerStart)
            {
                found[i] = start < found[i].SpeakerEnd ? found[i] with { SpeakerStart = start } : found[i] with { SpeakerStart = -1, SpeakerEnd = -1 };
            }
        }

        return new SpeakerResolver(_context, this).Resolve(found.ConvertAll(f => (f.Span, f.Kind, f.CueStart, f.CueEnd, f.SpeakerStart, f.SpeakerEnd, f.Fragments, f.Continuation, f.NamedStart, f.NamedEnd)), _cancellationToken);
    }

    /// <summary>
    /// Whether token <paramref name="i"/> sits in a one-sentence paragraph that opens with "Editor's note": the publisher's
    /// standing word to its readers, appended to every article of a series ("Editor's note: Donald Trump regularly incites
    /// political violence and ... has repeatedly pledged to ban all Muslims ..."), not the article's reporting. A longer note
    /// is a correction that reports in its own right ("Editor's Note: An article on Monday ... reported that ... . On
    /// Wednesday, however, ... Comey said that ...").
    /// </summary>
    private bool InEditorsNote(int i)
    {
        int p = i >= 0 && i < _tokens.Length ? _paragraph[i] : -1;
        if (p < 0)
        {
            return false;
        }

        while (i > 0 && _paragraph[i - 1] == p)
        {
            i--;
        }

        if (!((Is(i, "editor") || Is(i, "editors")) && IsPossessiveClitic(i + 1) && Is(i + 2, "note")))
        {
            return false;
        }

        int last = i;
        while (last + 1 < _tokens.Length && _paragraph[last + 1] == p)
        {
            last++;
        }

        return _sentence[last] == _sentence[i + 3];
    }

    /// <summary>
    /// A speaker span that opens with a preposition or a verb ("including ones", "Following", "between", "came away") is no
    /// noun phrase but a subject found through an odd clause: no speaker is better than that one.
    /// </summary>
    private bool IsNoSpeakerStart(int i)
    {
        if (_tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        // (Lower case, or capitalized only as a sentence's first word: "Al From said" names Al From.)
        return (char.IsLower(_text[_tokens[i].Start]) || SentenceStart(i) == i)
               && (QuoteWords.NotSpeakerStarts.Contains(Word(i)) || QuoteWords.IrregularPastVerbs.Contains(Word(i)));
    }

    /// <summary>Whether tokens [from, to) are one place mention (a country, city or region).</summary>
    private bool IsPlaceAt(int from, int to)
    {
        ImmutableArray<EntityMention> mentions = _context.Mentions;
        int position = _tokens[from].Start, lo = MentionSearch.StartingBefore(mentions, position);
        return lo < (mentions.IsDefault ? 0 : mentions.Length) && mentions[lo].Span.Start == position && mentions[lo].Span.End == _tokens[to - 1].End
               && (mentions[lo].Type == EntityType.Gpe || mentions[lo].Type == EntityType.Location);
    }

    /// <summary>
    /// Whether token <paramref name="i"/> lies inside an entity mention (a name, not a capitalized common word); with
    /// <paramref name="namesOnly"/>, only a person, organization, place or nationality counts.
    /// </summary>
    internal bool InMention(int i, bool namesOnly = false)
    {
        ImmutableArray<EntityMention> mentions = _context.Mentions;
        if (mentions.IsDefaultOrEmpty)
        {
            return false;
        }

        int position = _tokens[i].Start;
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int m = lo; m < mentions.Length && mentions[m].Span.Start <= position; m++)
        {
            EntityType type = mentions[m].Type;
            if (mentions[m].Span.Contains(position)
                && (!namesOnly || type == EntityType.Person || type == EntityType.Organization || type == EntityType.Gpe || type == EntityType.Nationality))
            {
                return true;
            }
        }

        return false;
    }

    // ------------------------------------------------------------------ indexing

    private void IndexParagraphsAndSentences()
    {
        ImmutableArray<TextSpan> paragraphs = _context.Paragraphs;
        ImmutableArray<Sentence> sentences = _context.Sentences;
        int p = 0, s = 0;
        for (int i = 0; i < _tokens.Length; i++)
        {
            int start = _tokens[i].Start;
            while (p < paragraphs.Length && paragraphs[p].End <= start)
            {
                p++;
            }

            while (s < sentences.Length && sentences[s].EndToken <= i)
            {
                s++;
            }

            _sentence[i] = s < sentences.Length && sentences[s].FirstToken <= i ? s : -1 - i;
            // Tokens outside every paragraph (a headline) group by sentence.
            _paragraph[i] = p < paragraphs.Length && paragraphs[p].Start <= start ? p : -1 - Math.Max(0, s);
        }
    }

    /// <summary>The text of token <paramref name="i"/>; empty outside the text, so a look past a sentence's edge reads nothing.</summary>
    internal ReadOnlySpan<char> Word(int i) => (uint)i < (uint)_tokens.Length ? _text.AsSpan(_tokens[i].Start, _tokens[i].Length) : default;

    internal Token TokenAt(int i) => _tokens[i];

    internal int TokenCount => _tokens.Length;

    /// <summary>Whether token <paramref name="i"/> opens its sentence (its capital letter says nothing of a name).</summary>
    internal bool OpensSentence(int i) => _sentence[i] >= 0 && SentenceStart(i) == i;

    internal int ParagraphOf(int i) => _paragraph[i];

    internal bool Is(int i, string word) => i >= 0 && i < _tokens.Length && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsPunct(int i, char c) => i >= 0 && i < _tokens.Length && _tokens[i].Kind is TokenKind.Punctuation or TokenKind.Dash
        && _tokens[i].Length >= 1 && _text[_tokens[i].Start] == c;

    private bool IsWordToken(int i) => i >= 0 && i < _tokens.Length && _tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number;

    internal bool IsCapitalized(int i) => i >= 0 && i < _tokens.Length && _tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation
        && char.IsUpper(_text[_tokens[i].Start]);

    private bool IsTerminator(int i) => _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] is '.' or '!' or '?' or ';';

    private bool IsLyAdverb(int i) => _tokens[i].Kind == TokenKind.Word && _tokens[i].Length > 4 && char.IsLower(_text[_tokens[i].Start])
        && Word(i).EndsWith("ly", StringComparison.Ordinal) && !QuoteWords.LyNouns.Contains(Word(i));

    private int CloseWidth(int closeToken) =>
        closeToken + 1 < _tokens.Length && _tokens[closeToken + 1].Kind == TokenKind.Quote && _tokens[closeToken + 1].Start == _tokens[closeToken].End
        && _text[_tokens[closeToken].Start] is '\'' or '’' && _text[_tokens[closeToken + 1].Start] == _text[_tokens[closeToken].Start] ? 2 : 1;

    internal int SentenceStart(int i)
    {
        int s = _sentence[i];
        return s >= 0 ? _context.Sentences[s].FirstToken : i;
    }

    private int SentenceEnd(int i)
    {
        int s = _sentence[i];
        return s >= 0 ? _context.Sentences[s].EndToken : i + 1;
    }

    /// <summary>The cue at token <paramref name="i"/>: its length in tokens (0 when none) and flags.</summary>
    private int CueAt(int i, int end, out CueFlags flags)
    {
        flags = CueFlags.None;
        if (i < 0 || i >= end || _tokens[i].Kind != TokenKind.Word)
        {
            return 0;
        }

        int n = _cues.Phrase(_text, _tokens.AsSpan(), i, end, out string[]? phrase);
        if (n > 0)
        {
            // "in a statement" and the like are adjuncts, not cues on their own.
            if (phrase![0].Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }

            flags = _cues.PhraseFlags(phrase) | CueFlags.Verb;
            return n;
        }

        flags = _cues.Word(Word(i));
        // "Manchester Crown Court heard", "The inquest heard that ...", "Magistrates heard": what a court heard is reported
        // speech of the British court report; anyone else's hearing is not.
        if (flags != CueFlags.None && IsHeardOutsideCourt(i))
        {
            flags = CueFlags.None;
            return 0;
        }

        // "Clinton plans to call on ...", "he still plans to back ...", "the campaign plans to ...": the verb; "scrapped plans to
        // attend", "expansive plans to address", "the tax cut plans are ...": the noun.
        if (flags != CueFlags.None && Is(i, "plans")
            && !(Is(i + 1, "to") && i + 2 < end && _tokens[i + 2].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i + 2].Start])
                 && i > 0 && (IsCapitalizedName(i - 1) && !QuoteWords.Determiners.Contains(Word(i - 1)) && !QuoteWords.CapitalizedNonNames.Contains(Word(i - 1))
                              && (!OpensSentence(i - 1) || InMention(i - 1)) // ("Early plans to ...")
                              || IsSubjectPronoun(i - 1) || Is(i - 1, "still") || Is(i - 1, "also") || Is(i - 1, "now") || Is(i - 1, "reportedly")
                              || Is(i - 1, "campaign") || QuoteWords.Roles.Contains(Word(i - 1)))))
        {
            flags = CueFlags.None;
            return 0;
        }

        // "Said" inside a sentence is a name or a title; a headline's "Obama Says ..." is a cue.
        // ("the United States are ...": a headline goes on in capitals, a name in running text does not.)
        bool headlineVerb = i > 0 && IsCapitalized(i - 1) && Word(i).Length > 3 && _text[_tokens[i].End - 1] == 's'
                            && !(i + 1 < end && _tokens[i + 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i + 1].Start]));
        if (flags == CueFlags.None || char.IsUpper(_text[_tokens[i].Start]) && _sentence[i] >= 0 && SentenceStart(i) != i && !headlineVerb)
        {
            flags = CueFlags.None; // "Said" inside a sentence is a name or a title
            return 0;
        }

        // "Kaduna state governor Uba Sani", "state media", "state television": a noun before a noun. (The verb takes a clause
        // or an object: "state that ...", "state their case", "state clearly".)
        if (Is(i, "state") && i + 1 < end && _tokens[i + 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i + 1].Start])
            && !QuoteWords.Determiners.Contains(Word(i + 1)) && !QuoteWords.PersonalPronouns.Contains(Word(i + 1))
            && !QuoteWords.ObjectPronouns.Contains(Word(i + 1)) && !Is(i + 1, "that") && !IsLyAdverb(i + 1)
            && !QuoteWords.WhWords.Contains(Word(i + 1)) && !QuoteWords.SpeakerObjectPrepositions.Contains(Word(i + 1))
            && !QuoteWords.Subordinators.Contains(Word(i + 1)) && !Is(i + 1, "and") && !Is(i + 1, "but") && !Is(i + 1, "by"))
        {
            flags = CueFlags.None;
            return 0;
        }

        // ", beating analyst estimates", ", topping Wall Street forecasts": the object of a participle that opens the phrase.
        if (Word(i).EndsWith("s", StringComparison.Ordinal) && !Is(i, "says") && i >= 3)
        {
            int v = IsCapitalized(i - 1) && IsCapitalized(i - 2) ? i - 3 : i - 2;
            if (v >= 1 && _tokens[v].Kind == TokenKind.Word && char.IsLower(_text[_tokens[v].Start]) && Word(v).EndsWith("ing", StringComparison.Ordinal)
                && IsPunct(v - 1, ',') && _tokens[v + 1].Kind == TokenKind.Word && !QuoteWords.Determiners.Contains(Word(v + 1)))
            {
                flags = CueFlags.None;
                return 0;
            }
        }

        return 1;
    }

    // ------------------------------------------------------------------ noun phrases

    /// <summary>The speaker noun phrase that ends right before <paramref name="cue"/> (skipping auxiliaries and adverbs).</summary>
    private bool SubjectBefore(int cue, int lower, out int start, out int end)
    {
        start = end = -1;
        int j = cue - 1;
        // "A woman who lives nearby said", "Residents whose homes flooded said", "The firefighter who pulled the girl out said":
        // a relative clause between the subject and its verb; the subject is the noun phrase before the pronoun.
        if (j >= lower && RelativePronounBefore(j, lower) is int rel and >= 0)
        {
            // "Those who attended said", "27 percent of those who named a candidate said", "Many of those who voted said".
            if (Is(rel - 1, "those"))
            {
                start = rel - 1;
                if (rel - 3 >= lower && Is(rel - 2, "of"))
                {
                    if (QuoteWords.PronounLikeDeterminers.Contains(Word(rel - 3)) || QuoteWords.NumberWords.Contains(Word(rel - 3)))
                    {
                        start = rel - 3; // "Many of those", "half of those"
                    }
                    else if (NounPhraseBefore(rel - 3, lower, out int quantity, out _) && (Is(rel - 3, "percent") || IsCount(quantity)))
                    {
                        start = quantity; // "27 percent of those"
                    }
                }

                end = rel;
                return true;
            }

            if (NounPhraseBefore(rel - 1, lower, out start, out end) && !QuoteWords.PersonalPronouns.Contains(Word(start)))
            {
                // ("A senior official involved in the negotiations who spoke to reporters said": the one the participle
                // describes, not its phrase's object.)
                if (DescribedByParticiple(start, lower) is (int described, int describedEnd))
                {
                    (start, end) = (described, describedEnd);
                    return true;
                }

                end = rel;
                return true;
            }
        }

        // "OPEC+ said", "Disney+ said": a name that ends in a plus sign.
        if (j - 1 >= lower && _tokens[j].Length == 1 && _text[_tokens[j].Start] == '+' && _tokens[j].Start == _tokens[j - 1].End
            && IsCapitalized(j - 1) && NounPhraseBefore(j - 1, lower, out start, out end))
        {
            end = j + 1;
            return true;
        }

        // "Fury mocked Usyk, prompting Usyk to reply: ...", "urged him to say ...", "prompting Usyk to smile and reply": the one
        // prompted speaks.
        int to = Is(j, "and") && Is(j - 2, "to") && j - 1 >= lower && char.IsLower(_text[_tokens[j - 1].Start]) ? j - 2 : j;
        if (to - 2 >= lower && Is(to, "to") && NounPhraseBefore(to - 1, lower, out start, out end))
        {
            for (int v = start; v < end - 1; v++)
            {
                if (QuoteWords.PromptingVerbs.Contains(Word(v)))
                {
                    start = v + 1; // (the noun phrase read back from "to" runs over the verb: "prompting Usyk")
                    return true;
                }
            }

            if (start - 1 >= lower && QuoteWords.PromptingVerbs.Contains(Word(start - 1)))
            {
                return true;
            }

            start = end = -1;
        }

        // "The nominee continues to insist that ...", "Clinton has tried to argue that ...": the subject of the verb the
        // infinitive completes.
        // ("Trump's supporters continue to show signs of greater enthusiasm": "show" of people is no report.)
        if (j - 1 > lower && Is(j, "to") && IsCatenativeVerb(j - 1) && !Is(cue, "show"))
        {
            j -= 2;
            if (j > lower && (Is(j, "has") || Is(j, "have") || Is(j, "had")))
            {
                j--;
            }
        }

        if (j < lower || Is(j, "to") || j - 1 >= lower && CannotBeSubjectOfBareVerb(j - 1, j, cue))
        {
            return false; // ("on a morning show, ...": a noun, not a verb after an occasion phrase)
        }

        int guard = 0;
        bool placeAdverb = false;
        bool skippedDay = false;
        while (j >= lower && guard++ < 8)
        {
            if (_tokens[j].Kind is TokenKind.Word or TokenKind.Clitic && (QuoteWords.BetweenSubjectAndVerb.Contains(Word(j)) || IsLyAdverb(j))
                && !IsCapitalizedName(j))
            {
                placeAdverb |= Is(j, "here") || Is(j, "there");
                skippedDay |= QuoteWords.DayAndMonthNames.Contains(Word(j));

                j--;
                continue;
            }

            // "critics have in particular noted", "PACs have in fact reported": a two-word adverb between the subject and its verb.
            if (j - 1 >= lower && IsTwoWordAdverb(j - 1))
            {
                j -= 2;
                continue;
            }

            // "Trump at the time said", "who has in the past described", "Bush in a Medium post said": a phrase of time or
            // occasion between the subject and its verb.
            int pp = OccasionPhraseStart(j, lower);
            if (pp > lower)
            {
                j = pp - 1;
                continue;
            }

            break;
        }

        // "Clark said Brooks had begun making calls ... but said ...", "he helped broker a truce and decided to ...": the
        // second verb of a coordinated predicate shares the clause's subject.
        // ("The employee first denied it, but in a later interview said ...": after a comma, when only an occasion stands between.)
        if (j > lower && (Is(j, "and") || Is(j, "but")) && (!IsPunct(j - 1, ',') || j < cue - 1 && OccasionPhraseStart(cue - 1, lower) == j + 1))
        {
            // "demonstrators, who have taken to the streets and called for ...": inside a relative clause, its pronoun.
            for (int m = j - 1; m > lower && m > j - 20 && !IsTerminator(m) && _tokens[m].Kind != TokenKind.Quote; m--)
            {
                if ((Is(m, "who") || Is(m, "which")) && IsPunct(m - 1, ','))
                {
                    (start, end) = (m, m + 1);
                    return true;
                }

                if (IsPunct(m, ','))
                {
                    break;
                }
            }

            if (Is(j, "and") && SubordinateClauseSubject(j, lower, out start, out end))
            {
                return true;
            }

            if (ClauseSubject(Math.Max(lower, SentenceStart(j)), j, out start, out end, out int firstVerb) && firstVerb < j - 1)
            {
                return true;
            }
        }

        if (j >= lower && IsPunct(j, ')'))
        {
            int k = j - 1;
            while (k >= lower && k > j - 8 && !IsPunct(k, '('))
            {
                k--;
            }

            if (k >= lower && IsPunct(k, '('))
            {
                j = k - 1;
            }
        }

        if (j >= lower && _tokens[j].Kind == TokenKind.Dash && j > 0 && _tokens[j].Start > _tokens[j - 1].End)
        {
            // "Many speakers at the service — including pastors and imams — said": past the aside set off by dashes.
            int k = j - 1;
            while (k >= lower && k > j - 20 && _tokens[k].Kind != TokenKind.Dash && _tokens[k].Kind != TokenKind.Quote && !IsTerminator(k))
            {
                k--;
            }

            if (k > lower && _tokens[k].Kind == TokenKind.Dash && _text[_tokens[k].Start] == _text[_tokens[j].Start] && IsWordToken(k - 1))
            {
                j = k - 1;
            }
        }

        if (j < lower || placeAdverb && j - 1 >= lower && QuoteWords.RelativeStarts.Contains(Word(j - 1)))
        {
            return false; // ("Residents who live there said": "there" closes a relative clause, not the subject)
        }

        if (skippedDay && j - 1 >= lower && _tokens[j].Kind == TokenKind.Word && char.IsLower(_text[_tokens[j].Start])
            && Word(j).EndsWith("ed", StringComparison.Ordinal) && IsWordToken(j - 1) && !QuoteWords.NounPhraseStops.Contains(Word(j - 1)))
        {
            j--; // "an audit released Monday showed": the participle and its day describe the noun before them
        }

        // ("the Chicago Police Department which reported ...": "which" right after a name opens its relative clause too.)
        if ((QuoteWords.PersonalPronouns.Contains(Word(j)) || Is(j, "who")
             || Is(j, "which") && j > 0 && (IsPunct(j - 1, ',') || _tokens[j - 1].Kind == TokenKind.Dash || IsCapitalizedName(j - 1) && j - 1 > lower))
            && _tokens[j].Kind == TokenKind.Word)
        {
            start = j;
            end = j + 1;
            return true;
        }

        // "42% say ...", "one in five said ...": a share of people.
        if (j == cue - 1 && _tokens[j].Kind == TokenKind.Number && Word(j).EndsWith("%", StringComparison.Ordinal))
        {
            start = j;
            end = j + 1;
            return true;
        }

        if (j == cue - 1 && j - 2 >= lower && IsCount(j) && (Is(j - 1, "in") || Is(j - 1, "of")) && IsCount(j - 2))
        {
            start = j - 2;
            end = j + 1;
            // ("more than 4 in 10 said", "nearly six in 10 say": the approximation belongs to the share.)
            if (start - 2 >= lower && Is(start - 1, "than") && (Is(start - 2, "more") || Is(start - 2, "fewer") || Is(start - 2, "less")))
            {
                start -= 2;
            }
            else if (start - 1 >= lower && (Is(start - 1, "nearly") || Is(start - 1, "almost") || Is(start - 1, "about") || Is(start - 1, "roughly") || Is(start - 1, "over")))
            {
                start--;
            }

            return true;
        }

        // "Joe Scarborough, host of MSNBC's "Morning Joe," said": the comma that closes the appositive sits inside the title's marks.
        // ("Mr. Manafort, citing "the unique magic of Trump," said": or a participle's quoted object inside the aside.)
        if (j - 1 > lower && IsClosingAfterComma(j) && (IsTitleCase(_pairs[_region[j]].OpenToken + 1, j) || IsNoOnesWords(_region[j])
                                                        || _isFragment[_region[j]] && IsObjectOfAsideParticiple(_pairs[_region[j]].OpenToken)))
        {
            j--;
        }

        if (IsPunct(j, ','))
        {
            // Appositive or relative clause: "Erin Walsh, a department spokeswoman, said" -> "Erin Walsh".
            int k = PreviousComma(j, lower);

            if (k >= lower && IsPunct(k, ',') && k + 1 < j && (Is(k + 1, "and") || Is(k + 1, "but") || Is(k + 1, "or") || Is(k + 1, "so")))
            {
                return false; // "..., and the meeting deteriorated from there, said one source": a clause, not a description
            }

            // "Sen. Marco Rubio, R-Fla., said", "a truck driver from Ava, Mo., said": a state or party label belongs to the
            // words before its comma.
            if (k >= lower && IsPunct(k, ',') && IsStateLabel(k + 1, j))
            {
                int p = PreviousComma(k, lower);

                if (p < lower || !IsPunct(p, ','))
                {
                    if (!(k - 1 >= lower && NounPhraseBefore(k - 1, lower, out start, out end)))
                    {
                        return false;
                    }

                    // "A teacher from Seattle, Wash., said": the place is the object of the description's preposition.
                    if (start - 2 >= lower && QuoteWords.SubjectPrepositions.Contains(Word(start - 1)) && IsWordToken(start - 2)
                        && NounPhraseBefore(start - 2, lower, out int described, out _) && !QuoteWords.PersonalPronouns.Contains(Word(described)))
                    {
                        start = AntecedentOfRelative(described, lower); // "Voters who live in Burlington, Vt., said": the voters
                    }

                    return true;
                }

                (j, k) = (k, p);
            }

            // "Roper, 52, of Linden Road, Harwich, denied": a town after an address "of" or "from" ends the address; it is no
            // name inside the commas.
            if (k > lower && IsPunct(k, ',') && k + 1 < j && IsProperNameRun(k + 1, j) && PreviousComma(k, lower) is int address
                && address >= lower && IsPunct(address, ',') && (Is(address + 1, "of") || Is(address + 1, "from")) && address + 2 < k)
            {
                (j, k) = (k, address);
            }

            // "A department spokeswoman, Erin Walsh, said": the name inside the commas, after a lower-case word of its title
            // ("The law's sponsor, state Sen. Rita Coombs, said", "former Gov. ...").
            int named = k + 1;
            while (named < j - 1 && IsWordToken(named) && !IsCapitalized(named) && QuoteWords.NameTitles.Contains(Word(named)))
            {
                named++;
            }

            // ("Dunmore's goalscorer, the 19-year-old Kieran Walsh, said", "The goalscorer, midfielder Kieran Walsh, said": an
            // article, an age, a role before the name.)
            if (named < j && !IsProperNameRun(named, j))
            {
                named = k + 1;
                bool article = QuoteWords.Articles.Contains(Word(named)) && !IsCapitalized(named);
                int m = article ? named + 1 : named;
                while (m < j - 1 && m < named + 5 && !IsCapitalized(m)
                       && (QuoteWords.AgeIn(Word(m)) is not null || IsWordToken(m) && (QuoteWords.Roles.Contains(Word(m)) || QuoteWords.NameTitles.Contains(Word(m))
                                                                   || Word(m) is "former" or "longtime" or "veteran" or "retired" or "young")))
                {
                    m++;
                }

                // (A name of two words at least, not an acronym: "Priorities USA, a pro-Clinton super PAC, emailed".)
                named = m > named && (!article || m > named + 1) && j - m >= 2 && IsProperNameRun(m, j) && !EntityPipeline.IsAllCaps(Word(j - 1)) ? m : j;

                // ("The state's top election official, Secretary of State Owen Marchbanks, warned": a capitalized title with "of"
                // before the name; the name opens with a known first name.)
                if (named == j)
                {
                    for (int f = j - 2; f > k + 1 && f >= j - 4; f--)
                    {
                        if (IsCapitalized(f) && FirstNameGenders.Of(Word(f)) != '\0' && IsProperNameRun(f, j) && QuoteWords.NameTitles.Contains(Word(f - 1))
                            && OnlyTitleWords(k + 1, f))
                        {
                            named = f;
                            break;
                        }
                    }
                }
            }

            if (k >= lower && IsPunct(k, ',') && named < j && IsProperNameRun(named, j))
            {
                start = named;
                end = j;
                return true;
            }

            // "The lead author, Professor James Kerr of the University of Edinburgh, said": the name, then where it is from.
            if (k >= lower && IsPunct(k, ',') && k + 1 < j && !IsCapitalized(k - 1) && NameBeforeAffiliation(k + 1, j) is int nameEnd and > 0)
            {
                start = k + 1;
                end = nameEnd;
                return true;
            }

            // "Schiff, 56, who has served on the committee for a decade, told ...", "Rep. Meeks (D-N.Y.), chairman of the
            // caucus, said ...": past an age or a party label, up to two more commas back.
            for (int hop = 0; hop < 3 && k >= lower && IsPunct(k, ','); hop++)
            {
                int h = k - 1;
                if (h - 1 > lower && IsPunct(h - 1, ',') && IsStateLabel(h, k))
                {
                    // "..., R-Fla., appearing on Fox News, said", "a truck driver from Ava, Mo., who ..., said": past the
                    // label, to the name before it or, inside a description, to the comma that opens the description.
                    int c = h - 1, p = PreviousComma(c, lower);

                    if (p >= lower && IsPunct(p, ',') && !IsProperNameRun(p + 1, c))
                    {
                        k = p;
                        continue;
                    }

                    h = c - 1;
                }
                if (h >= lower && IsPunct(h, ')'))
                {
                    while (h >= lower && h > k - 8 && !IsPunct(h, '('))
                    {
                        h--;
                    }

                    h--;
                }

                if (h >= lower && _tokens[h].Kind != TokenKind.Number && NounPhraseBefore(h, lower, out start, out end))
                {
                    // "Lisa Moreno, who manages a shop in Lakewood, which was robbed, said": before a relative clause, a noun
                    // phrase inside the description before it (after "in", "at") is no subject; the name before that is.
                    bool relativeAfter = Is(k + 1, "which") || Is(k + 1, "who") || Is(k + 1, "where") || Is(k + 1, "whose");
                    if (!(relativeAfter && start > lower && _tokens[start - 1].Kind == TokenKind.Word && QuoteWords.SubjectPrepositions.Contains(Word(start - 1))
                          && PreviousComma(start, lower) is int outer && outer >= lower && IsPunct(outer, ',')))
                    {
                        // "A teacher from Lviv, speaking through an interpreter, said": the place is the object of the
                        // subject's preposition; the teacher speaks.
                        if (start - 2 >= lower && _tokens[start - 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[start - 1].Start])
                            && Is(start - 1, "from") && !IsCapitalized(start - 2) && !IsPossessiveClitic(start - 2)
                            && NounPhraseBefore(start - 2, lower, out int described, out _) && QuoteWords.Articles.Contains(Word(described)))
                        {
                            start = described;
                        }

                        // "A senior official involved in the negotiations, who spoke on condition of anonymity, said", "Residents
                        // living near the plant, who ..., said": the one the participle describes, not its phrase's object.
                        else if (DescribedByParticiple(start, lower) is (int participant, int participantEnd))
                        {
                            (start, end) = (participant, participantEnd);
                        }

                        // "Professor Thandi Nkosi of the University of the Witwatersrand, the trial's principal investigator,
                        // noted": the person, not the institution after "of" or "at".
                        int s0 = Math.Max(lower, SentenceStart(start));
                        if (start - 2 >= s0 && (Is(start - 1, "of") || Is(start - 1, "at")) && char.IsLower(_text[_tokens[start - 1].Start])
                            && NameBeforeAffiliation(s0, end) is int nameEnd2 and > 0 && OnlyNameWords(nameEnd2 + 1, start))
                        {
                            (start, end) = (s0, nameEnd2);
                        }

                        // "Ruth Castellanos, author of The Rent Trap, a best-selling book, said", "Jo Lee, the head of Acme, a
                        // lobbying firm, said": the object of a description's "of" is not its subject; the name before is.
                        else if (start - 2 > lower && Is(start - 1, "of") && char.IsLower(_text[_tokens[start - 1].Start]) && IsWordToken(start - 2)
                                 && PreviousComma(start - 1, lower) is int describedAt && describedAt > lower && IsPunct(describedAt, ',')
                                 && IsWordToken(describedAt - 1) && IsCapitalized(describedAt - 1)
                                 && NounPhraseBefore(describedAt - 1, lower, out int nameStart, out int nameEnd3) && IsProperNameRun(nameStart, nameEnd3))
                        {
                            (start, end) = (nameStart, nameEnd3);
                        }

                        return true;
                    }

                    k = outer;
                    continue;
                }

                if (h < lower || _tokens[h].Kind != TokenKind.Number && !IsLongAppositiveEnd(h))
                {
                    break;
                }

                k = PreviousComma(h, lower);
            }

            start = end = -1;
            return false;
        }

        // "Some say ...", "while others say ...", "Many said ...": a determiner standing alone as the subject.
        if (j == cue - 1 && QuoteWords.PronounLikeDeterminers.Contains(Word(j)) && (j == lower || !IsWordToken(j - 1) || QuoteWords.NounPhraseStops.Contains(Word(j - 1))))
        {
            start = j;
            end = j + 1;
            return true;
        }

        // "the 34-year-old mother of three replied": a count after "of" completes the noun before it.
        if (j - 2 >= lower && Is(j - 1, "of") && (IsCount(j) || QuoteWords.NumberWords.Contains(Word(j))) && IsWordToken(j - 2) && !IsCount(j - 2))
        {
            if (NounPhraseBefore(j - 2, lower, out start, out _))
            {
                end = j + 1;
                return true;
            }
        }

        if (!NounPhraseBefore(j, lower, out start, out end))
        {
            return false;
        }

        if (CannotBeSubjectOfBareVerb(start, j, cue))
        {
            return false;
        }

        // "pilloried for making dubious medical claims on-air": a phrase that a gerund opens after "for", "by", "from", ... is the
        // gerund's object, and the cue word a noun in it; nobody's subject. (Not "a survey of leading Republican operatives".)
        if (start - 1 >= lower && start < j && char.IsLower(_text[_tokens[start].Start]) && Word(start).EndsWith("ing", StringComparison.Ordinal)
            && !QuoteWords.ParticiplePrepositions.Contains(Word(start)) && _tokens[start - 1].Kind == TokenKind.Word
            && QuoteWords.GerundPrepositions.Contains(Word(start - 1)) && char.IsLower(_text[_tokens[start + 1].Start]))
        {
            return false;
        }

        // ("GOP insiders across the four states said": the article before a count belongs to the phrase.)
        // ("insiders in the next two states said": with "next", "last", "other" or "first" between.)
        if (start - 1 >= lower && Is(start - 1, "the") && QuoteWords.NumberWords.Contains(Word(start)))
        {
            start--;
        }
        else if (start - 2 >= lower && Is(start - 2, "the") && (Is(start - 1, "next") || Is(start - 1, "last") || Is(start - 1, "other") || Is(start - 1, "first"))
                 && QuoteWords.NumberWords.Contains(Word(start)))
        {
            start -= 2;
        }

        // "Protesters marching through the streets chanted ...", "the 34-year-old mother of three replied": a noun phrase after
        // a preposition is its object; the subject is the noun phrase the prepositional phrase (and a participle) describes.
        // ("a source close to him said", "people close to Clinton say", "advisers to Mr. Obama say".)
        if (start - 2 >= lower && _tokens[start - 1].Kind == TokenKind.Word
            && (QuoteWords.SubjectPrepositions.Contains(Word(start - 1))
                || Is(start - 1, "to") && (Is(start - 2, "close") && start - 3 >= lower || IsRoleWord(start - 2)))
            && !IsCapitalized(start - 1) && !(Is(start - 1, "of") && IsCapitalized(start)) && !Is(start - 2, "aside") && !Is(start - 2, "apart"))
        {
            int head = start - 2;
            if (_tokens[head].Kind == TokenKind.Word && char.IsLower(_text[_tokens[head].Start])
                && (Word(head).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || Word(head).EndsWith("ed", StringComparison.Ordinal) && head - 1 >= lower
                    && _tokens[head - 1].Kind == TokenKind.Word && !IsLikelyVerb(head - 1) && !QuoteWords.BetweenSubjectAndVerb.Contains(Word(head - 1))
                    && !QuoteWords.PersonalPronouns.Contains(Word(head - 1)) && !QuoteWords.RelativeStarts.Contains(Word(head - 1))
                    && !QuoteWords.NounPhraseStops.Contains(Word(head - 1))))
            {
                head--; // "marching", "accused" ("A former nurse accused of stealing drugs told ...")
            }
            else if (head - 2 >= lower && Is(head - 1, "not") && _tokens[head].Kind == TokenKind.Word && char.IsLower(_text[_tokens[head].Start])
                     && Word(head).EndsWith("ed", StringComparison.Ordinal))
            {
                head -= 2; // "Researchers not involved in the study said": past the participle and its "not"
            }

            if (head >= lower && NounPhraseBefore(head, lower, out int s2, out _) && !QuoteWords.PersonalPronouns.Contains(Word(s2)))
            {
                // ("A former administrator accused of embezzling $1.2 million from a charity pleaded": past the gerund's phrase.)
                int s5 = -1, e5 = -1;
                bool gerundPhrase = char.IsLower(_text[_tokens[s2].Start]) && Word(s2).EndsWith("ing", StringComparison.Ordinal)
                                    && ParticipleChainBefore(s2, lower) is int gerundOf and >= 0 && NounPhraseBefore(gerundOf, lower, out s5, out e5)
                                    && !QuoteWords.PersonalPronouns.Contains(Word(s5));
                if (gerundPhrase)
                {
                    (start, end) = (s5, e5);
                }
                else
                {
                    start = AntecedentOfRelative(s2, lower); // ("Voters who live in Burlington said": the voters)
                }

                // "Analysts at Dr. Weber & Co. in Frankfurt estimated", "Officials at the Pentagon in Washington said": a second
                // prepositional phrase describes the first's object.
                // ("The senators from districts outside the metro area said": a plural of people before the first phrase.)
                for (int hop = 0; hop < 2 && !gerundPhrase && start - 2 >= lower && _tokens[start - 1].Kind == TokenKind.Word
                                  && QuoteWords.SubjectPrepositions.Contains(Word(start - 1))
                                  && (IsCapitalized(start) || QuoteWords.Articles.Contains(Word(start))
                                      || IsWordToken(start - 2) && char.IsLower(_text[_tokens[start - 2].Start])
                                         && (IsRoleWord(start - 2) || Word(start - 2).EndsWith("s", StringComparison.Ordinal) || Is(start - 2, "people")))
                                  && !(Is(start - 1, "of") && IsCapitalized(start - 2))
                                  && NounPhraseBefore(start - 2, lower, out int s3, out _) && !QuoteWords.PersonalPronouns.Contains(Word(s3))
                                  && (!IsCapitalized(start - 2) || IsRoleWord(start - 2) || SentenceStart(start - 2) == start - 2); hop++)
                {
                    start = s3;
                }
            }
            else if (head == start - 2 && Is(start - 1, "of") && QuoteWords.PronounLikeDeterminers.Contains(Word(head)) && _tokens[head].Kind == TokenKind.Word)
            {
                start = head; // "one of the former prosecutors said", "many of his supporters say"

                // "A relative of one of the victims told": the relative.
                if (head - 2 >= lower && Is(head - 1, "of") && _tokens[head - 2].Kind == TokenKind.Word && char.IsLower(_text[_tokens[head - 2].Start])
                    && NounPhraseBefore(head - 2, lower, out int s5, out int e5) && QuoteWords.Determiners.Contains(Word(s5)) && s5 < head - 2)
                {
                    (start, end) = (s5, e5);
                }
            }
        }
        else if (start - 2 >= lower && Is(start - 1, "of") && IsCapitalized(start) && char.IsLower(_text[_tokens[start - 1].Start])
                 && NounPhraseBefore(start - 2, lower, out int owner, out int ownerEnd) && !QuoteWords.PersonalPronouns.Contains(Word(owner))
                 && (IsProperNameRun(owner, ownerEnd) || IsRoleWord(start - 2)))
        {
            (start, end) = (owner, ownerEnd); // "Ana Ruiz of Jefferies said", "The mayor of London said": the person, not where from
        }
        else if (ParticipleChainBefore(start, lower) is int described and >= 0 && NounPhraseBefore(described, lower, out int s4, out int e4)
                 && !QuoteWords.PersonalPronouns.Contains(Word(s4)))
        {
            // "A man accused of killing his wife told ...", "The lawyer representing the Smith family said": the one described, not
            // the participle's object (whose name would stand for the speaker).
            (start, end) = (s4, e4);
        }

        // "Even Republicans who have praised his candidacy warned ...": the object of a relative clause's verb is not the subject.
        start = AntecedentOfRelativeObject(start, lower);

        // "A woman who was attacked while jogging in Cedar Park says ...": a noun phrase deep in a relative clause (only words
        // between its "who" and the verb) is no subject; the clause's antecedent is.
        if (start > lower && WhoBefore(start, lower) is int who and >= 0 && NounPhraseBeforePronoun(who, lower) is int antecedent and >= 0)
        {
            (start, end) = (antecedent, who);
        }

        // ("a wide array of economists say": a plural head before the verb agrees with it whatever the determiner.)
        if (!Word(j).EndsWith("s", StringComparison.OrdinalIgnoreCase) && CannotBeSubjectOfBareVerb(start, j, cue))
        {
            return false;
        }

        // "..., teachers and union officials told POLITICO.", "Trump and Clinton said ...": two noun phrases joined by "and" at
        // the start of their clause are one subject.
        // ("the Organization for Economic Cooperation and Development says": "and" inside a name, wherever the clause starts.)
        if (start - 2 >= lower && Is(start - 1, "and") && NounPhraseBefore(start - 2, lower, out int c0, out _) && c0 < start - 1
            && (c0 == SentenceStart(c0) || c0 - 1 >= lower && IsPunct(c0 - 1, ',') || IsCapitalized(start) && IsCapitalized(start - 2))
            && !QuoteWords.ObjectPronouns.Contains(Word(c0)))
        {
            start = c0;
        }

        return true;
    }

    /// <summary>
    /// The "who" or "whose" that opens a relative clause ending at <paramref name="j"/> (no comma before it, only words
    /// in it), or -1.
    /// </summary>
    private int RelativePronounBefore(int j, int lower)
    {
        for (int m = j; m > lower && m >= j - 12; m--)
        {
            if (!IsWordToken(m) && _tokens[m].Kind != TokenKind.Clitic)
            {
                return -1;
            }

            if ((Is(m, "who") || Is(m, "whose")) && char.IsLower(_text[_tokens[m].Start]))
            {
                // ("a bully who has repeatedly pledged to ...": with only auxiliaries and adverbs after it, the pronoun is the subject.)
                bool ownVerb = false;
                for (int v = m + 1; v <= j && !ownVerb; v++)
                {
                    ownVerb = !QuoteWords.BetweenSubjectAndVerb.Contains(Word(v)) && !IsLyAdverb(v);
                }

                return ownVerb && IsWordToken(m - 1) && (!QuoteWords.NounPhraseStops.Contains(Word(m - 1)) || Is(m - 1, "those")) ? m : -1;
            }

            // ("the congressman who gained attention in 2009 when he yelled": a clause of its own before the verb.)
            if (IsSubjectPronoun(m) || QuoteWords.Subordinators.Contains(Word(m)) || Is(m, "that") || Is(m, "and") || Is(m, "but") || Is(m, "or"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The main clause's verb of saying ("said", "says", "told") after a relative clause on its subject, within twelve words before any comma; else -1.</summary>
    private int MainSayingVerbAfter(int from, int b)
    {
        for (int m = from; m < b && m < from + 12; m++)
        {
            if (!IsWordToken(m) && _tokens[m].Kind != TokenKind.Clitic)
            {
                return -1;
            }

            if (IsCoreSayingVerb(m))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// "a Donald Trump tweet attacking ...", "on a morning show, ...": a noun phrase under a singular determiner, right before a
    /// bare verb form, is not its subject (the "verb" is the phrase's noun); "a mere 9 percent say ..." is a share of people.
    /// </summary>
    private bool CannotBeSubjectOfBareVerb(int start, int head, int cue)
    {
        // ("The Toronto show sold out": after "the", one singular name is a modifier of the noun the cue word is.)
        bool theName = (Is(start, "the") && head == start + 1 || start > 0 && Is(start - 1, "the") && head == start)
                       && IsCapitalized(head) && !Word(head).EndsWith("s", StringComparison.Ordinal);
        if (head != cue - 1 || Is(head, "percent") || !QuoteWords.SingularDeterminers.Contains(Word(start)) && !theName)
        {
            return false;
        }

        ReadOnlySpan<char> verb = Word(cue);
        return !(verb.EndsWith("s", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                 || verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || _cues.Word(verb) == CueFlags.None
                 || QuoteWords.IrregularPastVerbs.Contains(verb)); // "A study found that ...", "a source told ..."
    }

    /// <summary>
    /// The nearest run of two or more capitalized words before <paramref name="before"/> (a person's name, likely),
    /// looking back at most <paramref name="limit"/> tokens; with <paramref name="surname"/>, only runs ending in it.
    /// </summary>
    internal bool NameBefore(int before, int limit, ReadOnlySpan<char> surname, out int start, out int end)
    {
        start = end = -1;
        int i = before - 1;
        int stop = Math.Max(0, before - limit);
        while (i >= stop)
        {
            if (!IsCapitalized(i))
            {
                i--;
                continue;
            }

            int e = i + 1, s = i;
            while (s - 1 >= stop && IsCapitalized(s - 1))
            {
                s--;
            }

            while (s < e && (QuoteWords.NameTitles.Contains(Word(s)) || QuoteWords.CapitalizedNonNames.Contains(Word(s))))
            {
                s++;
            }

            bool ok = e - s >= 2 && e - s <= 4 && !IsVerbLikeCue(e - 1)
                      && (surname.IsEmpty || Word(e - 1).Equals(surname, StringComparison.Ordinal) && e - 1 != before - 1);
            if (ok)
            {
                start = s;
                end = e;
                return true;
            }

            i = Math.Min(i, s) - 1;
        }

        return false;
    }

    /// <summary>A name written next to a role word before <paramref name="before"/>: "spokeswoman Erin Walsh", "Erin Walsh, the spokeswoman".</summary>
    internal bool NameWithRoleBefore(int before, int limit, ReadOnlySpan<char> role, out int start, out int end)
    {
        start = end = -1;
        for (int i = before - 1; i >= Math.Max(0, before - limit); i--)
        {
            if (!Word(i).Equals(role, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int j = i + 1;
            if (IsPunct(j, ','))
            {
                j++;
            }

            int e = j;
            while (e < before && IsCapitalized(e))
            {
                e++;
            }

            if (e - j >= 2 && IsProperNameRun(j, e))
            {
                (start, end) = (j, e);
                return true;
            }

            // "Erin Walsh, the agency's spokeswoman": a name before the comma that opens the description.
            for (int c = i - 1; c >= Math.Max(0, i - 6); c--)
            {
                if (IsPunct(c, ','))
                {
                    int s = c;
                    while (s - 1 >= 0 && IsCapitalized(s - 1) && c - s < 4)
                    {
                        s--;
                    }

                    if (c - s >= 1 && IsProperNameRun(s, c))
                    {
                        (start, end) = (s, c);
                        return true;
                    }

                    break;
                }
            }
        }

        return false;
    }

    /// <summary>The noun phrase a relative "who" refers to: "an architect who said ..." -> "an architect".</summary>
    internal bool AntecedentOf(int who, out int start, out int end)
    {
        int j = who - 1;
        if (IsPunct(j, ',') || j >= 0 && _tokens[j].Kind == TokenKind.Dash)
        {
            j--;
        }

        if (Is(j, "of") || Is(j, "whom"))
        {
            start = end = -1;
            return false;
        }

        int lower = Math.Max(0, j - 8);
        if (!NounPhraseBefore(j, lower, out start, out end))
        {
            return false;
        }

        // "Howard Rubel, a senior analyst at Jefferies, who notes ...": past the object of the description's preposition and
        // the description itself, to the name it describes.
        if (who - 1 >= 0 && IsPunct(who - 1, ',') && start - 2 >= 0 && _tokens[start - 1].Kind == TokenKind.Word && QuoteWords.SubjectPrepositions.Contains(Word(start - 1))
            && NounPhraseBefore(start - 2, Math.Max(0, start - 10), out int described, out _) && !IsCapitalized(start - 2)
            && described - 2 >= 0 && IsPunct(described - 1, ',') && IsCapitalized(described - 2)
            && NounPhraseBefore(described - 2, Math.Max(0, described - 8), out int name, out int nameEnd) && IsProperNameRun(name, nameEnd))
        {
            (start, end) = (name, nameEnd);
        }

        // "Bill Tanner, 70, who said ...", "Bill Tanner, a retired trucker, who said ...": past an age or a description set
        // off by commas, to the name it follows.
        int opened = start - 1 >= 0 && QuoteWords.Articles.Contains(Word(start - 1)) && char.IsLower(_text[_tokens[start - 1].Start]) ? start - 1 : start;
        if (who - 1 >= 0 && IsPunct(who - 1, ',') && opened - 2 >= 0 && IsPunct(opened - 1, ',')
            && (end - start == 1 && _tokens[start].Kind == TokenKind.Number || opened < start || QuoteWords.Articles.Contains(Word(start)) && char.IsLower(_text[_tokens[start].Start]))
            && IsCapitalized(opened - 2))
        {
            int named = opened - 2;
            while (named - 1 >= 0 && named > opened - 7 && (IsCapitalized(named - 1) || _tokens[named - 1].Kind == TokenKind.Abbreviation))
            {
                named--;
            }

            if (IsProperNameRun(named, opened - 1))
            {
                (start, end) = (named, opened - 1);
            }
        }

        // "Sen. Maria Cole, R-Ariz., who wrote the bill": past a state or party label, to the name before it.
        if (IsStateLabel(start, end) && start - 2 >= 0 && IsPunct(start - 1, ',')
            && NounPhraseBefore(start - 2, Math.Max(0, start - 10), out int labelled, out int labelledEnd))
        {
            (start, end) = (labelled, labelledEnd);
        }

        return true;
    }

    /// <summary>True when tokens [from, to) are all capitalized words or initials and at least one is not a title.</summary>
    internal bool IsProperNameRun(int from, int to)
    {
        bool name = false;
        for (int i = from; i < to; i++)
        {
            // ("Ernst & Young": an ampersand between capitalized words joins one name.)
            if (i > from && i + 1 < to && IsAmpersand(i))
            {
                continue;
            }

            if (!IsCapitalized(i))
            {
                return false;
            }

            name |= !QuoteWords.NameTitles.Contains(Word(i)) && !QuoteWords.CapitalizedNonNames.Contains(Word(i));
        }

        return name && to - from <= 5;
    }

    /// <summary>
    /// The nearest comma before token <paramref name="i"/> within 29 tokens and the same sentence, or the token where the
    /// search stopped (below <paramref name="lower"/>, a quote mark, a full stop or the 29th token back). From inside quoted
    /// words the search passes their own opening mark ("host of "Morning Joe," said": the comma before "host"), and it steps
    /// over a title in its marks ("author of "The Rent Trap," a best-selling book, said": the comma before "author").
    /// </summary>
    private int PreviousComma(int i, int lower)
    {
        int k = i - 1;
        // (From a comma inside a title's marks, past the title's opening mark: "host of "Morning Joe," said".)
        int ownOpen = i >= 0 && i < _tokens.Length && _region[i] != NoRegion ? _pairs[_region[i]].OpenToken : -1;
        while (k >= lower && k > i - 30 && !IsPunct(k, ',') && !IsTerminator(k))
        {
            if (_tokens[k].Kind == TokenKind.Quote && k != ownOpen)
            {
                // ("Ruth Castellanos, author of "The Rent Trap," a best-selling book, said": past a title in its marks.)
                if (_region[k] == NoRegion || _pairs[_region[k]].CloseToken != k || _pairs[_region[k]].Parts.Length != 1 || !IsNoOnesWords(_region[k]))
                {
                    break;
                }

                k = _pairs[_region[k]].OpenToken;
            }

            k--;
        }

        return k;
    }

    /// <summary>A pronoun that can be a clause's subject: he, she, they, I, we ("it" and "you" are objects as often).</summary>
    private bool IsSubjectPronoun(int i) => QuoteWords.PersonalPronouns.Contains(Word(i)) && !QuoteWords.ObjectPronouns.Contains(Word(i));

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) is a title: title words and the capitalized words after their "of" or "and", none a first name ("Secretary of State").</summary>
    private bool OnlyTitleWords(int from, int to)
    {
        for (int m = from; m < to; m++)
        {
            // (No first name among them: "the two leading Republicans, Donald J. Trump and Senator Ted Cruz," are two people.)
            if (!(IsWordToken(m) && IsCapitalized(m) && FirstNameGenders.Of(Word(m)) == '\0' && (QuoteWords.NameTitles.Contains(Word(m)) || Is(m - 1, "of") || Is(m - 1, "and"))
                  || Is(m, "of") || Is(m, "the") || Is(m, "and") || Is(m, "for")))
            {
                return false;
            }
        }

        return to > from;
    }

    /// <summary>
    /// One abbreviated state or party label set off by commas: "Mo.", "Miss.", "N.Y.", "R-Fla.", "D-N.Y.", never a title such as "Sen.".
    /// </summary>
    private bool IsStateLabel(int from, int to)
    {
        if (to - from == 1 && _tokens[from].Kind == TokenKind.Word && EntityPipeline.IsPartyLabel(Word(from)))
        {
            return true; // "R-Utah", "D-Quincy": a party label without a period
        }

        if (to - from != 1 || _tokens[from].Kind != TokenKind.Abbreviation || !IsCapitalized(from) || _text[_tokens[from].End - 1] != '.')
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(from);
        // ("Miss.", "Wash.": the tokenizer reads a state that is also a word as an abbreviation only between commas; "N.Y.",
        // "D.C.": letters with periods.)
        return w.Contains('-') || Abbreviations.ClassifyToken(w) is AbbreviationClass.Other or AbbreviationClass.None && w.Length > 2;
    }

    /// <summary>
    /// Whether the quoted words that open at <paramref name="open"/> are the object of a participle of saying set off by a
    /// comma, at most four words before them: ", citing "...,"", ", calling it "...,"", ", describing the plan as "...,"".
    /// </summary>
    private bool IsObjectOfAsideParticiple(int open)
    {
        for (int m = open - 1; m >= 1 && m >= open - 4; m--)
        {
            if (!IsWordToken(m))
            {
                return false;
            }

            if (IsParticipleCue(m) && CueAt(m, open, out _) > 0)
            {
                return IsPunct(m - 1, ',');
            }
        }

        return false;
    }

    /// <summary>"heard" after anything but a court, jury, inquest or magistrates: no cue ("Manchester Crown Court heard" is one).</summary>
    private bool IsHeardOutsideCourt(int i) => Is(i, "heard") && !(i > 0 && QuoteWords.CourtHearers.Contains(Word(i - 1)));

    /// <summary>A cue word that reads as a verb here ("said", "reported"), not a noun ("state", "report").</summary>
    private bool IsVerbLikeCue(int i)
    {
        ReadOnlySpan<char> w = Word(i);
        if (IsHeardOutsideCourt(i))
        {
            return false; // (a cue only in a court report: see CueAt)
        }

        return _cues.Word(w) != CueFlags.None && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || w.Equals("said", StringComparison.OrdinalIgnoreCase) || w.Equals("says", StringComparison.OrdinalIgnoreCase)
            || w.Equals("say", StringComparison.OrdinalIgnoreCase) || w.Equals("told", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An ampersand token, which joins capitalized words into one name ("Ernst &amp; Young", "Johnson &amp; Johnson").</summary>
    private bool IsAmpersand(int i) => i >= 0 && i < _tokens.Length && _tokens[i].Kind == TokenKind.Symbol && _tokens[i].Length == 1 && _text[_tokens[i].Start] == '&';

    private bool IsCapitalizedName(int i) => IsCapitalized(i) && !QuoteWords.BetweenSubjectAndVerb.Contains(Word(i));

    /// <summary>A noun phrase whose last token is <paramref name="head"/>: a name, a description, a pronoun.</summary>
    private bool NounPhraseBefore(int head, int lower, out int start, out int end)
    {
        start = end = -1;
        if (!IsWordToken(head))
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(head);
        if (QuoteWords.PersonalPronouns.Contains(w))
        {
            start = head;
            end = head + 1;
            return true;
        }

        bool headCap = IsCapitalized(head);
        if (headCap && QuoteWords.Determiners.Contains(w) && !QuoteWords.PersonalPronouns.Contains(w))
        {
            return false; // "The remarks came ...": a determiner alone is no speaker
        }

        if (!headCap && (QuoteWords.NounPhraseStops.Contains(w) || QuoteWords.Determiners.Contains(w) || _cues.Word(w) != CueFlags.None
            && !QuoteWords.Roles.Contains(w) && !(QuoteWords.Media.Contains(w) && head - 1 >= lower && QuoteWords.Determiners.Contains(Word(head - 1)))
            && !IsNounAfterDeterminer(head, lower)))
        {
            return false;
        }

        if (headCap && SentenceStart(head) == head && QuoteWords.CapitalizedNonNames.Contains(w))
        {
            return false;
        }

        int s = head;
        int words = 1;
        while (s - 1 >= lower && words < 8)
        {
            int m = s - 1;
            Token t = _tokens[m];
            ReadOnlySpan<char> mw = Word(m);
            if (IsPossessiveClitic(m) && m - 1 >= lower && IsWordToken(m - 1))
            {
                s = m - 1;
                words++;
                continue;
            }

            if (t.Kind is TokenKind.Word or TokenKind.Abbreviation)
            {
                if (IsCapitalized(m))
                {
                    if (SentenceStart(m) == m && QuoteWords.CapitalizedNonNames.Contains(mw))
                    {
                        if (QuoteWords.Determiners.Contains(mw))
                        {
                            s = m; // "Several environmental groups said"
                        }

                        break;
                    }

                    s = m;
                    words++;
                    continue;
                }

                if (QuoteWords.Determiners.Contains(mw))
                {
                    s = m;
                    break;
                }

                if ((mw is "of" or "for") && IsCapitalized(m - 1) && IsCapitalized(s) && m - 1 >= lower)
                {
                    s = m;
                    continue;
                }

                if (!QuoteWords.NounPhraseStops.Contains(mw) && !IsVerbLikeCue(m) && !IsLyAdverb(m))
                {
                    s = m;
                    words++;
                    continue;
                }
            }

            if (t.Kind == TokenKind.Dash && _tokens[m].Start == _tokens[s].End - _tokens[s].Length - 1)
            {
                break;
            }

            // ("I hope in 2017 America says ...": a number after a preposition is a time or amount, not part of the speaker.)
            if (t.Kind == TokenKind.Number && words < 4 && !(m - 1 >= lower && (Is(m - 1, "in") || Is(m - 1, "since") || Is(m - 1, "until"))
                                                                  && !(m - 2 >= lower && (_tokens[m - 2].Kind == TokenKind.Number || QuoteWords.NumberWords.Contains(Word(m - 2))))))
            {
                s = m;
                continue;
            }

            // "Dr. Weber & Co.", "Johnson & Johnson": an ampersand between capitalized words joins one name.
            if (IsAmpersand(m) && IsCapitalized(s) && m - 1 >= lower && IsCapitalized(m - 1))
            {
                s = m - 1;
                words++;
                continue;
            }

            break;
        }

        start = s;
        end = head + 1;
        return true;
    }

    /// <summary>A role noun, singular or plural: "spokesman", "aides", "advisers".</summary>
    private bool IsRoleWord(int i) => i >= 0 && _tokens[i].Kind == TokenKind.Word && QuoteWords.IsRole(Word(i));

    /// <summary>
    /// A medium and the time it came out right before a participle cue: "unleashed a series of tweets early Friday saying",
    /// "posted a video on Monday claiming".
    /// </summary>
    private bool IsMediumBeforeTime(int k, int a)
    {
        if (k - 2 <= a)
        {
            return false;
        }

        int m = k - 1;
        while (m > a && m >= k - 4 && (QuoteWords.DayAndMonthNames.Contains(Word(m)) || Is(m, "on") || Is(m, "early") || Is(m, "late")
                                        || Is(m, "last") || Is(m, "this") || Is(m, "morning") || Is(m, "night") || Is(m, "evening")
                                        || Is(m, "afternoon") || Is(m, "today") || Is(m, "yesterday")))
        {
            m--;
        }

        // (The phrase ends in a day or a time of day: "tweets on Friday", not "tweets on saying".)
        bool dayLast = QuoteWords.DayAndMonthNames.Contains(Word(k - 1)) || Is(k - 1, "night") || Is(k - 1, "morning") || Is(k - 1, "evening")
                       || Is(k - 1, "afternoon") || Is(k - 1, "today") || Is(k - 1, "yesterday");
        return dayLast && m > a && QuoteWords.Media.Contains(Word(m));
    }

    /// <summary>
    /// "said at a news conference announcing ...", "said Monday in a speech saying ...": the occasion of a report just made (its
    /// verb right before the preposition, past a day's name), right before a participle.
    /// </summary>
    private bool IsOccasionBefore(int k, int a)
    {
        if (k - 2 <= a || !QuoteWords.Occasions.Contains(Word(k - 1)) || _tokens[k - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        for (int m = k - 2; m > a && m >= k - 5; m--)
        {
            if (Is(m, "at") || Is(m, "in") || Is(m, "during") || Is(m, "on"))
            {
                // Only as the occasion of a report just made: "said at a news conference announcing ...", not "a speaker at a
                // rally lamenting ...".
                int v = m - 1;
                while (v > a && (QuoteWords.DayAndMonthNames.Contains(Word(v)) || Is(v, "today") || Is(v, "yesterday")))
                {
                    v--;
                }

                return v >= a && IsVerbLikeCue(v);
            }

            if (!IsWordToken(m))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "..., President Obama told his advisers as he labored over the speech.": after the attribution's hearer and adjuncts, a
    /// clause of the writer's that says when, not what.
    /// </summary>
    private bool OpensTimeClause(int from, int b)
    {
        int m = from;
        while (m < b && m < from + 4 && IsWordToken(m) && (QuoteWords.DayAndMonthNames.Contains(Word(m)) || Is(m, "on") || Is(m, "yesterday") || Is(m, "today")))
        {
            m++;
        }

        return m + 2 < b && (Is(m, "as") || Is(m, "while") || Is(m, "when") || Is(m, "before") || Is(m, "after"))
               && (IsSubjectPronoun(m + 1) || QuoteWords.Determiners.Contains(Word(m + 1)) || IsCapitalized(m + 1));
    }

    /// <summary>
    /// The lower-case "who" that opens a relative clause holding token <paramref name="start"/>, with a verb between them
    /// and only words (no comma, no quote) in the clause, within twelve tokens; else -1.
    /// </summary>
    private int WhoBefore(int start, int lower)
    {
        bool verb = false;
        for (int m = start - 1; m > lower && m >= start - 12; m--)
        {
            if (!IsWordToken(m))
            {
                return -1;
            }

            if (Is(m, "who") && char.IsLower(_text[_tokens[m].Start]))
            {
                return verb ? m : -1;
            }

            verb |= _tokens[m].Kind == TokenKind.Word && (QuoteWords.FiniteVerbs.Contains(Word(m)) || IsLikelyVerb(m));
        }

        return -1;
    }

    /// <summary>
    /// A noun phrase that is the object of the verb of a "who" clause ("his candidacy" in "Republicans who have praised his
    /// candidacy"): the start of the clause's antecedent ("Republicans"). Otherwise the phrase's own start.
    /// </summary>
    private int AntecedentOfRelativeObject(int phraseStart, int lower)
    {
        int m = phraseStart - 1;
        if (m <= lower || _tokens[m].Kind != TokenKind.Word || !char.IsLower(_text[_tokens[m].Start])
            || !(Word(m).EndsWith("ed", StringComparison.Ordinal) || QuoteWords.IrregularPastVerbs.Contains(Word(m)) || IsVerbLikeCue(m)))
        {
            return phraseStart;
        }

        m--;
        while (m > lower && m >= phraseStart - 5 && (Is(m, "has") || Is(m, "have") || Is(m, "had") || Is(m, "also") || Is(m, "long") || Is(m, "once") || IsLyAdverb(m)))
        {
            m--;
        }

        return Is(m, "who") && NounPhraseBeforePronoun(m, lower) is int antecedent and >= 0 ? antecedent : phraseStart;
    }

    /// <summary>
    /// A phrase that opens right after "who" or "that" ("live in Burlington" in "Voters who live in Burlington said") is the
    /// relative clause's verb phrase: the speaker is the noun phrase before the pronoun. Otherwise the phrase's own start.
    /// </summary>
    private int AntecedentOfRelative(int phraseStart, int lower)
    {
        // ("the fact that none of his rivals attacked him": after "that" only a verb opens a relative clause.)
        bool relative = Is(phraseStart - 1, "who") || Is(phraseStart - 1, "that")
                        && (Word(phraseStart).EndsWith("ed", StringComparison.Ordinal) || QuoteWords.IrregularPastVerbs.Contains(Word(phraseStart))
                            || QuoteWords.FiniteVerbs.Contains(Word(phraseStart)));
        return relative && NounPhraseBeforePronoun(phraseStart - 1, lower) is int antecedent and >= 0 ? antecedent : phraseStart;
    }

    /// <summary>
    /// The start of the noun phrase right before a relative pronoun ("Voters" in "Voters who ...", "an explosion" in "an
    /// explosion that ..."), or -1 when there is none or it is a personal pronoun.
    /// </summary>
    private int NounPhraseBeforePronoun(int pronoun, int lower) =>
        pronoun - 1 >= lower && NounPhraseBefore(pronoun - 1, lower, out int start, out _) && !QuoteWords.PersonalPronouns.Contains(Word(start)) ? start : -1;

    /// <summary>
    /// "for weeks", "for several months", "for two years", "for some time" at <paramref name="m"/> (how long a speaker has
    /// been saying something): the token after it, or -1.
    /// </summary>
    private int DurationForEnd(int m)
    {
        if (!Is(m, "for") || m + 2 >= _tokens.Length)
        {
            return -1;
        }

        if (QuoteWords.DurationUnits.Contains(Word(m + 1)))
        {
            return m + 2;
        }

        return Is(m + 1, "some") && Is(m + 2, "time")
               || (IsCount(m + 1) || Is(m + 1, "several") || Is(m + 1, "many")) && QuoteWords.DurationUnits.Contains(Word(m + 2))
            ? m + 3
            : -1;
    }

    /// <summary>
    /// "the reports said", "one of the prosecutors said": a determiner, up to four more words and a speech verb, or a share of
    /// people ("more than 4 in 10 said"), the start of a second report with a speaker of its own.
    /// </summary>
    private bool AnotherSpeakersReport(int from, int b)
    {
        if (ShareOfPeopleReports(from, b))
        {
            return true;
        }

        if (!(QuoteWords.Determiners.Contains(Word(from)) && _tokens[from].Kind == TokenKind.Word))
        {
            return false;
        }

        int participles = 0;
        for (int i = from + 1; i < b && i <= from + 5 + 3 * participles; i++)
        {
            if (!IsWordToken(i) || _region[i] != NoRegion)
            {
                return false;
            }

            if (i > from + 1 && CueAt(i, b, out CueFlags f) > 0 && (f & CueFlags.DirectOnly) == 0 && IsVerbLikeCue(i))
            {
                // ("the figures released Monday showed ...", "an article cited by her campaign questioned ...": a participle
                // that describes the noun; its verb comes later.)
                if (!(Word(i).EndsWith("ed", StringComparison.Ordinal) && i + 1 < b
                      && (Is(i + 1, "by") || QuoteWords.DayAndMonthNames.Contains(Word(i + 1)) || Is(i + 1, "last") || Is(i + 1, "on")
                          || Is(i + 1, "in") || Is(i + 1, "earlier") || Is(i + 1, "this"))))
                {
                    return true;
                }

                participles++;
                continue;
            }

            if (QuoteWords.NounPhraseStops.Contains(Word(i)) && !Is(i, "of") && participles == 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "more than 4 in 10 said", "three-quarters said", "47 percent of Republicans say", "nearly half of them said": a share of
    /// people, up to seven words with a count among them, and a speech verb, the start of a second report.
    /// </summary>
    private bool ShareOfPeopleReports(int from, int b)
    {
        bool count = false;
        for (int i = from; i < b && i <= from + 7; i++)
        {
            if (_region[i] != NoRegion || !IsWordToken(i) && _tokens[i].Kind != TokenKind.Number)
            {
                return false;
            }

            ReadOnlySpan<char> w = Word(i);
            if (i > from && count && CueAt(i, b, out CueFlags f) > 0 && (f & CueFlags.DirectOnly) == 0 && IsVerbLikeCue(i))
            {
                return true;
            }

            bool fraction = w.Contains('-') && (w.EndsWith("thirds", StringComparison.OrdinalIgnoreCase) || w.EndsWith("third", StringComparison.OrdinalIgnoreCase)
                                                || w.EndsWith("quarters", StringComparison.OrdinalIgnoreCase) || w.EndsWith("fifths", StringComparison.OrdinalIgnoreCase)
                                                || w.EndsWith("fourths", StringComparison.OrdinalIgnoreCase));
            count |= IsCount(i) || fraction || Is(i, "half") || Is(i, "percent") || Is(i, "majority") || Is(i, "minority");
            if (!count && !(Is(i, "more") || Is(i, "less") || Is(i, "fewer") || Is(i, "than") || Is(i, "nearly") || Is(i, "almost") || Is(i, "about")
                            || Is(i, "roughly") || Is(i, "over") || Is(i, "just") || Is(i, "only") || Is(i, "some")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The end of a name of two or more capitalized words that opens [from, to) and is followed by "of", "at" or "from" and
    /// a capitalized place or organization ("Professor James Kerr of the University of Edinburgh"), or -1.
    /// </summary>
    private int NameBeforeAffiliation(int from, int to)
    {
        int n = from;
        while (n < to && IsCapitalized(n))
        {
            n++;
        }

        if (n - from < 2 || n + 1 >= to || !(Is(n, "of") || Is(n, "at") || Is(n, "from")) || !IsProperNameRun(from, n))
        {
            return -1;
        }

        int next = Is(n + 1, "the") ? n + 2 : n + 1;
        return next < to && IsCapitalized(next) ? n : -1;
    }

    /// <summary>Whether [from, to) holds only capitalized words and the "of", "the", "and" inside a name ("University of the").</summary>
    private bool OnlyNameWords(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!IsCapitalized(i) && !Is(i, "of") && !Is(i, "the") && !Is(i, "and"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// ", with RealClearPolitics showing her ahead", ", with Sen. John McCain calling it ...": a name and a participle after
    /// "with", the writer's addition (", with 40 percent supporting him" goes on with the figures reported).
    /// </summary>
    private bool WithAbsolute(int from, int b)
    {
        if (from >= b || !IsCapitalized(from) || _tokens[from].Kind == TokenKind.Number)
        {
            return false;
        }

        for (int i = from + 1; i < b && i <= from + 4; i++)
        {
            if (!IsWordToken(i) || _region[i] != NoRegion)
            {
                return false;
            }

            if (_tokens[i].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i].Start]) && Word(i).EndsWith("ing", StringComparison.Ordinal)
                && !QuoteWords.NounPhraseStops.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A clause of its own after a comma inside a report: a short subject, then a cue verb and "that" ("her campaign contended
    /// that ...", "Clinton's spokesman Brian Fallon said that ...").
    /// </summary>
    private bool NewReportWithThat(int from, int b, bool anyStart = false)
    {
        if (from >= b || !IsWordToken(from) || !anyStart && !(IsCapitalized(from) || QuoteWords.Determiners.Contains(Word(from)) || IsSubjectPronoun(from)))
        {
            return false;
        }

        for (int i = from + 1; i < b - 1 && i <= from + 6; i++)
        {
            if (_region[i] != NoRegion || !(IsWordToken(i) || IsPossessiveClitic(i)))
            {
                return false;
            }

            if (CueAt(i, b, out CueFlags f) == 1 && (f & CueFlags.DirectOnly) == 0 && IsVerbLikeCue(i) && Is(i + 1, "that"))
            {
                return true;
            }

            if (QuoteWords.NounPhraseStops.Contains(Word(i)) && !Is(i, "of"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "her economically depressed state, "..."": a bare cue word after a lowercase participle or adjective is a noun, not the
    /// verb of an attribution ("she writes, "..."", "the senator added, "..."" stay verbs).
    /// </summary>
    private bool IsModifiedCueNoun(int i) =>
        i - 1 >= 0 && _tokens[i - 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i - 1].Start])
        && !Word(i).EndsWith("s", StringComparison.Ordinal) && !Word(i).EndsWith("ed", StringComparison.Ordinal) && !Word(i).EndsWith("ing", StringComparison.Ordinal)
        && (Word(i - 1).EndsWith("ed", StringComparison.Ordinal) || QuoteWords.Determiners.Contains(Word(i - 1)) || IsModifierWord(i - 1));

    /// <summary>An adjective by its ending ("congressional", "recent", "latest", "internal") or a common noun modifier ("police", "news").</summary>
    private bool IsModifierWord(int i)
    {
        ReadOnlySpan<char> w = Word(i);
        return w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ent", StringComparison.Ordinal) || w.EndsWith("est", StringComparison.Ordinal)
               || w.EndsWith("ous", StringComparison.Ordinal) || w.EndsWith("ive", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal)
               || w.EndsWith("ary", StringComparison.Ordinal) || w.EndsWith("ern", StringComparison.Ordinal)
               || w is "new" or "earlier" or "police" or "news" or "court" or "poll" or "campaign" or "audit" or "staff" or "draft";
    }

    /// <summary>A document that speaks: a medium ("statement", "letter", "ruling") or "report", "study", "survey", "poll".</summary>
    private bool IsDocumentNoun(int i) => QuoteWords.Media.Contains(Word(i)) || Is(i, "report") || Is(i, "study") || Is(i, "survey") || Is(i, "poll");

    /// <summary>
    /// "the states said", "five states said", "the report says", "the secretary of state said": a cue word after a determiner,
    /// a number or a role's "of" is a noun, the head of the speaker's noun phrase, not a verb (a singular one only after a
    /// definite determiner: "a show called ..." is no speaker).
    /// </summary>
    private bool IsNounAfterDeterminer(int head, int lower)
    {
        // ("the congressional report said", "a new poll shows", "a police report indicates": one modifier between the
        // determiner and the noun; "the foundation predicts" is a noun and its verb.)
        // ("the IMF report stated": a name for the modifier of a document.)
        if (head - 2 >= lower && IsWordToken(head + 1) && _tokens[head - 1].Kind is TokenKind.Word or TokenKind.Abbreviation
            && (char.IsLower(_text[_tokens[head - 1].Start]) && IsModifierWord(head - 1) || IsCapitalized(head - 1) && IsDocumentNoun(head))
            && (Is(head - 2, "the") || Is(head - 2, "a") || Is(head - 2, "an") || Is(head - 2, "this") || Is(head - 2, "its") || Is(head - 2, "their")))
        {
            return !Word(head).EndsWith("ed", StringComparison.Ordinal) && !Word(head).EndsWith("ing", StringComparison.Ordinal);
        }

        // (Only when a word follows: "the company that owns the show, which ..., told me" is not "the show", whose comma the
        // appositive search reads back from; but "The report, compiled by the center, said" opens its sentence.)
        // ("insiders in the next two states — Nevada and South Carolina — said": or the dash of an aside.)
        if (head - 1 < lower || !IsWordToken(head + 1) && !(OpensSentence(head - 1) && IsPunct(head + 1, ',')) && !(head + 1 < _tokens.Length && _tokens[head + 1].Kind == TokenKind.Dash)
            || Word(head).EndsWith("ed", StringComparison.Ordinal) || Word(head).EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        // "the secretary of state said", "heads of state say": the object of a role's "of" is a noun.
        if (head - 2 >= lower && Is(head - 1, "of") && (IsRoleWord(head - 2) || Is(head - 2, "head") || Is(head - 2, "heads")))
        {
            return true;
        }

        bool plural = Word(head).EndsWith("s", StringComparison.Ordinal);
        return plural && (_tokens[head - 1].Kind == TokenKind.Number || QuoteWords.NumberWords.Contains(Word(head - 1)) && !Is(head - 1, "one"))
               || QuoteWords.Determiners.Contains(Word(head - 1)) && _tokens[head - 1].Kind == TokenKind.Word
                  && (plural ? !QuoteWords.SingularDeterminers.Contains(Word(head - 1)) && !Is(head - 1, "one")
                             : Is(head - 1, "the") || Is(head - 1, "this") || Is(head - 1, "its") || Is(head - 1, "their") || Is(head - 1, "his") || Is(head - 1, "her"));
    }

    /// <summary>
    /// The noun phrase a participle and its prepositional phrase describe, when the phrase's object starts at
    /// <paramref name="start"/>: "A senior official involved in [the negotiations]", "Residents living near [the plant]"; null
    /// when the word before the preposition is no such participle ("his low standing in the polls", "who previously worked
    /// for") or the phrase before it is no determined or named noun phrase.
    /// </summary>
    private (int Start, int End)? DescribedByParticiple(int start, int lower)
    {
        if (start - 3 < lower || _tokens[start - 1].Kind != TokenKind.Word || !char.IsLower(_text[_tokens[start - 1].Start])
            || !QuoteWords.SubjectPrepositions.Contains(Word(start - 1)) || !IsWordToken(start - 2) || !char.IsLower(_text[_tokens[start - 2].Start]))
        {
            return null;
        }

        ReadOnlySpan<char> participle = Word(start - 2);
        if (participle.Length <= 4 || QuoteWords.ParticiplePrepositions.Contains(participle)
            || !(participle.EndsWith("ed", StringComparison.Ordinal) || participle is "living" or "working" or "serving" or "speaking" or "representing")
            || !IsWordToken(start - 3) || QuoteWords.NounPhraseStops.Contains(Word(start - 3)) || IsLyAdverb(start - 3)
            || !NounPhraseBefore(start - 3, lower, out int described, out int describedEnd)
            || !(QuoteWords.Determiners.Contains(Word(described)) || IsCapitalized(described)) || QuoteWords.PersonalPronouns.Contains(Word(described)))
        {
            return null;
        }

        return (described, describedEnd);
    }

    /// <summary>A verb an infinitive of saying completes: "continues to insist", "tried to argue", "began to claim", "likes to say".</summary>
    private bool IsCatenativeVerb(int i) =>
        Is(i, "continues") || Is(i, "continued") || Is(i, "continue") || Is(i, "tried") || Is(i, "tries") || Is(i, "began") || Is(i, "begins")
        || Is(i, "started") || Is(i, "starts") || Is(i, "seems") || Is(i, "seemed") || Is(i, "appears") || Is(i, "appeared")
        || Is(i, "sought") || Is(i, "seeks") || Is(i, "likes") || Is(i, "liked") || Is(i, "loves") || Is(i, "loved");


    /// <summary>The noun phrase that starts at <paramref name="from"/>: "said Sam Nguyen, who runs ..." -> "Sam Nguyen".</summary>
    private bool SubjectAfter(int from, int upper, out int start, out int end)
    {
        start = end = -1;
        if (from >= upper || !IsWordToken(from))
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(from);
        if (QuoteWords.PersonalPronouns.Contains(w))
        {
            start = from;
            end = from + 1;
            return true;
        }

        if (!IsCapitalized(from) && (QuoteWords.NounPhraseStops.Contains(w) || QuoteWords.ClauseStarts.Contains(w) && !QuoteWords.Determiners.Contains(w)))
        {
            return false;
        }

        int e = from;
        int words = 0;
        while (e < upper && words < 10)
        {
            Token t = _tokens[e];
            ReadOnlySpan<char> ew = Word(e);
            if (t.Kind == TokenKind.Clitic && words > 0)
            {
                e++;
                continue;
            }

            if (t.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number)
            {
                // ("said lobbyist and GOP strategist Charlie Black": two roles of one speaker, or two speakers.)
                if (words > 0 && !IsCapitalized(e) && (QuoteWords.NounPhraseStops.Contains(ew) || IsVerbLikeCue(e))
                    && !((ew is "of" or "for") && IsCapitalized(e + 1))
                    && !(ew is "and" && words <= 3 && e + 2 < upper && (IsCapitalizedName(e + 1) && !QuoteWords.CapitalizedNonNames.Contains(Word(e + 1)) || QuoteWords.Roles.Contains(Word(e + 1)))))
                {
                    break;
                }

                e++;
                words++;
                continue;
            }

            break;
        }

        if (words == 0)
        {
            return false;
        }

        // "said his lawyer, Daniel Rivas.", "said a spokeswoman for the council, Erin Walsh, who ...": the name that the
        // description introduces.
        // ("said Ofwat's chief executive, David Black": a possessor's name before the description.)
        int owned = from;
        while (owned < e && owned < from + 4 && IsCapitalized(owned))
        {
            owned++;
        }

        owned = owned > from && owned < e && IsPossessiveClitic(owned) ? owned + 1 : from;
        if (e + 2 < upper && IsPunct(e, ',') && !IsCapitalized(owned) && owned < e && !QuoteWords.PersonalPronouns.Contains(w))
        {
            int n = e + 1;
            while (n < upper && IsCapitalized(n) && !QuoteWords.DayAndMonthNames.Contains(Word(n)))
            {
                n++;
            }

            bool described = true;
            for (int k = owned; k < e && described; k++)
            {
                described = !IsCapitalized(k);
            }

            // ("said a White House spokesman, Lewis Carraway": a capitalized body inside an indefinite description of a role.)
            described |= QuoteWords.Articles.Contains(Word(from)) && !IsCapitalized(from) && !IsCapitalized(e - 1) && QuoteWords.Roles.Contains(Word(e - 1));

            // ("said the study's senior author, Adam Brickman of Columbia University.": a name and where it is from.)
            if (described && n - (e + 1) >= 2 && IsProperNameRun(e + 1, n)
                && (n >= upper || IsPunct(n, ',') || IsTerminator(n) || NameBeforeAffiliation(e + 1, upper) == n))
            {
                start = e + 1;
                end = n;
                return true;
            }
        }

        start = from;
        end = e;
        return true;
    }

    /// <summary>
    /// Lower-case role words, perhaps joined by "and", then a capitalized name, before any comma: "lobbyist and GOP strategist
    /// Charlie Black".
    /// </summary>
    private bool NameAfterRoles(int from, int upper)
    {
        for (int m = from; m < upper && m < from + 6; m++)
        {
            if (IsCapitalizedName(m) && !QuoteWords.CapitalizedNonNames.Contains(Word(m)))
            {
                return m > from;
            }

            if (!(QuoteWords.Roles.Contains(Word(m)) || QuoteWords.NameTitles.Contains(Word(m)) || Is(m, "and")
                  || _tokens[m].Kind == TokenKind.Word && char.IsLower(_text[_tokens[m].Start]) && Word(m).EndsWith("ist", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The source after "according to": everything up to the next comma, dash or sentence end ("two people familiar with the talks").</summary>
    private bool SourceAfterAccordingTo(int from, int upper, out int start, out int end)
    {
        if (!SubjectAfter(from, upper, out start, out end))
        {
            return false;
        }

        // "According to early results of the exit poll conducted by Edison Research for the Associated Press, ...", "According
        // to the officer in charge of the base that night, ...": the source runs on to the comma ("that night" is no relative).
        int e = end;
        while (e < upper && e < from + 24 && (IsWordToken(e) || _tokens[e].Kind == TokenKind.Clitic || _tokens[e].Kind == TokenKind.Symbol && _text[_tokens[e].Start] == '/' && IsWordToken(e + 1)) // "University of Texas/Texas Tribune poll"
               && !(Is(e, "that") && !(e + 1 < upper && char.IsLower(_text[_tokens[e + 1].Start]) && QuoteWords.TimeOfDayNouns.Contains(Word(e + 1))))
               && !Is(e, "who"))
        {
            e++;
        }

        if (e >= upper || IsPunct(e, ',') || IsTerminator(e) || _tokens[e].Kind is TokenKind.Dash or TokenKind.Quote)
        {
            end = e;
        }

        return true;
    }

    // ------------------------------------------------------------------ direct quotes

    private void FindDirect(List<Found> found)
    {
        var direct = new List<(int Pair, int CueStart, int CueEnd, int SpkStart, int SpkEnd, bool Own)>();
        for (int p = 0; p < _pairs.Count; p++)
        {
            if ((p & 0xFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            QuoteMarkPair pair = _pairs[p];
            int open = pair.OpenToken;
            int close = pair.CloseToken;
            int closeEnd = close + CloseWidth(close);
            int para = _paragraph[open];
            int lower = PreviousBoundary(p, open);
            int upper = NextBoundary(p, closeEnd);

            bool preEmpty = true;
            for (int k = lower; k < open; k++)
            {
                if (IsWordToken(k))
                {
                    preEmpty = false;
                    break;
                }
            }

            char first = FirstLetterOrDigit(pair.ContentStart, pair.ContentEnd);
            bool upperStart = !char.IsLower(first);
            int before = open - 1;
            bool afterColon = before >= 0 && _paragraph[before] == para && (IsPunct(before, ':') || IsPunct(before, ',') || _tokens[before].Kind == TokenKind.Dash);
            // ("they want "justice for Terrence"": a wish's object in quotation marks is a fragment, not speech.)
            // ("the show "Morning Joe,"": a cue word after a determiner is a noun.)
            bool cueRightBefore = before >= 0 && _paragraph[before] == para && CueAt(before, open, out CueFlags beforeFlags) > 0
                                  && (beforeFlags & CueFlags.Infinitive) == 0 && !(before > 0 && (Is(before - 1, "the") || Is(before - 1, "a") || Is(before - 1, "an") || Is(before - 1, "his") || Is(before - 1, "her")
                                                        || Is(before - 1, "their") || Is(before - 1, "its") || IsPossessiveClitic(before - 1)))
                || before - 1 >= 0 && (IsPunct(before, ':') || IsPunct(before, ',')) && CueAt(before - 1, open, out _) > 0
                   && !IsModifiedCueNoun(before - 1);
            // "to what it called "a clear threat ..."": the quoted words are the object of a "what" clause, a fragment.
            cueRightBefore &= !WhatClauseBefore(before, lower);
            cueRightBefore |= InTheWordsOf(open, lower, out _, out _, out _, out _);
            // ("Rice said he felt "incredible".", "Police said the driver showed "obvious signs of impairment."": lowercase
            // quoted words after the verb of a reported clause are a fragment of that report.)
            if (cueRightBefore && char.IsLower(first) && IsWordToken(before) && InReportedClause(before, lower))
            {
                cueRightBefore = false;
            }
            // ("Mr. Manafort, citing "the unique magic of Trump," said the candidate ...": lowercase words after a participle set
            // off by a comma, with the subject's own verb right after them, are the participle's object inside an aside, a
            // fragment; "said" is not their attribution.)
            if (cueRightBefore && char.IsLower(first) && IsParticipleCue(before) && IsObjectOfAsideParticiple(open)
                && _text[pair.ContentEnd - 1] == ',' && closeEnd < _tokens.Length && IsWordToken(closeEnd)
                && char.IsLower(_text[_tokens[closeEnd].Start]) && IsVerbLikeCue(closeEnd))
            {
                cueRightBefore = false;
            }

            int words = CountWords(open + 1, close);
            // ("have come to believe "that climate change is real ..."": quoted words that open with the conjunction "that"
            // right after a verb are the end of the writer's clause, a fragment.)
            bool thatClause = Is(open + 1, "that") && char.IsLower(_text[_tokens[open + 1].Start]) && before >= 0 && _tokens[before].Kind == TokenKind.Word
                              && _paragraph[before] == para && IsWordToken(open + 2) && !QuoteWords.FiniteVerbs.Contains(Word(open + 2));
            // ("Fans chanted "Easy, easy" as the final whistle blew": after a manner of speaking right before it, quoted words
            // followed by a time or reason clause are the whole object; the clause after them is the writer's.)
            bool objectThenClause = cueRightBefore && CueAt(before, open, out CueFlags mannerFlags) > 0 && (mannerFlags & CueFlags.DirectOnly) != 0
                                    && (Is(closeEnd, "while") || Is(closeEnd, "when") || Is(closeEnd, "before") || Is(closeEnd, "after")
                                        || Is(closeEnd, "until") || Is(closeEnd, "because") || Is(closeEnd, "since"))
                                    && _text[pair.ContentEnd - 1] is not ',';
            // ("Smith, who wrote "The Long Road," said ...", "The coach, nicknamed "the Oracle," said ...": a title or a name given,
            // not words said, whatever attribution follows.)
            bool namedRightBefore = before >= 0 && _paragraph[before] == para && IsNameGiven(p);
            bool isDirect = pair.Parts.Length > 1 || (!ContinuesClause(pair, closeEnd) || objectThenClause) && !IsWorkTitle(p) && !thatClause && !namedRightBefore
                && (preEmpty || cueRightBefore || afterColon && upperStart && words >= 3 || upperStart && words >= 6 && EndsWithSentencePunctuation(pair));
            // ""The risk," said Edward Leamer, an economist at the forecast, "is that ..."": a lowercase part after the comma
            // that ends an attribution continues the quote the attribution interrupts.
            if (!isDirect && direct.Count > 0 && direct[^1].Pair == p - 1 && (IsPunct(before, ',') || Is(before, "but") && IsPunct(before - 1, ','))
                && !ContinuesClause(pair, closeEnd)
                && _paragraph[_pairs[p - 1].CloseToken] == para && _text[_pairs[p - 1].ContentEnd - 1] == ','
                && TryAttributeAfter(_pairs[p - 1].CloseToken + CloseWidth(_pairs[p - 1].CloseToken), open, out _, out _, out _, out _)
                && !HoldsThat(_pairs[p - 1].CloseToken + 1, open))
            {
                isDirect = true; // (", adding that if ..., "..."" is a fragment of the added report)
            }

            if (!isDirect)
            {
                _isFragment[p] = true;
                continue;
            }

            // Attribution: after the quote ("...," she said), then before it (She said: "...").
            // ("Trump claimed that "...," but a prosecutor said ...": words reported with "that" belong to the cue before them.)
            bool afterThat = Is(open - 1, "that");
            // (", adding, "That is why he lost." Her friends kept calling ...": quoted words that close their sentence after a cue
            // and a comma or colon belong to that cue, not to the next sentence's verb.)
            bool introduced = before - 1 >= 0 && (IsPunct(before, ',') || IsPunct(before, ':')) && CueAt(before - 1, open, out _) > 0 && ClosesSentence(closeEnd);
            bool own = (afterThat || introduced) && TryAttributeBefore(open, lower, out int cs, out int ce, out int ss, out int se)
                       || TryAttributeAfter(closeEnd, upper, out cs, out ce, out ss, out se)
                       || !afterThat && TryAttributeBefore(open, lower, out cs, out ce, out ss, out se)
                       || TryLeadInSubject(open, lower, out cs, out ce, out ss, out se);
            if (own && QuotedObject(cs, Math.Min(_tokens.Length, cs + 16)) is (int os, int oe))
            {
                (ss, se) = (os, oe); // "the agency quoted Abbas Araghchi as saying": the one quoted, not the one quoting
            }

            if (own && Is(cs, "heard"))
            {
                (ss, se) = (-1, -1); // ""...," Manchester Crown Court heard.": the court heard the words; it did not say them
            }

            if (!own)
            {
                cs = ce = ss = se = -1;
                bool opensParagraph = preEmpty && (open == 0 || _paragraph[open - 1] != para);
                bool followsAttributedQuote = preEmpty && direct.Count > 0 && direct[^1].Own
                                              && _paragraph[_pairs[direct[^1].Pair].CloseToken] == para;
                if (!(opensParagraph && words >= 3 || followsAttributedQuote || words >= 6 && EndsWithSentencePunctuation(pair) || pair.Parts.Length > 1)
                    || !followsAttributedQuote && IsTitleCase(open + 1, close))
                {
                    _isFragment[p] = words < 6 && !preEmpty;
                    continue; // a scare-quoted title or phrase with no speech around it
                }

                if (opensParagraph && TryAttributeFromPreviousColon(open, out cs, out ce, out ss, out se)
                    || !opensParagraph && preEmpty && TryAttributeFromPreviousSentence(open, out cs, out ce, out ss, out se))
                {
                    own = true;
                }
            }

            direct.Add((p, cs, ce, ss, se, own));
        }

        // Merge the parts of one utterance: "A," she said, "B." and "A." "B," he said.
        int idx = 0;
        while (idx < direct.Count)
        {
            var (p, cs, ce, ss, se, own) = direct[idx];
            var parts = new List<TextSpan>(_pairs[p].Parts);
            int last = idx;
            while (last + 1 < direct.Count)
            {
                var next = direct[last + 1];
                QuoteMarkPair a = _pairs[direct[last].Pair], b = _pairs[next.Pair];
                if (_paragraph[a.CloseToken] != _paragraph[b.OpenToken])
                {
                    break;
                }

                int gapWords = CountWords(a.CloseToken + 1, b.OpenToken);
                bool sameCue = next.CueStart >= 0 && next.CueStart == cs;
                bool gapIsAttribution = cs >= 0 && cs > a.CloseToken && cs < b.OpenToken;
                // ""A," X said. "B."": a short attribution that closes its sentence leaves two quotes of one speaker.
                bool sentenceBetween = gapWords > 0 && HasTerminator(a.CloseToken + 1, b.OpenToken);
                // (""A," Barkley said, "B." Merchants remain opposed.": after an attribution that ends in a comma, a part that
                // closes its sentence continues the quote; a verb in the next sentence does not attribute it.)
                bool nextOwnAcrossSentence = next.Own && next.CueStart > b.CloseToken && IsPunct(b.OpenToken - 1, ',')
                                             && _text[b.ContentEnd - 1] is '.' or '!' or '?';
                bool merge = gapWords == 0 && (!next.Own || cs < 0)
                             || sameCue
                             || gapIsAttribution && gapWords <= 6 && (!next.Own || nextOwnAcrossSentence || next.CueStart < b.OpenToken && !IsParticipleCue(next.CueStart))
                                && !sentenceBetween
                             || gapIsAttribution && !next.Own && gapWords <= 40;
                // A long attribution between the parts ("said Peter Morgan, a lawyer for the Sierra Club, who has ...")
                // keeps them as two quotes of one speaker: one span over a long stretch of narration would mostly
                // hold the writer's words.
                if (merge && gapWords > 0)
                {
                    // Letters and digits, not characters: the marks, spaces and commas around an attribution are no narration.
                    int content = 0;
                    foreach (TextSpan part in parts)
                    {
                        content += CountLettersOrDigits(part.Start, part.End);
                    }

                    foreach (TextSpan part in b.Parts)
                    {
                        content += CountLettersOrDigits(part.Start, part.End);
                    }

                    merge = CountLettersOrDigits(parts[^1].End, b.Parts[0].Start) <= content;
                }

                if (!merge)
                {
                    break;
                }

                if (cs < 0 && next.Own)
                {
                    (cs, ce, ss, se, own) = (next.CueStart, next.CueEnd, next.SpkStart, next.SpkEnd, true);
                }

                parts.AddRange(b.Parts);
                last++;
            }

            for (int k = cs; k >= 0 && k < ce; k++)
            {
                _cueUsed[k] = true;
            }

            TextSpan span = TextSpan.FromBounds(parts[0].Start, parts[^1].End);
            found.Add(new Found(span, QuoteKind.Direct, cs, ce, ss, se, parts.Count > 1 ? [.. parts] : [], _pairs[p].OpenToken, !own));
            idx = last + 1;
        }
    }

    /// <summary>
    /// Whether a cue at <paramref name="k"/> after "and" in a reported clause with a verb of its own can report here: one of
    /// intention only before "to" ("vowed to ..."), one heading reports only with "that" (of asking, refusing, finding) only
    /// before "that", "to" or a question word within four words ("asked whether ...", "refused to ...", not "was drunk and
    /// refused a breath test", "and asking for his mother").
    /// </summary>
    private bool ReportsHere(int k, CueFlags flags, int b)
    {
        if ((flags & CueFlags.Infinitive) != 0 && (flags & CueFlags.ThatOnly) == 0)
        {
            return Is(k + 1, "to") || k + 1 < b && IsLyAdverb(k + 1) && Is(k + 2, "to");
        }

        if ((flags & CueFlags.ThatOnly) != 0)
        {
            for (int m = k + 1; m < b && m <= k + 4; m++)
            {
                if (Is(m, "that") || Is(m, "to") || QuoteWords.WhWords.Contains(Word(m)))
                {
                    return true;
                }
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// "Trump took to Twitter to accuse ...", "She went on CNN to deny ...": a cue in an infinitive of purpose after the
    /// clause's object, whose subject (<paramref name="start"/>, <paramref name="end"/>) is the clause's, when the clause's
    /// verb is one of taking the floor (<see cref="QuoteWords.PurposeVerbs"/>); not "declined to say", "is expected to
    /// announce", "has yet to say".
    /// </summary>
    private bool IsPurposeInfinitive(int k, int a, out int start, out int end)
    {
        start = end = -1;
        if (k - 2 <= a || !Is(k - 1, "to") || !char.IsLower(_text[_tokens[k].Start]) || !IsWordToken(k - 2) || CueAt(k - 2, k, out _) > 0
            || QuoteWords.BetweenSubjectAndVerb.Contains(Word(k - 2)) && !Is(k - 2, "here") && !Is(k - 2, "there") // ("stood at a rally here to say")
            || QuoteWords.NotPurposeBefore.Contains(Word(k - 2))
            || Word(k - 2).EndsWith("ed", StringComparison.Ordinal) || Word(k - 2).EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        return ClauseSubject(a, k - 1, out start, out end, out int verb) && verb > 0 && QuoteWords.PurposeVerbs.Contains(Word(verb));
    }

    /// <summary>"her last name not be used", "his name not be published", "he be identified only by his first name".</summary>
    private bool AsksAnonymity(int from, int b)
    {
        bool name = false;
        for (int m = from; m < b && m < from + 10; m++)
        {
            name |= Is(m, "name") || Is(m, "names") || Is(m, "identified") || Is(m, "photo");
            if (name && (Is(m, "used") || Is(m, "published") || Is(m, "identified") || Is(m, "disclosed") || Is(m, "printed") || Is(m, "taken")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"said", "says", "told" or "tells".</summary>
    private bool IsCoreSayingVerb(int i) => Is(i, "said") || Is(i, "says") || Is(i, "told") || Is(i, "tells");

    /// <summary>
    /// A verb of saying that needs nothing after it to close an attribution, or only a phrase of medium ("..., the researchers
    /// reported in the journal Neurology."): said, says, told, tells, say, added, wrote, reported, noted, concluded and their
    /// present forms.
    /// </summary>
    private bool IsPlainSayingVerb(int i) => IsCoreSayingVerb(i) || Is(i, "say") || Is(i, "added") || Is(i, "adds") || Is(i, "wrote") || Is(i, "writes")
                                             || Is(i, "reported") || Is(i, "reports") || Is(i, "noted") || Is(i, "notes") || Is(i, "concluded") || Is(i, "concludes");

    /// <summary>"as saying", "as telling", "as stating", "as writing" at <paramref name="m"/>: the tail of "quoted X as saying".</summary>
    private bool IsAsSaying(int m) => Is(m, "as") && (Is(m + 1, "saying") || Is(m + 1, "telling") || Is(m + 1, "stating") || Is(m + 1, "writing"));

    /// <summary>An auxiliary of the passive: "was quoted", "were told", "has been quoted".</summary>
    private bool IsPassiveAuxiliary(int i) => Is(i, "was") || Is(i, "were") || Is(i, "been") || Is(i, "is") || Is(i, "are") || Is(i, "being") || Is(i, "be");

    /// <summary>"said", "says", "told" or "tells" right after the subject that opens the sentence at <paramref name="a"/>.</summary>
    private bool OpensWithSaying(int k, int a)
    {
        if (!IsCoreSayingVerb(k) || !SubjectBefore(k, a, out int ss, out _))
        {
            return false;
        }

        for (int i = a; i < ss; i++)
        {
            if (IsWordToken(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> heads a reported clause: its subject follows a verb of saying ("said he
    /// felt", "told reporters she was") or a "that" ("said that the driver showed").
    /// </summary>
    private bool InReportedClause(int verb, int lower)
    {
        int m = verb - 1;
        while (m > lower && (QuoteWords.BetweenSubjectAndVerb.Contains(Word(m)) || IsLyAdverb(m)) && !IsCapitalizedName(m))
        {
            m--;
        }

        if (m <= lower || !NounPhraseBefore(m, lower, out int start, out _) || start - 1 < lower)
        {
            return false;
        }

        int c = start - 1;
        if (Is(c, "that"))
        {
            return true;
        }

        if (QuoteWords.ObjectPronouns.Contains(Word(c)) || QuoteWords.GenericAddressees.Contains(Word(c)) && !QuoteWords.Determiners.Contains(Word(c)))
        {
            c--; // "told reporters she was ..."
        }

        return c >= lower && CueAt(c, verb, out CueFlags f) > 0 && (f & CueFlags.DirectOnly) == 0 && IsVerbLikeCue(c);
    }

    /// <summary>
    /// "As one researcher put it, the data are "a mess."": an "as" clause that opens the sentence with "put it" attributes
    /// the main clause after its comma (past the clause's time or place: "as Jackson put it in 1952,").
    /// </summary>
    private bool TryAsPutIt(int k, int a, int b, out Found quote)
    {
        quote = default;
        if (!SubjectBefore(k, a, out int ss, out int se) || ss - 1 < a || !Is(ss - 1, "as") || ss - 1 != FirstWordAt(a))
        {
            return false;
        }

        for (int m = k + 2; m < b - 1 && m <= k + 8; m++)
        {
            if (IsPunct(m, ','))
            {
                return IsWordToken(m + 1) && MakeReported(m + 1, ClauseEnd(m + 1, b), k, k + 2, ss, se, out quote);
            }

            if (!IsWordToken(m) || !(QuoteWords.VerbAdjuncts.Contains(Word(m)) || IsCapitalized(m) || _tokens[m].Kind == TokenKind.Number || IsYear(m)
                                     || QuoteWords.GenericAddressees.Contains(Word(m))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The first word token at or after <paramref name="a"/>.</summary>
    private int FirstWordAt(int a)
    {
        while (a < _tokens.Length && !IsWordToken(a))
        {
            a++;
        }

        return a;
    }

    /// <summary>
    /// A report through "quoted ... as saying": "Xinhua quoted Foreign Minister Wang Yi as saying that China ...", "The agency
    /// quoted an official as saying the launch had failed", "Putin was quoted by RIA as saying that Russia ...". The one
    /// quoted speaks: the object of an active "quoted", the subject of a passive one.
    /// </summary>
    private bool TryQuotedAsSaying(int k, int a, int b, out Found quote)
    {
        quote = default;
        int asAt = -1;
        for (int m = k + 1; m + 1 < b && m <= k + 14; m++)
        {
            if (!IsWordToken(m) && _tokens[m].Kind != TokenKind.Clitic)
            {
                return false;
            }

            if (IsAsSaying(m))
            {
                asAt = m;
                break;
            }
        }

        int ss, se;
        if (asAt < 0)
        {
            return false;
        }

        if (QuotedObject(k, b) is (int os, int oe))
        {
            (ss, se) = (os, oe);
        }
        else if (!IsPassiveAuxiliary(k - 1) || !SubjectBefore(k, a, out ss, out se))
        {
            return false;
        }

        int j = asAt + 2;
        if (Is(asAt + 1, "telling"))
        {
            j = HearerPhraseEnd(j, b) is int h && h > j ? h : j; // "quoted him as telling reporters that ..."
        }

        if (Is(j, "that"))
        {
            j++;
        }

        if (j >= b || !IsWordToken(j) && _tokens[j].Kind != TokenKind.Quote)
        {
            return false; // ("as saying: "...": the quotation marks' words, which the direct rules attribute)
        }

        return MakeReported(j, ClauseEnd(j, b), k, k + 1, ss, se, out quote);
    }

    /// <summary>
    /// "Xinhua quoted Foreign Minister Wang Yi as saying", "the agency quoted him as saying": for an active "quoted" at
    /// <paramref name="k"/>, the noun phrase it quotes, up to "as saying" (or "telling", "stating", "writing"); else null.
    /// ("Putin was quoted by RIA as saying": a passive "quoted" keeps its subject.)
    /// </summary>
    private (int Start, int End)? QuotedObject(int k, int upper)
    {
        // ("Xinhua quoted Wang Yi as saying: "..."": the attribution read "saying"; its "quoted" comes before.)
        if (k > 1 && IsAsSaying(k - 1))
        {
            int q = k - 2;
            while (q > 0 && q > k - 12 && (IsWordToken(q) || _tokens[q].Kind == TokenKind.Clitic) && !Is(q, "quoted"))
            {
                q--;
            }

            k = q;
        }

        if (k <= 0 || !Is(k, "quoted") || IsPassiveAuxiliary(k - 1) || Is(k + 1, "by"))
        {
            return null;
        }

        for (int m = k + 2; m + 1 < upper && m <= k + 12; m++)
        {
            if (!IsWordToken(m) && _tokens[m].Kind != TokenKind.Clitic)
            {
                return null;
            }

            if (IsAsSaying(m))
            {
                return (k + 1, m);
            }
        }

        return null;
    }

    /// <summary>
    /// Quoted words in title case right after a noun for a work, perhaps with a comma (her new film "The Salt Road", the
    /// memoir, "Notes from the Wings", a book titled "Crippled America"), or in any case after a maker's "of" (the author of
    /// "iGen"). A title, not anyone's words.
    /// </summary>
    private bool IsWorkTitle(int pair)
    {
        QuoteMarkPair p = _pairs[pair];
        int before = p.OpenToken - 1;
        if (IsPunct(before, ','))
        {
            before--;
        }

        // "the author of "iGen,"", "the host of "Morning Joe"": a maker's work, whatever its case.
        if (before > 1 && Is(before, "of") && p.Parts.Length == 1 && CountWords(p.OpenToken + 1, p.CloseToken) <= 8
            && QuoteWords.MakerNouns.Contains(Word(before - 1)))
        {
            return true;
        }

        if (before < 0 || _tokens[before].Kind != TokenKind.Word || !QuoteWords.WorkNouns.Contains(Word(before)) || p.Parts.Length != 1
            || !IsCapitalized(p.OpenToken + 1) || CountWords(p.OpenToken + 1, p.CloseToken) > 12)
        {
            return false;
        }

        // Title case leaves short function words lowercase: "Notes from the Wings".
        int capitals = CountCapitalized(p.OpenToken + 1, p.CloseToken, out int words);
        return capitals * 2 >= words;
    }

    /// <summary>A title or a name given in quotation marks (<see cref="IsWorkTitle"/>, <see cref="IsNameGiven"/>): no one's words.</summary>
    private bool IsNoOnesWords(int pair) => IsWorkTitle(pair) || IsNameGiven(pair);

    /// <summary>
    /// Quoted words of at most eight words right after "titled", a passive verb that gives a name ("nicknamed "the Oracle"",
    /// "dubbed "Martha's Law"") or a verb of making with title case ("wrote "The Long Road""): a name, not anyone's words.
    /// </summary>
    private bool IsNameGiven(int pair)
    {
        QuoteMarkPair p = _pairs[pair];
        int before = p.OpenToken - 1;
        if (before < 0 || _tokens[before].Kind != TokenKind.Word || p.Parts.Length != 1 || CountWords(p.OpenToken + 1, p.CloseToken) > 8)
        {
            return false;
        }

        if (Is(before, "titled") || Is(before, "entitled"))
        {
            return true;
        }

        if (QuoteWords.WorkVerbs.Contains(Word(before)) && IsTitleCase(p.OpenToken + 1, p.CloseToken))
        {
            return true;
        }

        // Active, a name in title case in a relative clause: "the update, which the company calls "Liquid Glass,"", "what Apple
        // calls "Project Titan"". A product's or a plan's name, not anyone's words ("what it calls "sensible gun laws"" and
        // "which he called "a disgrace"" are words: not title case).
        if (QuoteWords.NamingVerbs.Contains(Word(before)) && IsTitleCase(p.OpenToken + 1, p.CloseToken)
            && IsCapitalized(p.OpenToken + 1))
        {
            for (int r = before - 1; r >= Math.Max(0, before - 4); r--)
            {
                if (_tokens[r].Kind != TokenKind.Word)
                {
                    break;
                }

                if (Is(r, "which") || Is(r, "that") || Is(r, "what"))
                {
                    return r < before - 1;
                }
            }
        }

        // Passive, the name given to someone or something: "The coach, nicknamed "the Oracle,"", "an account called "Hypo-Cruz"",
        // "the bill is dubbed ...". (Not "what Trump called "a disaster"", "he called it ...": someone's words; nor "it was
        // labeled "Mostly True."": a verdict.)
        if (before == 0 || !(QuoteWords.NamingVerbs.Contains(Word(before)) || Is(before, "named")) || !Word(before).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || Word(before).StartsWith("label", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // (After a comma only when the sentence goes on past the name: "The coach, nicknamed "the Oracle," said ...", not "the
        // nominee, Mitt Romney, called "our No. 1 foe."".)
        int w = before - 1;
        if (IsPunct(w, ','))
        {
            int after = p.CloseToken + CloseWidth(p.CloseToken);
            return _text[p.ContentEnd - 1] == ',' && IsWordToken(after) || IsPunct(after, ',') && IsWordToken(after + 1);
        }

        // After a noun: "an account called", "a play named" ("a move the president called", "what critics called": a person
        // who says it, after a determiner or "what").
        return IsPassiveAuxiliary(w)
               || _tokens[w].Kind == TokenKind.Word && char.IsLower(_text[_tokens[w].Start]) && !QuoteWords.PersonalPronouns.Contains(Word(w))
                  && !QuoteWords.RelativeStarts.Contains(Word(w)) && !Is(w, "what") && !IsLyAdverb(w) && !QuoteWords.BetweenSubjectAndVerb.Contains(Word(w))
                  && !QuoteWords.Determiners.Contains(Word(w)) && !IsRoleWord(w) && !QuoteWords.PersonNouns.Contains(Word(w))
                  && !(w - 1 >= 0 && (Is(w - 1, "what") || QuoteWords.RelativeStarts.Contains(Word(w - 1))
                                      || QuoteWords.Determiners.Contains(Word(w - 1)) && w - 2 >= 0 && _tokens[w - 2].Kind == TokenKind.Word
                                         && char.IsLower(_text[_tokens[w - 2].Start]) && !QuoteWords.SpeakerObjectPrepositions.Contains(Word(w - 2))));
    }

    /// <summary>
    /// Quoted words in title case with no attribution are a title or headline ("13 Hours: The Secret Soldiers of Benghazi,",
    /// "Crippled America: How to Make America Great Again"): most words of three letters or more are capitalized.
    /// </summary>
    private bool IsTitleCase(int from, int to)
    {
        int capitals = CountCapitalized(from, to, out int words);
        return words >= 2 && capitals * 4 >= words * 3;
    }

    /// <summary>Of the words of three letters or more in [from, to), how many are capitalized; <paramref name="words"/> counts them all.</summary>
    private int CountCapitalized(int from, int to, out int words)
    {
        int capitals = 0;
        words = 0;
        for (int m = from; m < to; m++)
        {
            if (_tokens[m].Kind is TokenKind.Word && _tokens[m].Length >= 3)
            {
                words++;
                capitals += char.IsUpper(_text[_tokens[m].Start]) ? 1 : 0;
            }
        }

        return capitals;
    }

    /// <summary>
    /// The sentence goes on after the closing mark with no punctuation inside it: "said that "of course he will defend
    /// himself" against what ...", ""You squeezed employees" to drive up the stock price": quoted words inside a clause.
    /// </summary>
    private bool ContinuesClause(QuoteMarkPair pair, int closeEnd)
    {
        if (closeEnd >= _tokens.Length || _sentence[closeEnd] != _sentence[pair.CloseToken] || _tokens[closeEnd].Kind != TokenKind.Word
            || !char.IsLower(_text[_tokens[closeEnd].Start]) || !char.IsLetterOrDigit(_text[pair.ContentEnd - 1]))
        {
            return false;
        }

        return CueAt(closeEnd, _tokens.Length, out _) == 0 && !QuoteWords.PersonalPronouns.Contains(Word(closeEnd))
               && !(closeEnd + 1 < _tokens.Length && CueAt(closeEnd + 1, _tokens.Length, out _) > 0);
    }

    private bool HoldsThat(int from, int to)
    {
        for (int m = from; m < to; m++)
        {
            if (Is(m, "that"))
            {
                return true;
            }
        }

        return false;
    }

    private int CountLettersOrDigits(int startChar, int endChar)
    {
        int n = 0;
        foreach (char c in _text.AsSpan(startChar, endChar - startChar))
        {
            if (char.IsLetterOrDigit(c))
            {
                n++;
            }
        }

        return n;
    }

    private int CountWords(int from, int to)
    {
        int n = 0;
        for (int k = Math.Max(0, from); k < to && k < _tokens.Length; k++)
        {
            if (IsWordToken(k))
            {
                n++;
            }
        }

        return n;
    }

    private char FirstLetterOrDigit(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (char.IsLetterOrDigit(_text[k]))
            {
                return _text[k];
            }
        }

        return 'A';
    }

    private bool EndsWithSentencePunctuation(QuoteMarkPair pair)
    {
        int e = pair.ContentEnd;
        return e > pair.ContentStart && _text[e - 1] is '.' or '!' or '?' or ',' or '…' or '—' or '-';
    }

    /// <summary>The first token the window before a quote may use: the paragraph's start, the previous quote's close, the sentence's start.</summary>
    private int PreviousBoundary(int pair, int open)
    {
        int lower = Math.Max(0, open - 25);
        int para = _paragraph[open];
        while (lower < open && _paragraph[lower] != para)
        {
            lower++;
        }

        if (pair > 0)
        {
            int prevClose = _pairs[pair - 1].CloseToken;
            if (prevClose >= lower && prevClose < open)
            {
                lower = prevClose + CloseWidth(prevClose);
            }
        }

        for (int k = open - 1; k >= lower; k--)
        {
            if (IsTerminator(k))
            {
                return k + 1;
            }
        }

        // ("... wrote on X. "Illegal monopolies ..."": a sentence that ends in an abbreviation has no period token of its own.)
        int sentence = SentenceStart(open);
        return _sentence[open] >= 0 && sentence > lower ? sentence : lower;
    }

    /// <summary>The token after the last one the window after a quote may use.</summary>
    private int NextBoundary(int pair, int from)
    {
        int upper = Math.Min(_tokens.Length, from + PostWindow + 8);
        if (pair + 1 < _pairs.Count && _pairs[pair + 1].OpenToken < upper)
        {
            upper = _pairs[pair + 1].OpenToken;
        }

        if (from < _tokens.Length)
        {
            int para = _paragraph[Math.Min(from, _tokens.Length - 1)];
            for (int k = from; k < upper; k++)
            {
                if (_paragraph[k] != para || IsTerminator(k) && k > from && !(k + 1 < _tokens.Length && IsPunct(k + 1, ')')))
                {
                    return k;
                }
            }
        }

        return upper;
    }

    private bool TryAttributeAfter(int from, int upper, out int cueStart, out int cueEnd, out int spkStart, out int spkEnd)
    {
        if (TryAttributeAfterNear(from, upper, out cueStart, out cueEnd, out spkStart, out spkEnd))
        {
            // ("'A.' In a statement read to the court, her husband, Peter, said: 'B.'": after a quote that closes its sentence,
            // an attribution that ends in a colon before the next quote introduces that quote.)
            // ("'...' The trial continues.": a process that goes on is no speaker.)
            // (""... late." Asked by an analyst about dividends, Mark Osei said ...": a participle that opens the next sentence
            // is that sentence's, not the quote's attribution.)
            // (""... not changing." Chinese Foreign Ministry spokesman Liu Jian accused Washington of ...": a new sentence whose verb
            // takes an object or a clause of its own reports that, not the quote before it; "Smith said Tuesday." may follow.)
            if (ClosesWithPeriod(from) && spkStart >= 0 && spkStart < cueStart && cueEnd < _tokens.Length && _sentence[cueStart] >= 0
                && _sentence[cueStart] != _sentence[Math.Max(0, from - 1)]
                && !(TailIsShort(cueEnd, SentenceEnd(cueStart)) || IsPhraseTail(cueEnd, SentenceEnd(cueStart))))
            {
                cueStart = cueEnd = spkStart = spkEnd = -1;
                return false;
            }

            if (ClosesSentence(from) && IntroducesNextQuote(cueEnd, upper)
                || ClosesSentence(from) && spkStart < 0 && IsCapitalized(cueStart) && (IsParticipleCue(cueStart) || Word(cueStart).EndsWith("ed", StringComparison.Ordinal))
                || (Is(cueStart, "continues") || Is(cueStart, "continued")) && spkEnd == cueStart && QuoteWords.OngoingProcesses.Contains(Word(spkEnd - 1)))
            {
                cueStart = cueEnd = spkStart = spkEnd = -1;
                return false;
            }

            return true;
        }

        int first = from;
        while (first < upper && (IsPunct(first, ',') || _tokens[first].Kind == TokenKind.Dash))
        {
            first++;
        }

        // Only after words that end with a comma, question or exclamation mark: ""A." Of Carson, Levine, who ..., said, "B.""
        // puts its attribution before the next quote.
        return from < _tokens.Length && (from == 0 || _paragraph[from] == _paragraph[from - 1]) && !ClosesWithPeriod(from) && OpensCapitalized(from)
               && NamedSpeakerWithLongDescription(first, upper, out cueStart, out cueEnd, out spkStart, out spkEnd)
               && !OpensNextQuote(cueEnd, upper);
    }

    private bool TryAttributeAfterNear(int from, int upper, out int cueStart, out int cueEnd, out int spkStart, out int spkEnd)
    {
        cueStart = cueEnd = spkStart = spkEnd = -1;
        if (from >= _tokens.Length || from >= upper || from > 0 && _paragraph[from] != _paragraph[from - 1])
        {
            return false;
        }

        int k = from;
        if (_tokens[k].Kind == TokenKind.Dash && k + 1 < _tokens.Length && _paragraph[k + 1] == _paragraph[k])
        {
            // A signature after a dash: "...” ― Pamela Padilla".
            int e = k + 1;
            while (e < _tokens.Length && e < k + 6 && _paragraph[e] == _paragraph[k] && IsCapitalized(e))
            {
                e++;
            }

            bool ends = e >= _tokens.Length || _paragraph[e] != _paragraph[k] || IsTerminator(e) || IsPunct(e, ',') || _tokens[e].Kind == TokenKind.Quote;
            if (e - (k + 1) >= 1 && ends && IsProperNameRun(k + 1, e))
            {
                (cueStart, cueEnd, spkStart, spkEnd) = (k, k + 1, k + 1, e);
                return true;
            }
        }

        while (k < upper && (IsPunct(k, ',') || _tokens[k].Kind == TokenKind.Dash))
        {
            k++;
        }

        int first = k;
        if (first < upper && _tokens[first].Kind == TokenKind.Word && QuoteWords.Subordinators.Contains(Word(first)) && !Is(first, "as"))
        {
            return false; // ""That makes me smart," when Clinton blasted him ...": a clause of the writer's, no attribution
        }

        // ""Brilliant," was how Hart summed up the performance.", ""...," is how one aide put it.": the subject after "how".
        if ((Is(first, "was") || Is(first, "is")) && Is(first + 1, "how"))
        {
            int v = first + 3;
            while (v < upper && v < first + 9 && (IsWordToken(v) || _tokens[v].Kind == TokenKind.Clitic)
                   && !(char.IsLower(_text[_tokens[v].Start]) && (IsLikelyVerb(v) || QuoteWords.IrregularPastVerbs.Contains(Word(v)) || CueAt(v, upper, out _) > 0)))
            {
                v++;
            }

            if (v < upper && v < first + 9 && IsWordToken(v) && NounPhraseAt(first + 2, v, out spkStart, out spkEnd))
            {
                // ("summed up", "put it": the verb's particle or object belongs to the cue.)
                bool withNext = v + 1 < upper && (QuoteWords.VerbParticles.Contains(Word(v + 1)) || Is(v, "put") && Is(v + 1, "it"));
                (cueStart, cueEnd) = (v, withNext ? v + 2 : v + 1);
                return true;
            }

            return false;
        }

        for (; k < upper && k < first + PostWindow; k++)
        {
            if (IsTerminator(k) && k + 1 < upper && IsPunct(k + 1, ')'))
            {
                continue; // the period of a party label: "Rep. Gwen Moore (D-Wis.) said"
            }

            if (_tokens[k].Kind == TokenKind.Quote || IsTerminator(k))
            {
                break;
            }

            int n = CueAt(k, upper, out _);
            if (n == 0)
            {
                continue;
            }

            if (Is(k, "according"))
            {
                // (""The suspect knew one of the victims." Investigators were still searching ..., according to police.":
                // after words of their own, "according to" attributes them, not the quote.)
                if (k == first && SourceAfterAccordingTo(k + n, upper, out spkStart, out spkEnd))
                {
                    (cueStart, cueEnd) = (k, k + n);
                    return true;
                }

                return false;
            }

            if (k == first)
            {
                // Inverted: "...," said Sam Nguyen. (A participle never inverts: ""...," promising the Friends of Abe
                // will return" names no speaker after it.)
                if (!IsParticipleCue(k) && SubjectAfter(k + n, upper, out spkStart, out spkEnd))
                {
                    (cueStart, cueEnd) = (k, k + n);
                    return true;
                }

                if (Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                {
                    return false; // ""...," adding that ...": the next report of a speaker named before the quote
                }

                (cueStart, cueEnd) = (k, k + n);
                return true;
            }

            if (IsTrailingParticiple(first))
            {
                return false; // ""Bernie or Jill, No Hill," raising fresh questions about ...": the writer's participle phrase
            }

            if (SubjectBefore(k, first, out spkStart, out spkEnd))
            {
                // ""... in Nice, France." He said he had directed his team to ...": after a quote that closes its sentence,
                // a capitalized subject whose verb goes on to report something opens a sentence of its own.
                // A question or exclamation is attributed like a comma-ended quote ("...?" Trump asked, turning ...), unless
                // the words after the cue open a report or the next quote.
                if (ClosesSentence(from) && IsCapitalized(first) && !TailIsShort(k + n, upper)
                    && (!ClosesQuestionOrExclamation(from) || OpensReport(k + n, upper)))
                {
                    return false;
                }

                (cueStart, cueEnd) = (k, k + n);
                return true;
            }

            // ""...," the report said.", ""...," the IMF report stated.": a cue word after a determiner, a name or a
            // possessive is the subject's noun; its verb comes next.
            if (k - 1 >= first && IsDocumentNoun(k) && (QuoteWords.Determiners.Contains(Word(k - 1)) || IsCapitalized(k - 1) || IsPossessiveClitic(k - 1)))
            {
                continue;
            }

            return false;
        }

        return UnlistedVerbAfter(from, first, upper, out cueStart, out cueEnd, out spkStart, out spkEnd);
    }

    /// <summary>
    /// ""...," an angry Hollande retaliated.", ""...," the nominee riffed on ...", ""...," it reads.": after quoted words that
    /// end with a comma, question or exclamation mark, a short subject and a verb the cue list does not hold, closing the
    /// sentence or followed by a comma, particle or preposition.
    /// </summary>
    private bool UnlistedVerbAfter(int from, int first, int upper, out int cueStart, out int cueEnd, out int spkStart, out int spkEnd)
    {
        cueStart = cueEnd = spkStart = spkEnd = -1;
        if (LastQuotedChar(from, out int close) is not (',' or '?' or '!') || first != from || _region[close] == NoRegion)
        {
            return false;
        }

        QuoteMarkPair pair = _pairs[_region[close]];
        if (char.IsLower(FirstLetterOrDigit(pair.ContentStart, pair.ContentEnd)))
        {
            return false; // a scare-quoted phrase ("a self-described "geeky kid," Cruz changed ...")
        }

        for (int v = first + 1; v < upper && v <= first + 6; v++)
        {
            if (!IsWordToken(v) || _tokens[v].Kind != TokenKind.Word)
            {
                return false;
            }

            if (!IsLikelyVerb(v))
            {
                continue;
            }

            int after = v + 1;
            if (after < upper && QuoteWords.VerbParticles.Contains(Word(after)))
            {
                after++;
            }

            bool closes = after >= upper || IsTerminator(after) || IsPunct(after, ',') || IsPunct(after, ':')
                          || _tokens[after].Kind == TokenKind.Word && QuoteWords.VerbAdjuncts.Contains(Word(after)) && char.IsLower(_text[_tokens[after].Start]);
            if (closes && SubjectBefore(v, first, out spkStart, out spkEnd) && spkStart == first)
            {
                (cueStart, cueEnd) = (v, after > v + 1 && QuoteWords.VerbParticles.Contains(Word(v + 1)) ? v + 2 : v + 1);
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>A lowercase word with a verb's ending ("retaliated", "riffs", "reads") or an irregular past ("shot", "went").</summary>
    private bool IsLikelyVerb(int i)
    {
        ReadOnlySpan<char> w = Word(i);
        if (w.Length < 3 || !char.IsLower(w[0]))
        {
            return false;
        }

        if (w is "left" && (Is(i - 1, "far") || Is(i - 1, "the") || Is(i - 1, "hard") || Is(i - 1, "new") || Is(i - 1, "center") || Is(i - 1, "radical")
                            || Is(i + 1, "wing") || Is(i + 1, "of")))
        {
            return false; // "the far left wing", "the left of the party": the side, no verb
        }

        return w.EndsWith("ed", StringComparison.Ordinal) || QuoteWords.IrregularPastVerbs.Contains(w)
               || w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
               && !w.EndsWith("ies", StringComparison.Ordinal) && !w.EndsWith("ics", StringComparison.Ordinal) && !w.SequenceEqual("news");
    }

    /// <summary>
    /// A sentence that opens with a short noun phrase, one to three descriptions set off by commas, and a verb: "One early
    /// supporter, Representative Lee Zeldin, Republican of New York, gave ...". The speaker is the name in the first
    /// description when the head is a common noun phrase ("One early supporter"), else the head.
    /// </summary>
    private bool SubjectWithAppositives(int from, int limit, out int start, out int end, out int verb)
    {
        start = end = verb = -1;
        int p = from;
        while (p < limit && p < from + 8 && IsWordToken(p) || p < limit && _tokens[p].Kind == TokenKind.Clitic)
        {
            p++;
        }

        if (p == from || p >= limit || !IsPunct(p, ',') || !(IsCapitalized(from) || _tokens[from].Kind == TokenKind.Number))
        {
            return false;
        }

        int head = p;
        int appositive = -1, appositiveEnd = -1;
        for (int segments = 0; segments < 3 && IsPunct(p, ','); segments++)
        {
            int q = p + 1;
            while (q < limit && q < p + 14 && (IsWordToken(q) || _tokens[q].Kind is TokenKind.Clitic || IsPunct(q, '.') && _tokens[q - 1].Kind == TokenKind.Abbreviation)
                   && !(_tokens[q].Kind == TokenKind.Word && char.IsLower(_text[_tokens[q].Start]) && (QuoteWords.FiniteVerbs.Contains(Word(q)) || IsVerbLikeCue(q))))
            {
                q++;
            }

            if (q >= limit || !IsPunct(q, ',') || q == p + 1)
            {
                return false;
            }

            if (appositive < 0)
            {
                (appositive, appositiveEnd) = (p + 1, q);
            }

            p = q;
            if (IsWordToken(p + 1) && (IsLikelyVerb(p + 1) || QuoteWords.FiniteVerbs.Contains(Word(p + 1))))
            {
                verb = p + 1;
                break;
            }
        }

        if (verb < 0)
        {
            return false;
        }

        (start, end) = (from, head);
        if (!IsCapitalized(from) || QuoteWords.Determiners.Contains(Word(from)) || QuoteWords.PronounLikeDeterminers.Contains(Word(from)))
        {
            // "One early supporter, Representative Lee Zeldin, ...": the name in the description.
            int n = appositive;
            while (n < appositiveEnd && !IsCapitalized(n))
            {
                n++;
            }

            int e = n;
            while (e < appositiveEnd && (IsCapitalized(e) || _tokens[e].Kind == TokenKind.Abbreviation))
            {
                e++;
            }

            if (e - n >= 2)
            {
                (start, end) = (n, e);
            }
        }

        return true;
    }

    /// <summary>
    /// ""...," Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said ...": a short
    /// noun phrase with a capitalized word right after the quote, set off by a comma or dash, then a description of any
    /// length (up to 45 tokens, nicknames in quotation marks included) and the speech verb after a comma, dash or bracket.
    /// </summary>
    private bool NamedSpeakerWithLongDescription(int first, int upper, out int cueStart, out int cueEnd, out int spkStart, out int spkEnd)
    {
        cueStart = cueEnd = spkStart = spkEnd = -1;
        int e = first;
        bool capital = false;
        if (first >= upper || QuoteWords.NounPhraseStops.Contains(Word(first)) || QuoteWords.Subordinators.Contains(Word(first)))
        {
            return false;
        }

        while (e < upper && e < first + 7 && (IsWordToken(e) || _tokens[e].Kind == TokenKind.Clitic))
        {
            if (IsVerbLikeCue(e) || e > first && QuoteWords.NounPhraseStops.Contains(Word(e)) && !Is(e, "of"))
            {
                return false;
            }

            capital |= IsCapitalized(e);
            e++;
        }

        if (e == first || !capital || e >= upper || !(IsPunct(e, ',') || _tokens[e].Kind == TokenKind.Dash))
        {
            return false;
        }

        for (int c = e + 2; c < upper && c < e + 45; c++)
        {
            if (IsTerminator(c) && !(c + 1 < upper && IsPunct(c + 1, ')')))
            {
                return false;
            }

            if (_tokens[c].Kind == TokenKind.Quote)
            {
                // A nickname or title in quotation marks inside the description: "state Del. Marcia "Cia" Price".
                int close = c + 1;
                while (close < upper && close < c + 5 && _tokens[close].Kind != TokenKind.Quote)
                {
                    close++;
                }

                if (close >= upper || _tokens[close].Kind != TokenKind.Quote)
                {
                    return false;
                }

                c = close;
                continue;
            }

            bool afterBreak = IsPunct(c - 1, ',') || _tokens[c - 1].Kind == TokenKind.Dash || IsPunct(c - 1, ')');
            int n;
            if (afterBreak && _tokens[c].Kind == TokenKind.Word && char.IsLower(_text[_tokens[c].Start]) && (n = CueAt(c, upper, out _)) > 0
                && (IsVerbLikeCue(c) || Word(c).EndsWith("ed", StringComparison.Ordinal) || QuoteWords.IrregularPastVerbs.Contains(Word(c))))
            {
                (cueStart, cueEnd, spkStart, spkEnd) = (c, c + n, first, e);
                return true;
            }
        }

        return false;
    }

    /// <summary>A cue in "-ing" ("adding", "saying"): a participle that introduces a quote of its own.</summary>
    private bool IsParticipleCue(int cue) => cue >= 0 && Word(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>The closing mark of quoted words that end with a comma: ""got an immunity agreement," Jordan said".</summary>
    private bool IsClosingAfterComma(int c) => c > 0 && _tokens[c].Kind == TokenKind.Quote && _region[c] != NoRegion
                                              && _pairs[_region[c]].CloseToken == c && IsPunct(c - 1, ',');

    /// <summary>Quoted words open within <paramref name="window"/> tokens of <paramref name="from"/>: "called North Korea's "reckless" actions".</summary>
    private bool HasFragmentWithin(int from, int b, int window)
    {
        for (int m = from; m < b && m < from + window; m++)
        {
            if (_tokens[m].Kind == TokenKind.Quote && _region[m] != NoRegion)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "what" a few words before the cue at <paramref name="cue"/>, with only words between ("what it called"), or a
    /// relative "which" or "that" before a verb of naming ("which the company calls").
    /// </summary>
    private bool WhatClauseBefore(int cue, int lower)
    {
        for (int m = cue - 1; m >= lower && m >= cue - 7; m--)
        {
            // ("The update, which the company calls "Liquid Glass," ...": the name a relative clause gives its head.)
            if (Is(m, "what") || m < cue - 1 && (Is(m, "which") || Is(m, "that")) && char.IsLower(_text[_tokens[m].Start])
                && QuoteWords.NamingVerbs.Contains(Word(cue)))
            {
                return true;
            }

            if (!IsWordToken(m) && _tokens[m].Kind != TokenKind.Clitic)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A sentence's end among tokens [from, to).</summary>
    private bool HasTerminator(int from, int to)
    {
        for (int m = from; m < to; m++)
        {
            if (IsTerminator(m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the quote that closes right before token <paramref name="from"/> starts with a capital: a sentence, not a phrase.</summary>
    private bool OpensCapitalized(int from)
    {
        int close = from - 1;
        while (close > 0 && _tokens[close].Kind == TokenKind.Quote && _region[close] == NoRegion)
        {
            close--;
        }

        return close >= 0 && _region[close] != NoRegion
               && !char.IsLower(FirstLetterOrDigit(_pairs[_region[close]].ContentStart, _pairs[_region[close]].ContentEnd));
    }

    /// <summary>True when the quoted words that end right before token <paramref name="from"/> end with a period.</summary>
    private bool ClosesWithPeriod(int from) => LastQuotedChar(from, out _) == '.';

    /// <summary>Whether a colon and an opening quotation mark follow within the six tokens after <paramref name="after"/>, before any sentence end.</summary>
    private bool IntroducesNextQuote(int after, int upper)
    {
        for (int m = after; m < upper && m < _tokens.Length - 1 && m < after + 6; m++)
        {
            if (IsPunct(m, ':'))
            {
                return _tokens[m + 1].Kind == TokenKind.Quote && _region[m + 1] != NoRegion && _pairs[_region[m + 1]].OpenToken == m + 1;
            }

            if (IsTerminator(m) || _tokens[m].Kind == TokenKind.Quote)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A comma or colon and a quotation mark at <paramref name="after"/>: the verb before it introduces the next quote.</summary>
    private bool OpensNextQuote(int after, int upper) => after + 1 < _tokens.Length && after <= upper
        && (IsPunct(after, ',') || IsPunct(after, ':')) && _tokens[after + 1].Kind == TokenKind.Quote;

    /// <summary>
    /// What follows a cue at <paramref name="after"/> (past a hearer: "told reporters") reads as the start of a report: "that",
    /// a subject pronoun, a determiner, a number or a name ("He said he had directed ...", "She said the plan ..."), not a
    /// comma, preposition or adverb that goes on with an attribution ("Trump asked, turning ...", "Clinton asks as ...").
    /// </summary>
    private bool OpensReport(int after, int upper)
    {
        int m = AfterHearer(after, upper);
        if (m < _tokens.Length && _tokens[m].Kind == TokenKind.Quote || OpensNextQuote(m, upper))
        {
            return true; // "He added, "..."": the cue introduces the next quote
        }

        if (m >= upper || !IsWordToken(m))
        {
            return false;
        }

        return Is(m, "that") || IsSubjectPronoun(m) || QuoteWords.Determiners.Contains(Word(m)) && !QuoteWords.VerbAdjuncts.Contains(Word(m))
               || _tokens[m].Kind == TokenKind.Number || IsCapitalized(m) && !QuoteWords.VerbAdjuncts.Contains(Word(m));
    }

    /// <summary>True when the quoted words that end right before token <paramref name="from"/> end with "!" or "?".</summary>
    private bool ClosesQuestionOrExclamation(int from) => LastQuotedChar(from, out _) is '!' or '?';

    /// <summary>True when the quoted words that end right before token <paramref name="from"/> end with ".", "!" or "?".</summary>
    private bool ClosesSentence(int from) => LastQuotedChar(from, out _) is '.' or '!' or '?';

    /// <summary>
    /// "..., in the words of its director, Anya Petrov, "a comedy that ..."", "in the words of one analyst: "..."": the phrase
    /// right before the quote names its speaker, the name after a description when one follows it.
    /// </summary>
    private bool InTheWordsOf(int open, int lower, out int cueStart, out int cueEnd, out int spkStart, out int spkEnd)
    {
        cueStart = cueEnd = spkStart = spkEnd = -1;
        int k = open - 1;
        if (k < lower || !(IsPunct(k, ',') || IsPunct(k, ':')))
        {
            return false;
        }

        for (int c = k - 5; c >= lower && c >= open - 16; c--)
        {
            if (!(Is(c, "in") && Is(c + 1, "the") && Is(c + 2, "words") && Is(c + 3, "of")))
            {
                continue;
            }

            int comma = c + 4;
            while (comma < k && !IsPunct(comma, ','))
            {
                comma++;
            }

            (cueStart, cueEnd) = (c, c + 4);
            (spkStart, spkEnd) = comma + 1 < k && IsProperNameRun(comma + 1, k) ? (comma + 1, k) : (c + 4, comma);
            return spkEnd > spkStart;
        }

        return false;
    }

    /// <summary>
    /// The character right before the closing mark that ends before token <paramref name="from"/> (a doubled mark counts
    /// as one), and that mark's first token; '\0' and -1 when no quotation mark ends there.
    /// </summary>
    private char LastQuotedChar(int from, out int close)
    {
        close = from - 1;
        while (close > 0 && _tokens[close].Kind == TokenKind.Quote && _tokens[close - 1].Kind == TokenKind.Quote && _tokens[close - 1].End == _tokens[close].Start)
        {
            close--; // the second mark of a doubled closing quote
        }

        if (close <= 0 || _tokens[close].Kind != TokenKind.Quote || _tokens[close].Start == 0)
        {
            close = -1;
            return '\0';
        }

        return _text[_tokens[close].Start - 1];
    }

    private bool TryAttributeBefore(int open, int lower, out int cueStart, out int cueEnd, out int spkStart, out int spkEnd)
    {
        if (InTheWordsOf(open, lower, out cueStart, out cueEnd, out spkStart, out spkEnd))
        {
            return true;
        }

        int k = open - 1;
        while (k >= lower && (IsPunct(k, ':') || IsPunct(k, ',') || _tokens[k].Kind == TokenKind.Dash))
        {
            k--;
        }

        for (int c = k; c >= lower && c >= open - PreWindow; c--)
        {
            if (_tokens[c].Kind == TokenKind.Quote)
            {
                break;
            }

            int n = CueAt(c, open, out _);
            if (n == 0 || c + n > open)
            {
                continue;
            }

            if (Is(c, "according"))
            {
                if (SourceAfterAccordingTo(c + n, open, out spkStart, out spkEnd))
                {
                    (cueStart, cueEnd) = (c, c + n);
                    return true;
                }

                continue;
            }

            // "it was labeled "Mostly True."", "a box labeled "medical problem"": a passive cue names no speaker.
            if (Word(c).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && (IsPassive(c, lower) || c - 1 >= lower && _tokens[c - 1].Kind == TokenKind.Word
                    && char.IsLower(_text[_tokens[c - 1].Start]) && !QuoteWords.PersonalPronouns.Contains(Word(c - 1)) && Is(c, "labeled")))
            {
                (cueStart, cueEnd) = (c, c + n);
                return true;
            }

            // ", saying: "..."", and a participle after a noun: "sent a text message to supporters saying: "..."", "carrying
            // signs saying, "..."": the subject of the clause the participle hangs on.
            // (""...," adding, "..."": the comma may sit inside the quoted words before the participle.)
            bool participle = Word(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                              && (IsPunct(c - 1, ',') || IsClosingAfterComma(c - 1)
                                  || c - 1 >= lower && _tokens[c - 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[c - 1].Start])
                                  && !QuoteWords.BetweenSubjectAndVerb.Contains(Word(c - 1)) && !QuoteWords.FiniteVerbs.Contains(Word(c - 1))
                                  && !QuoteWords.PersonalPronouns.Contains(Word(c - 1)));
            if (participle ? ParticipleSubject(c, SentenceStart(c), out spkStart, out spkEnd) : SubjectBefore(c, lower, out spkStart, out spkEnd))
            {
                (cueStart, cueEnd) = (c, c + n);
                return true;
            }

            if (c + n >= k && _tokens[c].Kind == TokenKind.Word && char.IsLower(_text[_tokens[c].Start]))
            {
                // "Boreing said the members will still meet, but said, "...": a second verb after ", but" shares the
                // clause's subject.
                if (AfterCoordinator(c) && ParticipleSubject(c, SentenceStart(c), out spkStart, out spkEnd))
                {
                    (cueStart, cueEnd) = (c, c + n);
                    return true;
                }

                break; // "... when my mother mentioned the devil, I laughed and said, "..."": the cue right before the quote is its
                       // attribution even when its subject is not found here; an earlier cue belongs to another clause
            }
        }

        // "As Steven M. Rosenthal, a tax lawyer, recently put it, "..."": the name after "as". ("put it last week", "put it to
        // me": a short adjunct may follow "it".)
        int it = k;
        while (it > lower && it > k - 5 && !Is(it, "it") && IsWordToken(it)
               && (QuoteWords.VerbAdjuncts.Contains(Word(it)) || QuoteWords.GenericAddressees.Contains(Word(it)) || IsCapitalized(it)))
        {
            it--;
        }

        if (it != k && Is(it, "it") && Is(it - 1, "put"))
        {
            k = it;
        }

        if (k - 1 >= lower && Is(k, "it") && Is(k - 1, "put"))
        {
            for (int a = k - 2; a >= lower && a >= k - 40; a--)
            {
                if (_tokens[a].Kind == TokenKind.Quote || IsTerminator(a))
                {
                    break;
                }

                if (Is(a, "as") && (a == SentenceStart(a) || IsPunct(a - 1, ',') || a == lower) && SubjectAfter(a + 1, k - 1, out spkStart, out spkEnd))
                {
                    (cueStart, cueEnd) = (k - 1, k + 1);
                    return true;
                }
            }
        }

        // Inverted before the quote: "Said Dorothy Poynter, who grew up on the block, "We were all so proud of him.""
        int first = lower;
        while (first < open && !IsWordToken(first))
        {
            first++;
        }

        if (first < open && first == SentenceStart(first) && IsCapitalized(first) && QuoteWords.InvertingVerbs.Contains(Word(first))
            && IsCapitalized(first + 1) && SubjectAfter(first + 1, open, out spkStart, out spkEnd))
        {
            (cueStart, cueEnd) = (first, first + 1);
            return true;
        }

        // "Sanders: "..."", "Trump on Clinton: "..."": a name and a colon.
        // ("The singer posted on Instagram: "..."": the object of a preposition is a medium or a place, never the speaker;
        // "by Times' Ben Sisario: "..."" names the writer.)
        if (k + 1 < open && IsPunct(k + 1, ':') && k >= lower && IsCapitalized(k) && k - lower <= 6
            && NounPhraseBefore(k, lower, out spkStart, out spkEnd) && IsCapitalized(spkStart)
            && !(spkStart - 1 >= lower && (Is(spkStart - 1, "on") || Is(spkStart - 1, "in") || Is(spkStart - 1, "to") || Is(spkStart - 1, "via")
                                           || Is(spkStart - 1, "at") || Is(spkStart - 1, "from") || Is(spkStart - 1, "with"))))
        {
            (cueStart, cueEnd) = (k + 1, k + 2);
            return true;
        }

        // "Trump on the wall: "..."", "Dana Whitfield on Twitter: "..."": a name, then what or where about, and a colon.
        if (k + 1 < open && IsPunct(k + 1, ':') && k >= lower && k - lower <= 10)
        {
            int e = lower;
            while (e < k && IsCapitalized(e) && !QuoteWords.CapitalizedNonNames.Contains(Word(e)))
            {
                e++;
            }

            if (e > lower && e < k && (Is(e, "on") || Is(e, "about")) && IsProperNameRun(lower, e))
            {
                (cueStart, cueEnd, spkStart, spkEnd) = (k + 1, k + 2, lower, e);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of the clause that leads into a quote after a colon or comma, whatever its verb: "Sanders delivered a
    /// snappy retort: "..."", "Another tweeted, "..."", "On Tuesday, Mr. McConnell deflected questions before saying, "..."".
    /// Fronted phrases set off by a comma ("On Tuesday,", "At a conference in Aspen,") are passed over.
    /// </summary>
    private bool TryLeadInSubject(int open, int lower, out int cueStart, out int cueEnd, out int spkStart, out int spkEnd)
    {
        cueStart = cueEnd = spkStart = spkEnd = -1;
        int k = open - 1;
        bool colon = IsPunct(k, ':');
        // ("The minister was blunt:⏎⏎"There is no money left."": a colon that closes the paragraph before leads in too.)
        if (k < 1 || !(colon || IsPunct(k, ',')) || _paragraph[k] != _paragraph[open] && !(colon && _paragraph[open] == _paragraph[k] + 1))
        {
            return false;
        }

        int p = _paragraph[k] == _paragraph[open] ? Math.Max(lower, SentenceStart(k)) : SentenceStart(k);
        if (!ClauseSubject(p, k, out spkStart, out spkEnd, out int v))
        {
            // "John Dickey, the chief executive of Ora Media -- the company that ... -- told me, "..."".
            int s = SentenceStart(k);
            if (_paragraph[s] == _paragraph[k] && NamedSpeakerWithLongDescription(s, k, out cueStart, out cueEnd, out spkStart, out spkEnd)
                && AfterHearer(cueEnd, k) >= k - 1)
            {
                return true;
            }

            // "One early supporter, Representative Lee Zeldin, Republican of New York, gave the technique a whirl ...: "..."":
            // before a colon, the subject set off by appositives speaks, whatever its verb.
            if (colon && _paragraph[s] == _paragraph[k] && SubjectWithAppositives(s, k, out spkStart, out spkEnd, out int verb))
            {
                (cueStart, cueEnd) = (verb, verb + 1);
                for (int m = k - 1; m > verb; m--)
                {
                    if (CueAt(m, open, out _) is int n and > 0)
                    {
                        (cueStart, cueEnd) = (m, m + n); // "... stressed her support of the raid and said ...:": the speech verb
                        break;
                    }
                }

                return true;
            }

            (cueStart, cueEnd, spkStart, spkEnd) = (-1, -1, -1, -1);
            return false;
        }

        // After a comma the lead-in is short or ends on its verb ("Sanders shot back,", "and later said,", "before saying,").
        if (!colon && k - v > 6 && !(IsLikelyVerb(k - 1) || CueAt(k - 1, open, out _) > 0 || QuoteWords.VerbParticles.Contains(Word(k - 1))))
        {
            return false;
        }

        int cue = v;
        bool speechVerb = CueAt(v, open, out _) > 0;
        for (int m = k - 1; m > v; m--)
        {
            if (CueAt(m, open, out _) > 0)
            {
                cue = m; // "... and later said,": the speech verb, not the first verb
                speechVerb = true;
                if (SubjectBefore(m, v + 1, out int own, out int ownEnd) && own > v && !Is(own, "it") && !Is(own, "you"))
                {
                    (spkStart, spkEnd) = (own, ownEnd); // "The Times made the same claims, and Breitbart News responded:": the cue's own subject
                }

                break;
            }
        }

        // Across a paragraph break, only a lead-in with a verb of saying, or a named subject, speaks ("Fernando Fernández set
        // out his plans:"; not "The biggest victor was:").
        if (_paragraph[k] != _paragraph[open] && !speechVerb && !IsProperNameRun(spkStart, spkEnd))
        {
            (cueStart, cueEnd, spkStart, spkEnd) = (-1, -1, -1, -1);
            return false;
        }

        (cueStart, cueEnd) = (cue, cue + 1 < k && QuoteWords.VerbParticles.Contains(Word(cue + 1)) ? cue + 2 : cue + 1);
        return true;
    }

    /// <summary>
    /// The subject of the clause that starts at <paramref name="from"/> and its first verb, before <paramref name="limit"/>:
    /// past a dateline ("New York (AFP) –") and fronted phrases set off by a comma ("On Tuesday,", "At a conference in
    /// Aspen, Colo.,", "Before the Paris attacks,"), the noun phrase or pronoun before the first word that reads as a verb.
    /// </summary>
    private bool ClauseSubject(int from, int limit, out int start, out int end, out int verb)
    {
        start = end = verb = -1;
        int p = from;

        // Quoted words that open the sentence are not its clause: ""...," Sanders said, suggesting ..." starts at "Sanders".
        while (p < limit && _region[p] != NoRegion)
        {
            int close = _pairs[_region[p]].CloseToken;
            p = close + CloseWidth(close);
            while (p < limit && (IsPunct(p, ',') || _tokens[p].Kind == TokenKind.Dash))
            {
                p++;
            }
        }

        from = p;

        p = AfterDateline(p, limit);

        if (p + 1 < limit && (Is(p, "and") || Is(p, "but") || Is(p, "so") || Is(p, "yet") || Is(p, "or")) && !IsPunct(p + 1, ','))
        {
            p++; // "And on the biggest stage ..., he ...", "But Trump said ..."
        }

        // Fronted phrases: "On Tuesday, ...", "At a conference that month in Aspen, Colo., ...", "In 2008, ...", "Chastened by
        // the analyses, ...", "Having said that, ...", and sentence adverbs: "However, ...", "On Thursday, however, ...",
        // "And now Mr. Manafort ...". A fronted phrase with no comma ends at a subject pronoun: "By Sunday afternoon she had ...".
        for (int hops = 0; hops < 3 && p < limit && _tokens[p].Kind == TokenKind.Word
                           && (QuoteWords.NounPhraseStops.Contains(Word(p)) && !QuoteWords.PersonalPronouns.Contains(Word(p))
                               || QuoteWords.Subordinators.Contains(Word(p)) || QuoteWords.SentenceAdverbs.Contains(Word(p))
                               || Word(p).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && IsPunct(p + 1, ',') && FirstNameGenders.Of(Word(p)) == '\0' // "Recently, ..." (not "Kelly, ...")
                               || p == SentenceStart(p) && (Word(p).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                                                            || Word(p).EndsWith("ing", StringComparison.OrdinalIgnoreCase))); hops++)
        {
            if (QuoteWords.SentenceAdverbs.Contains(Word(p)) && !IsPunct(p + 1, ','))
            {
                p++;
                continue;
            }

            // (Quoted words inside the phrase do not count toward its length, and their pronouns are not the subject.)
            int c = p + 1, quoted = 0;
            while (c < limit && c < p + 16 + quoted && !(IsPunct(c, ',') && (_region[c] == NoRegion || _pairs[_region[c]].CloseToken == c + 1))
                   && !(c > p + 1 && IsSubjectPronoun(c) && _region[c] == NoRegion))
            {
                quoted += _region[c] != NoRegion ? 1 : 0;
                c++;
            }

            if (c < limit && IsSubjectPronoun(c) && _region[c] == NoRegion && !IsPunct(c, ','))
            {
                p = c;
                break;
            }

            while (c + 2 < limit && IsPunct(c, ',') && IsCapitalized(c + 1) && (IsPunct(c + 2, ',') || IsTerminator(c + 2) && IsPunct(c + 3, ',')))
            {
                c = IsPunct(c + 2, ',') ? c + 2 : c + 3; // "in Aspen, Colo.,"
            }

            if (c >= limit || !IsPunct(c, ','))
            {
                return false;
            }

            p = c + 1;
            // "After saying her foot was "so swollen ...," she was ...": the phrase's comma inside its quoted words.
            if (p < limit && _tokens[p].Kind == TokenKind.Quote && _region[p] != NoRegion && _isFragment[_region[p]] && _pairs[_region[p]].CloseToken == p)
            {
                p += CloseWidth(p);
            }
        }

        if (p >= limit || !IsWordToken(p))
        {
            return false;
        }

        for (int m = from; m < p; m++)
        {
            if (_tokens[m].Kind == TokenKind.Quote && !(_region[m] != NoRegion && _isFragment[_region[m]]) || IsTerminator(m) && _region[m] == NoRegion)
            {
                return false;
            }
        }

        int v = p + 1, reach = p + 8;
        bool appositive = false;
        while (v < limit && v <= reach && !(IsLikelyVerb(v) && !IsNounBeforeNoun(v, limit) || _tokens[v].Kind == TokenKind.Word && (QuoteWords.FiniteVerbs.Contains(Word(v)) || IsVerbLikeCue(v))))
        {
            // ("Tom Emanuel of Laconia, N.H., stood ...": a state label set off by commas belongs to the place before it.)
            if (IsPunct(v, ',') && v + 2 < limit && IsPunct(v + 2, ',') && IsStateLabel(v + 1, v + 2))
            {
                v += 3;
                reach += 3;
                continue;
            }

            // ("State Sen. Carla Whitfield, a Democrat, entered the race ...": a short appositive after the name; "Ohio's attorney
            // general, Peter Vandermeer, filed ...": the name after the role.)
            if (IsPunct(v, ',') && (IsCapitalized(v - 1) && (Is(v + 1, "a") || Is(v + 1, "an") || Is(v + 1, "the")) || IsRoleWord(v - 1) && IsCapitalized(v + 1))
                && AppositiveClose(v, limit) is int close and > 0)
            {
                reach += close + 1 - v;
                v = close + 1;
                appositive = true;
                continue;
            }

            if (!(IsWordToken(v) || _tokens[v].Kind == TokenKind.Clitic) || IsPunct(v, ','))
            {
                return false;
            }

            v++;
        }

        if (v >= limit || v > reach)
        {
            return false;
        }

        verb = v;
        if (v == p + 1 && QuoteWords.PronounLikeDeterminers.Contains(Word(p)))
        {
            (start, end) = (p, p + 1); // "Another tweeted, "..."", "Others wrote: "...""
            return true;
        }

        // (Past an appositive the subject may be the name inside it: "Ohio's attorney general, Peter Vandermeer, filed".)
        return SubjectBefore(v, p, out start, out end) && (start == p || appositive && start > p);
    }

    /// <summary>The comma that closes a short appositive opened by the comma at <paramref name="open"/> (", a Democrat,"), with no verb in it; else -1.</summary>
    private int AppositiveClose(int open, int limit)
    {
        for (int e = open + 2; e < limit - 1 && e <= open + 8; e++)
        {
            if (IsPunct(e, ','))
            {
                return e;
            }

            if (!IsWordToken(e) || IsVerbLikeCue(e) || QuoteWords.FiniteVerbs.Contains(Word(e)) || QuoteWords.RelativeStarts.Contains(Word(e)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The first token after a dateline that opens a sentence at <paramref name="p"/> ("New York (AFP) – ...",
    /// "WASHINGTON — ..."), or <paramref name="p"/> when there is none.</summary>
    private int AfterDateline(int p, int limit)
    {
        int time = AfterTimestamp(p, limit);
        if (time > p)
        {
            return time;
        }

        for (int m = p; m < limit && m < p + 8; m++)
        {
            // ("MUMBAI: The party won ...", "ISLAMABAD: ...": a place in capitals and a colon, as South Asian papers write it.)
            if (m > p && m - p <= 3 && IsPunct(m, ':') && IsAllCapitals(p) && (p == 0 || _paragraph[p - 1] != _paragraph[p]) && IsPlaceAt(p, m))
            {
                return m + 1;
            }

            if (m > p && _tokens[m].Kind == TokenKind.Dash && _tokens[m].Start > _tokens[m - 1].End
                && (IsPunct(m - 1, ')') || m - p <= 6 && IsAllCapitals(p)
                    || m - p <= 3 && (p == 0 || _paragraph[p - 1] != _paragraph[p]) && IsCapitalized(m + 1) && IsPlaceAt(p, m)))
            {
                // ("Warsaw — Polish farmers blocked ...": a place in title case that opens the paragraph, too; not "China — not the
                // United States — will lead ...", an aside.)
                return m + 1;
            }

            // ("WELLINGTON, Feb 21 -", "SYDNEY, March 3 (AAP) -": a date in the dateline.)
            if (!(IsCapitalized(m) || IsPunct(m, '(') || IsPunct(m, ')') || IsPunct(m, ',') || m > p && _tokens[m].Kind == TokenKind.Number))
            {
                break;
            }
        }

        return p;
    }

    /// <summary>
    /// A live blog's or a transcript's time stamp that opens a paragraph: "9.20am:", "9:02 PM —", "10:02 a.m. —", "5:30 p.m.
    /// ET:", "[00:00:05]". Returns the token after it (and after its colon or dash), or <paramref name="p"/>.
    /// </summary>
    private int AfterTimestamp(int p, int limit)
    {
        if (p >= limit || p > 0 && _paragraph[p - 1] == _paragraph[p])
        {
            return p;
        }

        string text = _text;
        int end = limit < _tokens.Length ? _tokens[limit].Start : text.Length;
        int i = _tokens[p].Start;
        bool bracket = i < end && text[i] == '[';
        i += bracket ? 1 : 0;
        int digits = 0;
        while (i < end && char.IsAsciiDigit(text[i]) && digits < 3)
        {
            i++;
            digits++;
        }

        if (digits is 0 or > 2 || i + 2 >= end || text[i] is not (':' or '.') || !char.IsAsciiDigit(text[i + 1]) || !char.IsAsciiDigit(text[i + 2]))
        {
            return p;
        }

        i += 3;
        if (i + 2 < end && text[i] == ':' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]))
        {
            i += 3; // seconds
        }

        i = SkipSpaces(text, i, end);
        foreach (string suffix in (ReadOnlySpan<string>)["a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."])
        {
            if (string.CompareOrdinal(text, i, suffix, 0, suffix.Length) == 0 && (i + suffix.Length >= end || !char.IsLetter(text[i + suffix.Length])))
            {
                i = SkipSpaces(text, i + suffix.Length, end);
                break;
            }
        }

        // "[00:00:05]", "[11:45 AM]"
        bool closed = false;
        if (bracket)
        {
            if (i >= end || text[i] != ']')
            {
                return p;
            }

            i = SkipSpaces(text, i + 1, end);
            closed = true;
        }

        // A time zone: "ET", "GMT", "BST" (not after a bracket: "[11:45 AM] NASA said ...").
        if (!closed)
        {
            foreach (string zone in (ReadOnlySpan<string>)["ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "GMT", "BST", "UTC", "CET", "CEST", "IST", "AEST", "AEDT"])
            {
                if (string.CompareOrdinal(text, i, zone, 0, zone.Length) == 0 && (i + zone.Length >= end || !char.IsLetter(text[i + zone.Length])))
                {
                    i = SkipSpaces(text, i + zone.Length, end);
                    break;
                }
            }
        }

        if (i < end && text[i] is ':' or '—' or '–' or '-')
        {
            i = SkipSpaces(text, i + 1, end);
        }
        else if (!closed)
        {
            return p;
        }

        int t = p;
        while (t < limit && _tokens[t].Start < i)
        {
            t++;
        }

        return t < limit ? t : p;
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether the text position lies in its sentence's dateline ("WELLINGTON (Reuters) -", "SYDNEY, March 3 -"), as
    /// <see cref="AfterDateline"/> reads it.
    /// </summary>
    internal bool InDateline(int position)
    {
        int t = TokenIndexAt(position);
        return t >= 0 && t < _tokens.Length && _sentence[t] >= 0 && AfterDateline(SentenceStart(t), SentenceEnd(t)) > t;
    }

    /// <summary>A plural in "-s" followed by a lowercase word that goes on with the noun phrase ("the teachers union").</summary>
    private bool IsNounBeforeNoun(int i, int limit) => Word(i).EndsWith("s", StringComparison.Ordinal) && i + 1 < limit
        && _tokens[i + 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i + 1].Start])
        && !QuoteWords.NounPhraseStops.Contains(Word(i + 1)) && !QuoteWords.Determiners.Contains(Word(i + 1)) && !IsSubjectPronoun(i + 1)
        && !QuoteWords.ObjectPronouns.Contains(Word(i + 1)) && !IsLyAdverb(i + 1) && !QuoteWords.VerbParticles.Contains(Word(i + 1))
        && !Word(i + 1).EndsWith("self", StringComparison.OrdinalIgnoreCase) && !Word(i + 1).EndsWith("selves", StringComparison.OrdinalIgnoreCase); // ("describes himself")

    /// <summary>Whether a cue starts anywhere in [from, to).</summary>
    private bool HasCue(int from, int to)
    {
        for (int m = from; m < to; m++)
        {
            if (CueAt(m, to, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in fact", "in particular", "of course", "at least": a preposition and a word that work as one adverb.</summary>
    private bool IsTwoWordAdverb(int i) => IsWordToken(i + 1) && char.IsLower(_text[_tokens[i].Start])
        && (Is(i, "in") && (Is(i + 1, "fact") || Is(i + 1, "particular") || Is(i + 1, "turn") || Is(i + 1, "part") || Is(i + 1, "effect")
                            || Is(i + 1, "private") || Is(i + 1, "public") || Is(i + 1, "person") || Is(i + 1, "general"))
            || Is(i, "of") && Is(i + 1, "course")
            || Is(i, "at") && (Is(i + 1, "least") || Is(i + 1, "first") || Is(i + 1, "times") || Is(i + 1, "once"))
            || (Is(i, "so") || Is(i, "thus")) && Is(i + 1, "far") || (Is(i, "for") || Is(i, "by") || Is(i, "until")) && Is(i + 1, "now"));

    /// <summary>The preposition that opens a phrase of time or occasion ending at <paramref name="j"/> ("at the time", "in April", "in a Medium post"), or -1.</summary>
    private int OccasionPhraseStart(int j, int lower)
    {
        if (j < lower || !IsWordToken(j) || !(QuoteWords.OccasionNouns.Contains(Word(j)) || QuoteWords.Media.Contains(Word(j)) || IsYear(j)))
        {
            return -1;
        }

        for (int m = j - 1; m >= lower && m >= j - 4; m--)
        {
            if (_tokens[m].Kind == TokenKind.Word && char.IsLower(_text[_tokens[m].Start]) && (Is(m, "at") || Is(m, "in") || Is(m, "on") || Is(m, "for")
                    || Is(m, "during") || Is(m, "over") || Is(m, "since") || Is(m, "through")))
            {
                return m;
            }

            if (!IsWordToken(m))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsAllCapitals(int i)
    {
        ReadOnlySpan<char> w = Word(i);
        foreach (char c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return w.Length > 1;
    }

    /// <summary>
    /// "Iowa State University's Dianne Bystrom agreed. "Mainstream Republicans are running out of time ..."": a short
    /// sentence of a subject and a speech verb, with at most a few words after it, introduces the quote that follows it in
    /// its paragraph.
    /// </summary>
    private bool TryAttributeFromPreviousSentence(int open, out int cueStart, out int cueEnd, out int spkStart, out int spkEnd)
    {
        cueStart = cueEnd = spkStart = spkEnd = -1;
        int k = open - 1;
        if (k < 1 || !IsPunct(k, '.') || _paragraph[k] != _paragraph[open])
        {
            return false;
        }

        int s = SentenceStart(k);
        if (_paragraph[s] != _paragraph[k] || !ClauseSubject(s, k, out int ss, out int se, out int v))
        {
            return false;
        }

        for (int m = s; m < k; m++)
        {
            if (_region[m] != NoRegion && _isFragment[_region[m]])
            {
                return false; // ""..." that is blatantly sexist, Brock said.": the verb reports its own clause
            }
        }

        int c = v;
        while (c < k && (Is(c, "also") || Is(c, "then") || IsLyAdverb(c)))
        {
            c++;
        }

        CueFlags flags = default;
        int n = c < k ? CueAt(c, k, out flags) : 0;
        if (n == 0 || (flags & CueFlags.Phrase) != 0 && Is(c, "according") || k - (c + n) > 4)
        {
            return false;
        }

        // Only a few words of time, place or manner after the verb: "agreed.", "disagreed strongly.", "said in an interview."
        for (int m = c + n; m < k; m++)
        {
            if (!IsWordToken(m) || Is(m, "that") || Is(m, "to") || QuoteWords.WhWords.Contains(Word(m)) || _region[m] != NoRegion)
            {
                return false;
            }
        }

        (cueStart, cueEnd, spkStart, spkEnd) = (c, c + n, ss, se);
        return true;
    }

    /// <summary>A quote paragraph after one that ends in "Caddell continued:".</summary>
    private bool TryAttributeFromPreviousColon(int open, out int cueStart, out int cueEnd, out int spkStart, out int spkEnd)
    {
        cueStart = cueEnd = spkStart = spkEnd = -1;
        int k = open - 1;
        if (k < 0 || !IsPunct(k, ':'))
        {
            return false;
        }

        int lower = SentenceStart(k);

        // "Sanders made the following comment:", "The senator issued the following statement:": the verb before "the
        // following" introduces the quote; its subject speaks ("comment" is a noun there, not the cue).
        for (int f = k - 1; f - 2 >= lower && f >= k - 3; f--)
        {
            if (Is(f, "following") && Is(f - 1, "the") && _tokens[f - 2].Kind == TokenKind.Word && char.IsLower(_text[_tokens[f - 2].Start])
                && SubjectBefore(f - 2, lower, out spkStart, out spkEnd))
            {
                (cueStart, cueEnd) = (f - 2, f - 1);
                return true;
            }
        }

        for (int c = k - 1; c >= lower && c >= k - PreWindow; c--)
        {
            int n = CueAt(c, k, out _);
            if (n > 0 && SubjectBefore(c, lower, out spkStart, out spkEnd))
            {
                (cueStart, cueEnd) = (c, c + n);
                return true;
            }
        }

        spkStart = spkEnd = -1;
        return false;
    }

    // ------------------------------------------------------------------ reported speech

    private void FindReported(List<Found> found)
    {
        ImmutableArray<Sentence> sentences = _context.Sentences;
        var directSpans = new List<TextSpan>();
        foreach (Found f in found)
        {
            directSpans.Add(f.Span);
        }

        int directIdx = 0;
        for (int si = 0; si < sentences.Length; si++)
        {
            if ((si & 0x3F) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            Sentence sentence = sentences[si];
            int a0 = sentence.FirstToken, b0 = sentence.EndToken;
            int claimedUntil = a0;
            int sentenceSubjectStart = -1, sentenceSubjectEnd = -1;
            int trailing = TrailingAttributionComma(a0, b0);
            if (TryHeadline(a0, b0, found, directSpans, ref directIdx))
            {
                continue;
            }

            for (int k = a0; k < b0; k++)
            {
                if (k < claimedUntil || _cueUsed[k] || _region[k] != NoRegion)
                {
                    continue;
                }

                // "Social media has added another link to the chain, she noted.": the sentence closes with its attribution,
                // so the cues before it are the reported words', not reports of their own.
                // ("Mr Erdogan said Turkey would not allow Sweden to join, state broadcaster TRT reported.": but the verb of
                // saying of the subject that opens the sentence reports the words before the attribution, as the wire does.)
                int limit = b0;
                if (k < trailing && !Is(k, "according"))
                {
                    if (!OpensWithSaying(k, a0))
                    {
                        continue;
                    }

                    limit = trailing;
                }

                // Sentences without punctuation can be huge: look at most MaxClause tokens around each cue.
                int a = Math.Max(a0, k - MaxClause), b = Math.Min(limit, k + MaxClause);
                int n = CueAt(k, b, out CueFlags flags);
                if (n > 0 && (flags & CueFlags.DirectOnly) == 0 && IsWritersPhrase(k, a0, b0))
                {
                    continue;
                }

                Found q;
                if (Is(k, "quoted") && TryQuotedAsSaying(k, a, b, out q))
                {
                    // "Xinhua quoted Wang Yi as saying that ...", "Putin was quoted by RIA as saying that ..."
                }
                else if (Is(k, "put") && Is(k + 1, "it") && TryAsPutIt(k, a, b, out q))
                {
                    // "As one researcher put it, the data are "a mess.""
                }
                else if (n == 0 || (flags & CueFlags.DirectOnly) != 0
                         || !TryReported(k, n, flags, a, b, ref sentenceSubjectStart, ref sentenceSubjectEnd, out q))
                {
                    continue;
                }

                if (q.Kind == QuoteKind.Indirect && IsPossessedNoun(k))
                {
                    continue; // "Calderon's remarks, although ...": a noun; with quoted words ("Trump's claims of a "rigged" vote") it stays
                }

                // "..., Manchester Crown Court heard.", "..., a jury at Maidstone Crown Court was told.": the court and the jury
                // heard the words; who said them the sentence does not say.
                if (Is(k, "heard") || Is(k, "told") && IsPassive(k, a) && q.SpeakerStart >= 0 && q.SpeakerEnd <= k)
                {
                    q = q with { SpeakerStart = -1, SpeakerEnd = -1 };
                }

                while (directIdx < directSpans.Count && directSpans[directIdx].End <= q.Span.Start)
                {
                    directIdx++;
                }

                if (directIdx < directSpans.Count && directSpans[directIdx].OverlapsWith(q.Span))
                {
                    continue;
                }

                found.Add(q);
                for (int c = q.CueStart; c < q.CueEnd; c++)
                {
                    _cueUsed[c] = true;
                }

                // A cue inside the reported clause reports within the report ("he said she told him ..."): one quote.
                if (q.Span.Start >= _tokens[k].End)
                {
                    claimedUntil = TokenIndexAt(q.Span.End);
                }

                k += n - 1;
            }
        }
    }

    /// <summary>
    /// The comma before an attribution that closes the sentence (", she noted.", ", sources said.", ", said Sam Nguyen, an
    /// economist."), or -1.
    /// </summary>
    private int TrailingAttributionComma(int a, int b)
    {
        int trailing = TrailingAttributionCommaBefore(a, b);
        if (trailing >= 0)
        {
            return trailing;
        }

        // "X will invest 5 billion euros in a new plant, the company said on Friday, in one of the largest investments in the
        // region": an attribution set off by commas, then the writer's phrase that closes the sentence.
        int c = b - 1;
        while (c > a && !(IsPunct(c, ',') && _region[c] == NoRegion) && _region[c] == NoRegion && c >= b - 24)
        {
            c--;
        }

        return c > a + 4 && IsPunct(c, ',') && _region[c] == NoRegion && IsWritersTail(c + 1, b) ? TrailingAttributionCommaBefore(a, c) : -1;
    }

    /// <summary>
    /// Whether the words from <paramref name="i"/> to the sentence's end are the writer's, not an attribution: a
    /// prepositional phrase ("in one of the largest ...", "after two months of declines") or a relative clause ("which ..."),
    /// with no cue in it.
    /// </summary>
    private bool IsWritersTail(int i, int b) =>
        i < b - 1 && _tokens[i].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i].Start]) && !HasCue(i, b) && QuoteWords.WritersTailStarts.Contains(Word(i));

    private int TrailingAttributionCommaBefore(int a, int b)
    {
        int c = b - 1;
        while (c > a && !(IsPunct(c, ',') && _region[c] == NoRegion))
        {
            if (_region[c] != NoRegion || _tokens[c].Kind == TokenKind.Quote || c < b - 16)
            {
                return -1;
            }

            c--;
        }

        // ("In her ruling, Ruiz wrote:": an attribution that ends on a colon introduces what follows, not what comes before.)
        if (c <= a + 2 || c + 1 >= b || IsPunct(b - 1, ':'))
        {
            return -1;
        }

        // "The ice sheet is melting faster than scientists had predicted, according to a new study.": the source that closes
        // the sentence.
        if (Is(c + 1, "according") && Is(c + 2, "to") && char.IsLower(_text[_tokens[c + 1].Start]))
        {
            return c;
        }

        // ("The findings suggest that the drug works, said Dr. Lee, the lead author.": past a description of the speaker that
        // closes the sentence, to the inverted attribution before it.)
        if (QuoteWords.Articles.Contains(Word(c + 1)) && !HasCue(c + 1, b))
        {
            int inverted = c - 1;
            while (inverted > a + 2 && inverted > c - 10 && !(IsPunct(inverted, ',') && _region[inverted] == NoRegion))
            {
                inverted--;
            }

            if (IsPunct(inverted, ',') && inverted > a + 2 && CueAt(inverted + 1, c, out _) is int m and > 0 && IsVerbLikeCue(inverted + 1)
                && QuoteWords.InvertingVerbs.Contains(Word(inverted + 1)) && SubjectAfter(inverted + 1 + m, c + 1, out _, out int e) && e >= c)
            {
                return inverted;
            }
        }

        for (int v = c + 1; v < b && v <= c + 5; v++)
        {
            int n = CueAt(v, b, out CueFlags flags);
            if (n == 0 || !IsVerbLikeCue(v) || Word(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || Is(v, "according"))
            {
                continue;
            }

            if (v == c + 1)
            {
                // Inverted: ", said Sam Nguyen, an economist."
                return SubjectAfter(v + n, b, out _, out int e) && (e >= b - 1 || IsSpeakerDescription(e, b)) ? c : -1;
            }

            // ("..., researchers reported in the American Journal of Clinical Nutrition.": a phrase of medium after a verb of
            // saying closes the attribution too.)
            return SubjectBefore(v, c + 1, out int ss, out _) && ss == c + 1
                   && (TailIsShort(v + n, b) || IsPlainSayingVerb(v) && IsPhraseTail(v + n, b))
                ? c
                : -1;
        }

        return -1;
    }

    /// <summary>
    /// "Sanders: Clinton needs to get away from personality." and transcripts ("PENCE: And that's why ..."): a
    /// paragraph or headline that opens with a name and a colon reports what that name said.
    /// </summary>
    private void FindColonAttributions(List<Found> found)
    {
        for (int i = 0; i < _tokens.Length; i++)
        {
            if (i > 0 && _paragraph[i] == _paragraph[i - 1])
            {
                continue;
            }

            int first = AfterTimestamp(i, _tokens.Length); // "[00:00:05] MAYA OKONJO: ..."
            if (_tokens[first].Kind == TokenKind.Quote && _region[first] == NoRegion)
            {
                first++; // the stray mark some transcripts open every paragraph with
            }

            int colon = first;
            while (colon < _tokens.Length && colon < first + 6 && IsCapitalized(colon) && _paragraph[colon] == _paragraph[i])
            {
                colon++;
            }

            if (colon == first || colon >= _tokens.Length || !IsPunct(colon, ':') || _paragraph[colon] != _paragraph[i]
                || QuoteWords.NotSpeakerLabels.Contains(Word(first)) || QuoteWords.NotSpeakerLabelEnds.Contains(Word(colon - 1))
                || AfterDateline(first, colon + 1) == colon + 1 // "MUMBAI: The party won ...": a dateline
                || !IsProperNameRun(first, colon) && colon - first > 1
                || _region[colon] != NoRegion || colon + 1 < _tokens.Length && _tokens[colon + 1].Kind == TokenKind.Quote && _region[colon + 1] != NoRegion)
            {
                continue;
            }

            int end = colon + 1;
            while (end < _tokens.Length && _paragraph[end] == _paragraph[i] && end < colon + 1 + MaxClause && (_region[end] == NoRegion || _isFragment[_region[end]]))
            {
                end++;
            }

            if (end < _tokens.Length && _paragraph[end] == _paragraph[i])
            {
                continue; // a direct quote follows in the paragraph: the direct rules attribute it
            }

            if (MakeReported(colon + 1, end, colon, colon + 1, first, colon, out Found q))
            {
                found.Add(q);
            }
        }
    }

    private bool InDirect(int k) => _region[k] != NoRegion && !_isFragment[_region[k]];

    /// <summary>
    /// An interview set as questions and answers ("Q: Why open a third place now?⏎⏎A: Because the fishermen asked me to."):
    /// each question is a quote whose speaker is its label, naming no one; each answer a quote whose speaker is its label,
    /// naming the person the introduction names most (first, on a tie). Needs a question label and an answer label after it.
    /// </summary>
    private void FindInterviewAnswers(List<Found> found)
    {
        int firstQuestion = -1;
        bool answerAfterQuestion = false;
        for (int i = 0; i < _tokens.Length; i++)
        {
            if ((i == 0 || _paragraph[i] != _paragraph[i - 1]) && InterviewLabel(i, out bool question, out _))
            {
                if (question && firstQuestion < 0)
                {
                    firstQuestion = i;
                }
                else if (!question && firstQuestion >= 0)
                {
                    answerAfterQuestion = true;
                    break;
                }
            }
        }

        if (!answerAfterQuestion)
        {
            return;
        }

        // The interviewee: the person the introduction names most often.
        int introEnd = _tokens[firstQuestion].Start;
        var counts = new Dictionary<string, (int Count, EntityMention First)>(StringComparer.Ordinal);
        foreach (EntityMention m in _context.Mentions.IsDefault ? [] : _context.Mentions)
        {
            if (m.Span.Start >= introEnd)
            {
                break;
            }

            if (m.Type == EntityType.Person && m.EntityId is { } id)
            {
                counts[id] = counts.TryGetValue(id, out var c) ? (c.Count + 1, c.First) : (1, m);
            }
        }

        EntityMention? interviewee = null;
        int best = 0;
        foreach ((int count, EntityMention first) in counts.Values)
        {
            if (count > best || count == best && interviewee is { } other && first.Span.Start < other.Span.Start)
            {
                (best, interviewee) = (count, first);
            }
        }

        int spkStart = -1, spkEnd = -1;
        if (interviewee is { } who)
        {
            spkStart = TokenIndexAt(who.Span.Start);
            spkEnd = TokenIndexAt(who.Span.End - 1) + 1;
        }

        for (int i = firstQuestion; i < _tokens.Length; i++)
        {
            if (i > 0 && _paragraph[i] == _paragraph[i - 1] || !InterviewLabel(i, out bool question, out int after))
            {
                continue;
            }

            // To the paragraph's end, or to quoted words the direct rules attribute ("I told my partner, 'If ...'").
            int end = after;
            while (end < _tokens.Length && _paragraph[end] == _paragraph[i] && end < after + MaxClause && (_region[end] == NoRegion || _isFragment[_region[end]]))
            {
                end++;
            }

            if (!MakeReported(after, end, i, after, i, i + 1, out Found q, minWords: 1))
            {
                continue;
            }

            // (Reports inside the label's words stay, nested in it as a relayed report is: "A: McConnell said he would only
            // negotiate with me" is the answer and McConnell's report.)
            found.Add(question || spkStart < 0 ? q with { NamedStart = -2, NamedEnd = -2 } : q with { NamedStart = spkStart, NamedEnd = spkEnd });
        }
    }

    /// <summary>
    /// Whether a paragraph opens with an interview label, "Q:", "Q.", "A:", "A.", "Question:" or "Answer:";
    /// <paramref name="after"/> is the token after it.
    /// </summary>
    private bool InterviewLabel(int i, out bool question, out int after)
    {
        question = false;
        after = -1;
        if (_tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || _region[i] != NoRegion)
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(i);
        bool dotted = w is "Q." or "A.";
        if (dotted)
        {
            after = i + 1;
        }
        else if (w is "Q" or "A" or "Question" or "Answer" && i + 1 < _tokens.Length && (IsPunct(i + 1, ':') || w.Length == 1 && IsPunct(i + 1, '.')))
        {
            after = i + 2;
        }
        else
        {
            return false;
        }

        question = w[0] == 'Q';
        return after < _tokens.Length && _paragraph[after] == _paragraph[i];
    }

    private bool TryReported(int k, int n, CueFlags flags, int a, int b, ref int subjStart, ref int subjEnd, out Found quote)
    {
        quote = default;

        // "..., the people said, asking not to be identified because ...": the sources' condition, not their words.
        if ((Is(k, "asking") || Is(k, "asked") || Is(k, "requesting")) && Is(k + n, "not") && Is(k + n + 1, "to") && Is(k + n + 2, "be")
            && (Is(k + n + 3, "identified") || Is(k + n + 3, "named")))
        {
            return false;
        }

        int ss, se;
        // "recalls 1.1 million power banks", "recalled about 200,000 chargers": a product recall, no memory. (A plea, "pleaded
        // guilty to ...", is a statement in court: PolNeAR's annotators mark it.)
        if (Word(k).StartsWith("recall", StringComparison.OrdinalIgnoreCase) && k + n < b
            && (IsCountAt(k + n) || IsApproximateQuantity(k + n) || Is(k + n, "more") && Is(k + n + 1, "than") || Is(k + n, "nearly") || Is(k + n, "some") && IsCountAt(k + n + 1)))
        {
            return false;
        }

        // "Smith, who wrote "The Long Road," said ...", "the update, which the company calls "Liquid Glass,"": a work written
        // or a name given is no report.
        if (k + n < b && (QuoteWords.WorkVerbs.Contains(Word(k)) || QuoteWords.NamingVerbs.Contains(Word(k))) && _region[k + n] != NoRegion && _pairs[_region[k + n]].OpenToken == k + n
            && IsNameGiven(_region[k + n]))
        {
            return false;
        }

        // "A neighbor who called 911 said the flames ...": a verb inside a restrictive relative clause on the subject, with the
        // main clause's verb of saying still to come, reports nothing.
        if (k - 2 >= a && Is(k - 1, "who") && char.IsLower(_text[_tokens[k - 1].Start]) && IsWordToken(k - 2)
            && (!QuoteWords.NounPhraseStops.Contains(Word(k - 2)) || Is(k - 2, "those")) && MainSayingVerbAfter(k + n, b) > 0)
        {
            return false; // (also "Half of those who responded said ...")
        }

        int title = k + n < b && IsPunct(k + n, ',') ? k + n + 1 : k + n;
        if (title < b && _region[title] != NoRegion && _pairs[_region[title]].OpenToken == title && IsWorkTitle(_region[title]))
        {
            return false; // "the reality show "The Apprentice"": a noun before a title, no verb
        }

        // "..., according to X." / "According to X, ..."
        if (Is(k, "according"))
        {
            if (!SourceAfterAccordingTo(k + n, b, out ss, out se))
            {
                return false;
            }

            int clauseStart, clauseEnd;
            // ("And it hasn't gone unnoticed: According to recent polls, Trump holds ...": a colon opens the clause too.)
            if (k == a || k == a + 1 && _tokens[a].Kind == TokenKind.Quote || k - 1 > a && IsPunct(k - 1, ':') && IsCapitalized(k))
            {
                clauseStart = se;
                // "According to documents that may have been altered, the firm ...": the source's relative clause runs to its comma.
                if (Is(se, "that") || Is(se, "who") || Is(se, "which"))
                {
                    clauseStart = FirstCommaBefore(se, b);
                }
                else if (IsPunct(se, ',') && (Is(se + 1, "which") || Is(se + 1, "who")) && FirstCommaBefore(se + 1, b) is int relEnd && relEnd < b - 1)
                {
                    clauseStart = relEnd; // "According to the lawsuit, which was filed Tuesday, the school ...": past the source's relative clause
                }

                // "According to the study, published in the journal Nature, sea levels rose ...": a participle phrase that
                // describes the source runs to its comma too.
                if (IsPunct(se, ',') && se + 1 < b
                    && (IsTrailingParticiple(se + 1) || _tokens[se + 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[se + 1].Start])
                                                        && Word(se + 1).EndsWith("ed", StringComparison.Ordinal))
                    && FirstCommaBefore(se + 1, b) is int close && close < b - 1)
                {
                    clauseStart = close;
                }

                // "According to Hamid Karimi, the regional director, sales fell ...": the source's description, set off by
                // commas, with no verb, is no part of the report.
                if (IsPunct(clauseStart, ',') && clauseStart + 2 < b && (QuoteWords.Articles.Contains(Word(clauseStart + 1)) || IsRoleWord(clauseStart + 1)))
                {
                    int next = clauseStart + 1;
                    while (next < b && next < clauseStart + 10 && (IsWordToken(next) || _tokens[next].Kind == TokenKind.Clitic))
                    {
                        next++;
                    }

                    if (next < b - 1 && IsPunct(next, ',') && !HasVerb(clauseStart + 1, next) && IsRoleWord(next - 1) && IsCapitalized(clauseStart - 1))
                    {
                        clauseStart = next;
                    }
                }

                while (clauseStart < b && (IsPunct(clauseStart, ',') || !IsWordToken(clauseStart) && _tokens[clauseStart].Kind != TokenKind.Quote))
                {
                    clauseStart++;
                }

                clauseEnd = b;
            }
            else
            {
                clauseStart = a;
                clauseEnd = IsPunct(k - 1, ',') || _tokens[k - 1].Kind == TokenKind.Dash ? k - 1 : k;
                // "G4S receives, according to one report, $234 million in contracts": set off by commas in the middle of
                // its sentence, the attribution sits inside the report, which runs on to the clause's end.
                // ("..., according to members who spoke with reporters afterward, was any mention ...": the source's relative
                // clause runs to its comma.)
                int sourceEnd = Is(se, "who") || Is(se, "that") || Is(se, "which") ? FirstCommaBefore(se, b) : se;
                if (IsPunct(k - 1, ',') && sourceEnd < b - 1 && IsPunct(sourceEnd, ',') && !TailIsShort(sourceEnd + 1, b) && !IsTrailingParticiple(sourceEnd + 1)
                    && (ContinuesVerbPhrase(sourceEnd + 1) || CountWords(a, k - 1) <= 4 && IsWordToken(sourceEnd + 1)))
                {
                    // "About 10:03 p.m., according to a timeline, the guards left": after a short opener the report is the
                    // clause that follows the attribution.
                    clauseEnd = ClauseEnd(sourceEnd + 1, b);
                }
            }

            return MakeReported(clauseStart, clauseEnd, k, k + n, ss, se, out quote);
        }

        // "As reported by Western Journalism, there are 150 delegates ...", "..., as first reported by The Times.": the source
        // after "by" is the speaker of the main clause.
        if (Is(k + n, "by") && (Is(k - 1, "as") || Is(k - 1, "first") && Is(k - 2, "as")) && Word(k).EndsWith("ed", StringComparison.Ordinal)
            && SourceAfterAccordingTo(k + n + 1, b, out ss, out se))
        {
            int asAt = Is(k - 1, "as") ? k - 1 : k - 2;
            if (asAt == a && se < b - 1 && IsPunct(se, ',') && IsWordToken(se + 1))
            {
                return MakeReported(se + 1, ClauseEnd(se + 1, b), k, k + n, ss, se, out quote);
            }

            if (asAt > a && IsPunct(asAt - 1, ',') && TailIsShort(se, b))
            {
                return MakeReported(a, asAt - 1, k, k + n, ss, se, out quote);
            }

            return false;
        }

        // "an explosion that Mayor Bill de Blasio described as "an intentional act"": the thing judged is the relative clause's
        // antecedent; the report runs from it through the judgment.
        // (The subject found here is kept for the general case below, not searched for twice.)
        (bool Found, int Start, int End)? subjectBefore = null;
        if ((flags & (CueFlags.Object | CueFlags.AsObject)) != 0 && Is(k + n, "as") && k + n + 1 < b
            && (IsWordToken(k + n + 1) || _tokens[k + n + 1].Kind == TokenKind.Quote))
        {
            subjectBefore = (SubjectBefore(k, a, out int js, out int je), js, je);
            if (subjectBefore.Value.Found && (Is(js - 1, "that") || Is(js - 1, "which")) && NounPhraseBeforePronoun(js - 1, a) is int thing and >= 0)
            {
                return MakeReported(thing, JudgmentEnd(k + n + 1, ClauseEnd(k + n + 1, b)), k, k + n, js, je, out quote);
            }
        }

        // "he sees Cruz as a uniter", "casting him as a flip-flopper": reported only with the "as" of the judgment.
        if ((flags & CueFlags.AsObject) != 0 && (!HasAsAfterObject(k + n, b) || IsPunct(b - 1, '?') || Is(k - 1, "you") || Is(k - 2, "you")))
        {
            return false; // ("Do you really see those two as equivalent?" asks; it reports no one's view)
        }

        // "Black Lives Matter issued a statement saying ...": the statement is the medium, its issuer the speaker.
        bool participle = Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                          // ("flipped his pick on Friday – saying he ...": a dash sets the participle off as a comma does; between two
                          // dashes it is an aside: "its naming convention - adding one digit to a new account - does not ...".)
                          && (IsPunct(k - 1, ',') || k - 1 > a && _tokens[k - 1].Kind == TokenKind.Dash && ClosingDash(k - 1, b) < 0
                              || k - 1 > a && QuoteWords.Media.Contains(Word(k - 1)) || IsOccasionBefore(k, a) || IsMediumBeforeTime(k, a)
                              || k - 1 >= a && QuoteWords.GerundPrepositions.Contains(Word(k - 1))
                              || k - 2 > a && _tokens[k - 1].Kind == TokenKind.Quote && _region[k - 1] != NoRegion && IsPunct(k - 2, ','))
                          // "..., having referred to him as a "reformer"": a perfect participle, likewise.
                          || k - 1 >= a && Is(k - 1, "having") && (k - 1 == a || IsPunct(k - 2, ','));
        bool hasSubject;
        if (participle)
        {
            // ", adding that ...": the speaker is the subject of the clause the participle hangs on.
            hasSubject = ParticipleSubject(k, a, out ss, out se);
        }
        else
        {
            if (subjectBefore is { } found)
            {
                (hasSubject, ss, se) = found;
            }
            else
            {
                hasSubject = SubjectBefore(k, a, out ss, out se);
            }

            hasSubject = hasSubject || AfterCoordinator(k) && ParticipleSubject(k, a, out ss, out se)
                         || IsPurposeInfinitive(k, a, out ss, out se);
        }

        // "Cruz lacks support in Congress, whom he has alienated, said Larry Sabato, director of the center.": a subject read
        // back across a clause set off by commas loses to the name right after an inverting verb that closes the sentence.
        // ("Jeff Sessions, a prominent Trump supporter, said Clinton's acceptance ...": a subject that opens the sentence
        // before its appositive keeps the verb, and a name with a possessive is the report's first words.)
        // ("..., said lobbyist and GOP strategist Charlie Black, Manafort's former partner.": roles before the name.)
        if (hasSubject && se < k - 1 && IsPunct(k - 1, ',') && k - 1 > a && QuoteWords.InvertingVerbs.Contains(Word(k))
            && (IsCapitalizedName(k + n) || NameAfterRoles(k + n, b))
            && (ss > a || QuoteWords.RelativeStarts.Contains(Word(se + 1)))
            && !QuoteWords.DayAndMonthNames.Contains(Word(k + n)) && SubjectAfter(k + n, b, out int invStart, out int invEnd)
            && !(invEnd < b && IsPossessiveClitic(invEnd))
            && (invEnd >= b - 1 && !IsWordToken(b - 1) || IsSpeakerDescription(invEnd, b)))
        {
            return MakeReported(a, k - 1, k, k + n, invStart, invEnd, out quote);
        }

        // "the trade deals, which he said had harmed the economy", "the kind of job that many economists say is the future":
        // the relative clause whose subject the speech verb interrupts is the report, from its pronoun to its end.
        // ("an event that Carson says led him to Christ": a past verb after the cue fills the gap as well.)
        if (hasSubject && ss - 1 >= a && (Is(ss - 1, "which") || Is(ss - 1, "that") || Is(ss - 1, "who")) && k + n < b
            && _tokens[k + n].Kind == TokenKind.Word
            && (QuoteWords.GapAuxiliaries.Contains(Word(k + n)) || Word(k + n).EndsWith("ed", StringComparison.Ordinal)
                || QuoteWords.IrregularPastVerbs.Contains(Word(k + n))))
        {
            int relEnd = ClauseEnd(k + n, b);
            for (int m = k + n + 1; m < relEnd; m++)
            {
                if (IsPunct(m, ',') && _region[m] == NoRegion && (IsMainVerbAfterComma(m + 1) || QuoteWords.GapAuxiliaries.Contains(Word(m + 1))))
                {
                    relEnd = m; // "The deals, which she said had hurt workers, were signed in 1994": the clause closes at its comma
                    break;
                }
            }

            return MakeReported(ss - 1, relEnd, k, k + n, ss, se, out quote);
        }

        if (Is(k, "asked") && TryQuestionPut(k, n, a, b, hasSubject, ss, se, out quote))
        {
            return true;
        }

        if (hasSubject && Is(k, "expected") && IsPassive(k, a) && Is(k + 1, "to") && IsWordToken(k + 2) && !Is(k - 1, "be"))
        {
            // "The vote is expected to take place in June": an expectation no one is named for; the report is the clause
            // up to its next comma ("might be expected to ..." is a supposition, not a report).
            return MakeReported(ss, FirstCommaBefore(k + 1, ClauseEnd(k + 1, b)), k, k + 1, -1, -1, out quote);
        }

        if (Is(k, "found") && (Is(k - 1, "help") || Is(k - 1, "helped") || Is(k + 1, "ways") || Is(k + 2, "way") && (Is(k + 1, "a") || Is(k + 1, "the"))))
        {
            return false; // "helped found the group", "found a way to ...": founding and managing, not reporting
        }

        if (hasSubject && (Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Is(k, "found") || Is(k, "shown")) && IsPassive(k, a))
        {
            return false; // "can be convinced that ...": the subject is not the source
        }

        // "It was said that ...", "Sanders had been told just before the vote that ...": a passive report names no speaker.
        if (hasSubject && (Is(k, "said") || Is(k, "told")) && IsPassive(k, a))
        {
            for (int m = k + 1; m < b && m <= k + 10 && (IsWordToken(m) || _tokens[m].Kind == TokenKind.Clitic || IsPunct(m, ',')); m++)
            {
                if (Is(m, "by"))
                {
                    break;
                }

                if (Is(m, "that") && IsWordToken(m + 1))
                {
                    return MakeReported(m + 1, ClauseEnd(m + 1, b), k, k + 1, -1, -1, out quote);
                }
            }

            // "The jury was told Patel had sent a text ...": without "that" too; the subject heard it.
            if (k + 2 < b && IsWordToken(k + 1) && !Is(k + 1, "to") && !Is(k + 1, "by") && FiniteVerbSoon(k + 2, b))
            {
                return MakeReported(k + 1, ClauseEnd(k + 1, b), k, k + 1, -1, -1, out quote);
            }
        }

        // ("what Australian Prime Minister Malcolm Turnbull called ...": the name may follow its title.)
        int whatAt = ss - 1;
        while (hasSubject && whatAt > a && whatAt >= ss - 5 && IsCapitalized(whatAt) && !Is(whatAt, "what"))
        {
            whatAt--;
        }

        if (hasSubject && whatAt >= a && Is(whatAt, "what"))
        {
            ss = whatAt + 1;
            // "what she called a "rant,"", "what the senators said was gerrymandering": the report is the whole "what"
            // clause; "what the mayor says every year" reports nothing.
            int w = k + n;
            bool content = w < b && (_tokens[w].Kind == TokenKind.Quote && _region[w] != NoRegion
                                     || IsCapitalizedName(w) && HasFragmentWithin(w, b, 6)
                                     || IsWordToken(w) && !Is(w, "every") && !Is(w, "each") && !Is(w, "this") && !Is(w, "last")
                                        && (QuoteWords.Determiners.Contains(Word(w)) || QuoteWords.PersonalPronouns.Contains(Word(w))
                                            || Is(w, "was") || Is(w, "is") || Is(w, "were") || Is(w, "are") || Is(w, "would") || Is(w, "will")));
            if (!content)
            {
                return false;
            }

            // A "what" clause is a noun phrase: it ends at its first comma ("what she called a "rant," a series of ...").
            int whatEnd = ClauseEnd(w, b);
            for (int m = w; m < whatEnd; m++)
            {
                if (IsPunct(m, ',') && _region[m] == NoRegion)
                {
                    whatEnd = m;
                    break;
                }

                if (_tokens[m].Kind == TokenKind.Quote && _region[m] != NoRegion && _pairs[_region[m]].CloseToken == m && IsPunct(m - 1, ','))
                {
                    whatEnd = m + 1;
                    break;
                }
            }

            return MakeReported(ss - 1, whatEnd, k, k + n, ss, se, out quote);
        }

        // ("six in 10 say ...", "eight of 10 said ...": a share of people, the subject)
        // ("Local 583 said", "Channel 4 said": a name that ends in a number.)
        if (k - 1 >= a && _tokens[k - 1].Kind == TokenKind.Number && !IsYear(k - 1) && !(Is(k - 2, "in") || Is(k - 2, "of")) && !Word(k - 1).EndsWith("%", StringComparison.Ordinal)
            && !(hasSubject && se <= k - 2) && !(k - 2 >= a && IsCapitalized(k - 2) && IsPlainSayingVerb(k)))
        {
            return false; // "won 758 pledged delegates": an adjective
        }

        if (IsNounAfterModifier(k, a))
        {
            return false; // "his early-morning tweets", "disparaging remarks": a noun, not a verb
        }

        if (Is(k, "pledged") && (Is(k + 1, "delegates") || Is(k + 1, "delegate")))
        {
            return false; // "the convention's pledged delegates": an adjective
        }

        if (IsNamingParticiple(k, a))
        {
            return false; // "a firm called Cambridge Analytica": a name, not a report
        }

        if ((flags & CueFlags.Infinitive) != 0 && hasSubject && (Is(ss, "you") || Is(k - 1, "may") || Is(k - 1, "might") || ss - 1 >= a && Is(ss - 1, "if")))
        {
            return false; // "if you want to understand ...", "may want to reconsider": advice, not an intention reported
        }

        int after = k + n;
        bool afterFrontedPhrase = hasSubject && ss - 1 > a && IsAdjunctPhrase(a, ss - 1);
        bool? onlyOpeningClause = null; // the words before the subject's comma are one subordinate clause (computed when needed)

        // "Asked on Fox News who leads the party, he said Ryan.": after a question put to the speaker, a name that closes the
        // sentence is the answer.
        if (hasSubject && Is(a, "asked") && (Is(k, "said") || Is(k, "says")) && IsCapitalizedName(after))
        {
            int nameEnd = after;
            while (nameEnd < b && IsCapitalized(nameEnd))
            {
                nameEnd++;
            }

            if (nameEnd == b - 1 && IsTerminator(nameEnd))
            {
                return MakeReported(after, nameEnd, k, after, ss, se, out quote, minWords: 1);
            }
        }

        // Parenthetical attribution: "The difference now, he told me on Friday, is that ..."
        // ("The union, which endorsed Hillary Clinton in November, is ...": a relative clause is no parenthetical attribution,
        // nor is a clause after a fronted phrase: "In 2000, they attacked the USS Cole, killing 17 sailors.")
        if (hasSubject && ss - 1 > a && (IsPunct(ss - 1, ',') || IsClosingAfterComma(ss - 1)) && !QuoteWords.RelativeStarts.Contains(Word(ss))
            && !afterFrontedPhrase)
        {
            // ("These employees, Stumpf explained earlier in the committee hearing, were ...": the nouns of an adjunct's phrase.)
            int m = after;
            bool inPhrase = false;
            while (m < b && m < after + 8 && IsWordToken(m)
                   && (QuoteWords.VerbAdjuncts.Contains(Word(m)) || IsCapitalized(m) || QuoteWords.GenericAddressees.Contains(Word(m))
                       || inPhrase && char.IsLower(_text[_tokens[m].Start]) && !IsLikelyVerb(m) && !QuoteWords.NounPhraseStops.Contains(Word(m))))
            {
                inPhrase |= Is(m, "in") || Is(m, "at") || Is(m, "during") || Is(m, "on");
                m++;
            }

            // "..., lawmakers said Friday, as they bristled at ...": the writer's adjunct follows a sentence-final attribution.
            // ("Though the transition was seamless, he said, replacing Clinton would be ...": a gerund with its own verb is the
            // main clause's subject.)
            // ("..., the company said on Friday, in one of the largest investments in the region": the writer's phrase closes
            // the sentence; not "which", which may describe the object: "likened RT to the BBC, which receives ...".)
            bool adjunctFollows = m < b - 2 && IsPunct(m, ',') && (QuoteWords.Subordinators.Contains(Word(m + 1)) || IsWritersTail(m + 1, b) && !Is(m + 1, "which")
                                                                   || Is(m + 1, "compared") && (Is(m + 2, "with") || Is(m + 2, "to"))
                                                                   || IsTrailingParticiple(m + 1) && (CueAt(m + 1, b, out _) > 0 || !FiniteVerbSoon(m + 2, b)));
            // ("When Trump launched his campaign, his critics denounced him, rushing to ...": a verb of judgment with its object
            // is a clause of its own, not an attribution set off inside the report.)
            bool judgedObject = (flags & CueFlags.Object) != 0 && m > after;
            if (m < b - 2 && IsPunct(m, ',') && !TailIsShort(m + 1, b) && !adjunctFollows && !judgedObject)
            {
                return MakeReported(a, ClauseEnd(m + 1, b), k, after, ss, se, out quote);
            }

            if (adjunctFollows && !(onlyOpeningClause ??= InOpeningSubordinateClause(ss - 1)))
            {
                return MakeReported(a, ss - 1, k, after, ss, se, out quote);
            }
        }

        // Sentence-final attribution: "The talks failed, the minister said on Monday." / "..., said a spokesman."
        // ("..., including Friday's tweets." is no attribution: the phrase opens with a participle.)
        bool participlePhrase = ss >= 0 && !IsCapitalized(ss) && Word(ss).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        // ("When Trump launched his campaign, his critics denounced him.": a subordinate clause alone is not what was said.)
        if (hasSubject && !participlePhrase && ss - 1 > a && IsPunct(ss - 1, ',') && !afterFrontedPhrase && !(onlyOpeningClause ??= InOpeningSubordinateClause(ss - 1)))
        {
            int tail = (flags & CueFlags.Addressee) != 0 ? AfterHearer(after, b) : after;
            // ("Then, last week, Eric Trump called.", "His wife, Noor, agreed.": before any verb but one of saying, the words
            // before the attribution need a verb of their own to be what was said.)
            bool saying = IsPlainSayingVerb(k);
            // ("His cinematographer, Darius Khondji, tells a different story.": a description set off before the name is the
            // subject's appositive, not what was said.)
            bool appositive = ss - 1 - a <= 5 && QuoteWords.Determiners.Contains(Word(a)) && IsProperNameRun(ss, se) && !HasVerb(a, ss - 1);
            if ((TailIsShort(after, b) || tail != after && TailIsShort(tail, b) || saying && IsPhraseTail(tail, b)
                 || IsCoreSayingVerb(k) && OpensTimeClause(tail, b))
                && (saying || HasVerb(a, ss - 1)) && !appositive)
            {
                return MakeReported(a, ss - 1, k, after, ss, se, out quote);
            }
        }

        if (!hasSubject && IsPunct(k - 1, ',') && k - 1 > a && SubjectAfter(after, b, out int ias, out int iae))
        {
            // "The paradox of Nancy, says Carl Anthony, a historian at the library, is that she ...": an inverted attribution
            // set off inside its sentence; the report is the sentence around it.
            if (QuoteWords.InvertingVerbs.Contains(Word(k)) && IsPunct(iae, ','))
            {
                int close = FirstCommaBefore(iae, b);
                if (close < b - 1 && close - iae <= 15 && (Is(close + 1, "is") || Is(close + 1, "was") || Is(close + 1, "are") || Is(close + 1, "were")
                                                          || Is(close + 1, "has") || Is(close + 1, "have") || Is(close + 1, "will") || Is(close + 1, "would")))
                {
                    return MakeReported(a, ClauseEnd(close + 1, b), k, after, ias, iae, out quote);
                }
            }

            if (TailIsShort(iae, b) || QuoteWords.InvertingVerbs.Contains(Word(k)) && IsSpeakerDescription(iae, b))
            {
                return MakeReported(a, k - 1, k, after, ias, iae, out quote);
            }
        }

        if (!hasSubject)
        {
            return false;
        }

        if (subjStart < 0)
        {
            (subjStart, subjEnd) = (ss, se);
        }

        // "Asked if her email practices were illegal, 46 percent of voters said yes, compared with ...": a one-word answer.
        if ((Is(after, "yes") || Is(after, "no")) && (Is(k, "said") || Is(k, "say") || Is(k, "says"))
            && (after + 1 >= b || _tokens[after + 1].Kind == TokenKind.Punctuation || Is(after + 1, "but") || Is(after + 1, "while") || Is(after + 1, "and")))
        {
            return MakeReported(after, after + 1, k, after, ss, se, out quote, minWords: 1);
        }

        // "vowed to repeal the law", "wants to triple the program": the intention is what is reported.
        if ((flags & CueFlags.Infinitive) != 0)
        {
            int m = after;
            while (m < b && m < after + 3 && (IsLyAdverb(m) || Is(m, "not") || Is(m, "also") || Is(m, "again") || Is(m, "never")))
            {
                m++;
            }

            bool declined = Word(k).StartsWith("declin", StringComparison.OrdinalIgnoreCase);
            // "the divisions Obama promised to bridge have only grown": the intention's object is the subject before it.
            if (Is(m, "to") && IsWordToken(m + 1) && m + 2 < b
                && (Is(m + 2, "is") || Is(m + 2, "are") || Is(m + 2, "was") || Is(m + 2, "were") || Is(m + 2, "has") || Is(m + 2, "have")
                    || Is(m + 2, "will") || Is(m + 2, "would")))
            {
                return false;
            }

            if (Is(m, "to") && IsWordToken(m + 1) && (!declined || QuoteWords.DeclinedSpeech.Contains(Word(m + 1))))
            {
                // "declined to say whether ...", "declined to comment": refusing to speak is reported; "declined to release
                // the report" is a deed.
                int end = ClauseEndInRelative(m, b, ss);
                if (InSubordinateClause(ss, a, after))
                {
                    end = FirstCommaBefore(m, end); // "While a group of rabbis planned to protest, some Republicans ...": the main clause is the writer's
                }

                if (declined || !HoldsSpeechCue(m + 1, end))
                {
                    return MakeReported(m, end, k, after, ss, se, out quote);
                }
            }
            else if (declined)
            {
                return false;
            }
        }

        // "As the Post reported on Sunday, the talks collapsed", "as Hedrick Smith reported in his book, the ...": an "as" clause
        // that is only the attribution, with its time or place, reports the main clause after its comma.
        if (Is(ss - 1, "as") && (ss - 1 == a || IsPunct(ss - 2, ',')) && !IsPunct(after, ',')
            && (flags & (CueFlags.Object | CueFlags.Infinitive | CueFlags.AsObject)) == 0)
        {
            for (int m = after; m < b - 1 && m <= after + 7; m++)
            {
                if (IsPunct(m, ','))
                {
                    if (m > after && IsWordToken(m + 1))
                    {
                        return MakeReported(m + 1, ClauseEnd(m + 1, b), k, after, ss, se, out quote);
                    }

                    break;
                }

                // Only the time, place and medium of the report: "as she talked about unity, Trump ..." is a time clause.
                if (!IsWordToken(m) || !(QuoteWords.VerbAdjuncts.Contains(Word(m)) || IsCapitalized(m) || _tokens[m].Kind == TokenKind.Number
                                         || QuoteWords.Occasions.Contains(Word(m)) || QuoteWords.Media.Contains(Word(m)) || Is(m, "book")))
                {
                    break;
                }
            }
        }

        // Complement: skip the hearer and adjuncts up to "that" or the clause's first word.
        int j = after;
        int that = -1;
        bool inAdjunct = false;
        if ((flags & CueFlags.Addressee) != 0)
        {
            that = ThatAfterHearer(after, b);
        }

        bool thatIsSubject = false;
        for (int m = after; that < 0 && m < b && m < after + 12; m++)
        {
            if (Is(m, "that"))
            {
                that = m;
                // "said that was not her view", "said that's not true": "that" is the clause's subject, not its conjunction.
                thatIsSubject = m + 1 < b && (Is(m + 1, "is") || Is(m + 1, "was") || Is(m + 1, "has") || Is(m + 1, "had") || Is(m + 1, "will")
                                              || Is(m + 1, "would") || Is(m + 1, "can") || Is(m + 1, "could") || Is(m + 1, "should")
                                              || Is(m + 1, "'s") || Is(m + 1, "’s") || Is(m + 1, "does") || Is(m + 1, "did"));
                break;
            }

            // "She warned, however, that ...", "Clement insisted, though, that ...": a linking adverb set off by commas.
            if (m == after && IsPunct(m, ',') && IsPunct(m + 2, ',') && Is(m + 3, "that")
                && (Is(m + 1, "however") || Is(m + 1, "though") || Is(m + 1, "too") || Is(m + 1, "moreover") || Is(m + 1, "nonetheless")
                    || Is(m + 1, "nevertheless") || Is(m + 1, "meanwhile") || Is(m + 1, "instead") || Is(m + 1, "again")))
            {
                that = m + 3;
                break;
            }

            if (IsPunct(m, ',') && m > after && m + 1 < b && (IsCapitalized(m + 1) || Is(m + 1, "that")))
            {
                continue; // "says at a campaign stop in Toledo, Ohio, that ..."
            }

            if (AsideBeforeThat(m, b) is int aside and > 0)
            {
                that = aside; // "said on CNN, where he is now a paid contributor, that ...", "said — on Twitter, as it happens — that ..."
                break;
            }

            if (_tokens[m].Kind is TokenKind.Quote || IsTerminator(m) || IsPunct(m, ',') && m > after || IsPunct(m, ':'))
            {
                break;
            }

            // ("said later in a statement her caucus would not support any bill that cut ...": the clause has begun, and its
            // own "that" is a relative pronoun.)
            if (inAdjunct && m > after + 1 && !QuoteWords.Determiners.Contains(Word(m - 1)) && !QuoteWords.OccasionPrepositions.Contains(Word(m - 1))
                && NounSubjectBeforeAuxiliary(m, b))
            {
                break;
            }

            if ((Is(m, "at") && !IsApproximateQuantity(m)) || Is(m, "in") || Is(m, "on") || Is(m, "during") || Is(m, "via") || Is(m, "by")
                || Is(m, "after") || Is(m, "before") || Is(m, "following") || Is(m, "from") || Is(m, "outside") || Is(m, "ahead")
                || Is(m, "with") || Is(m, "throughout")
                || DurationForEnd(m) > 0 // "have said for years that ..."
                || Is(m, "to") && m == after && m + 1 < b && (IsCapitalized(m + 1) || QuoteWords.Determiners.Contains(Word(m + 1))
                                                              || QuoteWords.ObjectPronouns.Contains(Word(m + 1)) || QuoteWords.GenericAddressees.Contains(Word(m + 1))))
            {
                inAdjunct = true; // "says at a campaign stop in Toledo, Ohio, that ...", "wrote to Sanders’ Senate office that ..."
            }

            bool skippable = inAdjunct && IsWordToken(m) || QuoteWords.VerbAdjuncts.Contains(Word(m)) || IsCapitalized(m) || _tokens[m].Kind == TokenKind.Number
                             || (flags & CueFlags.Addressee) != 0 && (QuoteWords.GenericAddressees.Contains(Word(m)) || IsWordToken(m) && m - after < 4)
                             || _tokens[m].Kind == TokenKind.Clitic;
            if (!skippable)
            {
                break;
            }
        }

        if (that >= 0)
        {
            j = thatIsSubject ? that : that + 1;
        }
        else if ((flags & CueFlags.ThatOnly) != 0 && (flags & CueFlags.Addressee) == 0 && after < b - 2
                 && (IsSubjectPronoun(after) && IsWordToken(after + 1) && char.IsLower(_text[_tokens[after + 1].Start])
                     || IsCapitalizedName(after) && !QuoteWords.CapitalizedNonNames.Contains(Word(after)) && QuoteWords.FiniteVerbs.Contains(Word(after + 1)))
                 && (QuoteWords.PersonalPronouns.Contains(Word(ss)) || IsCapitalized(ss)))
        {
            j = after; // "He believes he can win", "I think we will": a clause that opens with its subject pronoun
        }
        else if ((flags & CueFlags.ThatOnly) == 0 && SubjectAfterAdjuncts(after, b) is int subject and > 0)
        {
            j = subject; // "said in a statement Thursday night they pulled ...", "said at a news conference the city would ..."
        }
        else
        {
            bool whClause = j < b && QuoteWords.WhWords.Contains(Word(j));
            if ((flags & CueFlags.ThatOnly) != 0 && (flags & CueFlags.Addressee) == 0 && !whClause)
            {
                return false; // "thinks the plan ..." is too loose; "asked whether ...", "knows how ..." are reports
            }

            if ((flags & CueFlags.Addressee) != 0)
            {
                // "told his advisers to find a way": the hearer and what they were told to do.
                for (int m = after; m < b && m < after + 6; m++)
                {
                    if (Is(m, "to") && m > after && IsWordToken(m + 1))
                    {
                        return MakeReported(after, ClauseEndInRelative(after, b, ss), k, after, ss, se, out quote);
                    }

                    // ("told reporters he wants to run", "told the committee it was time to act": a clause of its own.)
                    if (!IsWordToken(m) && _tokens[m].Kind != TokenKind.Clitic
                        || m > after && (IsSubjectPronoun(m) || Is(m, "there") || QuoteWords.FiniteVerbs.Contains(Word(m)) && !Is(m, "not"))
                        || m == after + 1 && QuoteWords.GenericAddressees.Contains(Word(after)) && !QuoteWords.Determiners.Contains(Word(after))
                           && !QuoteWords.ObjectPronouns.Contains(Word(after)) && QuoteWords.Articles.Contains(Word(m)))
                    {
                        break;
                    }
                }

                if ((flags & CueFlags.ThatOnly) != 0 && !whClause)
                {
                    // "asked the senator whether ...", "asked Sanders how he was feeling": the hearer, then the question.
                    int wh = WhAfterHearer(after, b);
                    if (wh < 0)
                    {
                        return false;
                    }

                    j = wh;
                    whClause = true;
                }

                // "told reporters the plan was dead": skip the hearer.
                if (whClause)
                {
                    // "asked whether ...": no hearer
                }
                else if (HearerPhraseEnd(j, b) is int h && h > j)
                {
                    j = h; // "told the National Post he has received ...", "told the committee the plan was dead"
                }
                else if (j < b && (QuoteWords.ObjectPronouns.Contains(Word(j)) || QuoteWords.GenericAddressees.Contains(Word(j)) && !QuoteWords.Determiners.Contains(Word(j))))
                {
                    j++;
                }
                else if (j < b && IsCapitalized(j))
                {
                    // ("told TheBlaze founder Glenn Beck he would ...", "told CNN host Jake Tapper that ...": a role between names.)
                    while (j < b && (IsCapitalized(j) || _tokens[j].Kind == TokenKind.Word && IsCapitalized(j + 1) && IsCapitalized(j - 1)
                                                            && !QuoteWords.NounPhraseStops.Contains(Word(j)) && !QuoteWords.Determiners.Contains(Word(j))))
                    {
                        j++;
                    }
                }
                else if (j + 1 < b && IsSubjectPronoun(j) && _tokens[j + 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[j + 1].Start]))
                {
                    // "have warned they could sell ...": no hearer; the clause opens with its subject
                }
                else if (NounSubjectBeforeAuxiliary(j, b))
                {
                    // "Business groups warned the move would snarl trade": the same with a noun phrase and its auxiliary
                }
                else
                {
                    return false;
                }
            }

            // "told reporters in Edmonton the province would ...": the place where the hearer heard it.
            if (j > after && ClauseAfterPlace(j, b) is int clause and > 0 && !QuoteWords.DayAndMonthNames.Contains(Word(j + 1)))
            {
                j = clause;
            }

            // "announced on Friday the arrest of ...", "revealed Tuesday the hallucinogen PCP was found ...": a day or a month
            // between the verb and its object.
            if ((Is(j, "on") || Is(j, "in")) && IsCapitalized(j + 1) && QuoteWords.DayAndMonthNames.Contains(Word(j + 1)))
            {
                j += 2;
            }
            else if (IsCapitalized(j) && QuoteWords.DayAndMonthNames.Contains(Word(j)) && j + 2 < b && QuoteWords.Determiners.Contains(Word(j + 1)))
            {
                j++;
            }

            while (j < b && (IsPunct(j, ',') && j == after))
            {
                j++;
            }

            if (j > after && j < b && QuoteWords.InvertingVerbs.Contains(Word(j)))
            {
                return false; // "... whom she has criticized, said Dana Whitfield": the next verb reports the sentence, not this one
            }

            if (j >= b || !(IsWordToken(j) && (QuoteWords.ClauseStarts.Contains(Word(j)) || IsCapitalized(j) || _tokens[j].Kind == TokenKind.Number
                                                || (flags & CueFlags.Addressee) == 0 && (!QuoteWords.NotClauseStarts.Contains(Word(j)) || IsApproximateQuantity(j))
                                                   && (!IsLyAdverb(j) || IsQuantityAdverb(j)))
                            || (flags & CueFlags.Phrase) != 0 && IsWordToken(j)
                            || _tokens[j].Kind == TokenKind.Quote && _region[j] != NoRegion && _isFragment[_region[j]]))
            {
                return false;
            }
        }

        int reportEnd = ClauseEnd(j, b);
        if ((flags & CueFlags.Object) != 0)
        {
            reportEnd = JudgmentEnd(j, reportEnd);
        }

        // "After saying the foot was swollen, she was taken ...": a report inside a fronted phrase ends at the phrase's comma.
        if (participle && (k == a || k - 1 == a))
        {
            reportEnd = FirstCommaBefore(j, reportEnd);
        }

        // "While his advisers have suggested X, Mr. Obama is ...", "once he has said his piece, he is ...": a report inside
        // a subordinate clause ends where the main clause begins.
        // ("As the Post reported, the talks ...": an "as" clause that is only the attribution reports the main clause.)
        // "Podesta, who said the project was vetted, said he was unaware ...": a report inside a relative clause set off
        // by commas ends at the comma that closes it.
        // "The Journal, citing internal documents, reported that ...": a participle set off between a subject and its verb
        // likewise ends at the comma before the verb.
        bool relative = (Is(ss, "who") || Is(ss, "which")) && IsPunct(ss - 1, ',');
        bool participleAside = ss >= a && se == k - 1 && IsPunct(k - 1, ',') && IsParticipleCue(k);
        if (InSubordinateClause(ss, a, after) || relative || participleAside)
        {
            reportEnd = relative || participleAside ? RelativeClauseEnd(j, reportEnd) : FirstCommaBefore(j, reportEnd);
        }

        if (that < 0 && OnlyAdjuncts(j, reportEnd))
        {
            return false; // "Trump said last week.": when, not what
        }

        // "Barrow added an assist", "the U.S. added 292,000 jobs", "adds another magic number to the mix": "add" reports a
        // clause ("adding the U.S. must be equally global"), never a thing added.
        if (that < 0 && (Is(k, "add") || Is(k, "adds") || Is(k, "added") || Is(k, "adding")) && !HasClauseVerb(j, reportEnd))
        {
            return false;
        }

        return MakeReported(j, reportEnd, k, after, ss, se, out quote, minWords: (flags & CueFlags.Object) != 0 ? 1 : 2);
    }

    /// <summary>
    /// The subject at <paramref name="ss"/> opens a subordinate clause ("While his advisers have suggested ...", "once he
    /// has said ..."), not an "as" clause that is only the attribution ("As the Post reported, ...").
    /// </summary>
    private bool InSubordinateClause(int ss, int a, int after) =>
        ss - 1 >= a && (QuoteWords.Subordinators.Contains(Word(ss - 1)) || Is(ss - 1, "once")) && !(Is(ss - 1, "as") && IsPunct(after, ','));

    /// <summary>
    /// A comma between the items of a list of words ("young, liberal and African-American voters", "Iowa, Ohio, and
    /// Texas"): one word after it, then "and", "or" or another comma; with <paramref name="words"/> up to that many
    /// ("schools, public parks and roads").
    /// </summary>
    private bool IsListComma(int comma, int words = 1)
    {
        if (!IsWordToken(comma + 1) || IsSubjectPronoun(comma + 1) || QuoteWords.Determiners.Contains(Word(comma + 1)))
        {
            return false;
        }

        for (int t = comma + 2; t <= comma + 1 + words; t++)
        {
            if (Is(t, "and") || Is(t, "or") || IsPunct(t, ','))
            {
                return true;
            }

            // (A verb ends the test: "who would win the presidency, D'Souza replied, ..." is no list.)
            if (!IsWordToken(t) || IsVerbLikeCue(t) || QuoteWords.FiniteVerbs.Contains(Word(t)) || Word(t).EndsWith("ed", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A document, post, interview or speech a report was made in: "in a statement", "in an interview".</summary>
    private bool IsMediumNoun(int i) => QuoteWords.Media.Contains(Word(i)) || Is(i, "interview") || Is(i, "speech");

    /// <summary>A word in [from, to) that reads as a verb (finite, past, "-ing", or a cue), or quoted words.</summary>
    private bool HasVerb(int from, int to)
    {
        for (int m = from; m < to; m++)
        {
            if (_region[m] != NoRegion || _tokens[m].Kind == TokenKind.Clitic
                || _tokens[m].Kind == TokenKind.Word && (QuoteWords.FiniteVerbs.Contains(Word(m)) || IsLikelyVerb(m) || IsTrailingParticiple(m)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether [from, to) reads as a clause, not a noun phrase: quoted words, a finite verb or modal, a past form, or a
    /// present form after a word that is no determiner and no number ("the company expects", not "292,000 jobs").
    /// </summary>
    private bool HasClauseVerb(int from, int to)
    {
        for (int m = from; m < to; m++)
        {
            // (A clitic "'s" is a verb's only where it is no possessive: "the club's third goal".)
            if (_region[m] != NoRegion || _tokens[m].Kind == TokenKind.Clitic && !IsPossessiveClitic(m))
            {
                return true;
            }

            if (_tokens[m].Kind != TokenKind.Word)
            {
                continue;
            }

            if (QuoteWords.FiniteVerbs.Contains(Word(m)) || QuoteWords.IrregularPastVerbs.Contains(Word(m)))
            {
                return true;
            }

            if (IsLikelyVerb(m) && (Word(m).EndsWith("ed", StringComparison.Ordinal) || m > from && _tokens[m - 1].Kind == TokenKind.Word
                                                                                         && !QuoteWords.Determiners.Contains(Word(m - 1))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A finite verb or modal within six words of <paramref name="from"/>, with no comma before it.</summary>
    private bool FiniteVerbSoon(int from, int b)
    {
        for (int m = from; m < b && m < from + 6; m++)
        {
            if (!IsWordToken(m) && _tokens[m].Kind != TokenKind.Clitic)
            {
                return false;
            }

            if (_tokens[m].Kind == TokenKind.Word && QuoteWords.FiniteVerbs.Contains(Word(m)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"as" within a few words of <paramref name="after"/>, with only words before it: "sees [Cruz] as ...".</summary>
    private bool HasAsAfterObject(int after, int b)
    {
        for (int m = after + 1; m < b && m <= after + 8; m++)
        {
            if (Is(m, "as"))
            {
                return true;
            }

            if (!IsWordToken(m) && _tokens[m].Kind != TokenKind.Clitic)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A count in a share ("one in five", "six of 10"): a number that is not a year, or a number word.</summary>
    private bool IsCount(int i) => _tokens[i].Kind == TokenKind.Number && !IsYear(i) || _tokens[i].Kind == TokenKind.Word && QuoteWords.NumberWords.Contains(Word(i));

    /// <summary>"about half of ...", "over 40 percent ...": a preposition that opens an approximate quantity, the subject of a clause.</summary>
    private bool IsApproximateQuantity(int i) => (Is(i, "about") || Is(i, "over")) && IsCountAt(i + 1)
                                                 || Is(i, "at") && (Is(i + 1, "least") || Is(i + 1, "most")) // "at least six planes"
                                                 || Is(i, "up") && Is(i + 1, "to") && IsCountAt(i + 2) // "up to 200mm of rain"
                                                 || Is(i, "as") && (Is(i + 1, "many") || Is(i + 1, "much") || Is(i + 1, "few") || Is(i + 1, "little"))
                                                    && Is(i + 2, "as"); // "as many as 20 people"

    private bool IsCountAt(int i) => i < _tokens.Length && (_tokens[i].Kind == TokenKind.Number || QuoteWords.NumberWords.Contains(Word(i)));

    /// <summary>An "-ly" adverb that opens a quantity, the subject of a clause: "nearly every voter", "roughly 40 percent".</summary>
    private bool IsQuantityAdverb(int i) => i + 1 < _tokens.Length && (_tokens[i + 1].Kind == TokenKind.Number || QuoteWords.Determiners.Contains(Word(i + 1)))
                                            && Word(i) is "nearly" or "roughly" or "only" or "fully" or "barely" or "slightly" or "exactly";

    /// <summary>
    /// The token after the hearer that follows a cue ("told reporters", "told a Senate panel", "told The Post"), or
    /// <paramref name="after"/> when there is none: "..., the director told a Senate panel Wednesday." ends in time words.
    /// </summary>
    private int AfterHearer(int after, int b)
    {
        int m = after;
        if (m < b && (QuoteWords.ObjectPronouns.Contains(Word(m)) || QuoteWords.GenericAddressees.Contains(Word(m)) && !QuoteWords.Determiners.Contains(Word(m))))
        {
            return m + 1;
        }

        bool determiner = m < b && (Is(m, "a") || Is(m, "an") || Is(m, "the") || Is(m, "his") || Is(m, "her") || Is(m, "their"));
        if (determiner)
        {
            m++;
        }
        else if (!IsCapitalized(m))
        {
            return after;
        }

        int e = m;
        while (e < b && e < m + 4 && IsWordToken(e) && (determiner || IsCapitalized(e)) && !QuoteWords.VerbAdjuncts.Contains(Word(e))
               && !QuoteWords.DayAndMonthNames.Contains(Word(e)) && !QuoteWords.NounPhraseStops.Contains(Word(e)))
        {
            e++;
        }

        return e > m ? e : after;
    }

    /// <summary>
    /// The comma that closes a phrase set off by the comma at <paramref name="open"/> when a lowercase verb follows it
    /// ("Millennials, numbering 75.3 million, surpassed ..."), or -1.
    /// </summary>
    private int ParentheticalClose(int open, int b)
    {
        for (int e = open + 2; e < b - 1 && e < open + 12; e++)
        {
            if (IsTerminator(e) || _tokens[e].Kind is TokenKind.Quote or TokenKind.Dash || _region[e] != NoRegion)
            {
                return -1;
            }

            if (IsPunct(e, ','))
            {
                return IsWordToken(e + 1) && char.IsLower(_text[_tokens[e + 1].Start]) && (Word(e + 1).EndsWith("ed", StringComparison.Ordinal)
                           || QuoteWords.GapAuxiliaries.Contains(Word(e + 1))) ? e : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The subject that opens a reported clause after the cue's hearer and its time, place and occasion, with no "that"
    /// between, or -1: a subject pronoun ("said in a statement Thursday night they pulled ...", "told The Star-Ledger of
    /// Newark last week she would ...", "said after the convention he would ..."), or, after a whole phrase of occasion, a
    /// noun phrase and its auxiliary ("said at a news conference the city would appeal"). Only words that can be such
    /// adjuncts, a named hearer, or the words of a phrase a preposition opens may come first, and at least one must; a
    /// pronoun and a verb of publishing after a medium are the medium's relative clause ("said in a statement he posted").
    /// </summary>
    private int SubjectAfterAdjuncts(int after, int b)
    {
        int limit = Math.Min(b - 1, after + 12);
        int phrase = -1; // the preposition that opens the phrase the scan is in
        for (int m = after; m < limit; m++)
        {
            if (DurationForEnd(m) is int duration and > 0)
            {
                m = duration - 1; // "has said for decades he's ..."
                continue;
            }

            if (m > after && !IsPunct(m - 1, ','))
            {
                // ("said Thursday it had raised $240 million": "it" with its auxiliary is a subject too.)
                if ((IsSubjectPronoun(m) || Is(m, "it") && _text[_tokens[m].Start] == 'i' && m + 1 < b && (QuoteWords.Auxiliaries.Contains(Word(m + 1)) || _tokens[m + 1].Kind == TokenKind.Clitic))
                    && (IsWordToken(m + 1) || m + 1 < b && _tokens[m + 1].Kind == TokenKind.Clitic))
                {
                    // ("said before he died", "suggested after she swept the South": a conjunction's clause, the writer's time.)
                    return QuoteWords.OccasionPrepositions.Contains(Word(m - 1))
                           || (QuoteWords.Media.Contains(Word(m - 1)) || QuoteWords.Occasions.Contains(Word(m - 1))) && QuoteWords.PublishingVerbs.Contains(Word(m + 1))
                        ? -1
                        : m;
                }

                if (phrase >= 0 && m - phrase >= 2 && !QuoteWords.Determiners.Contains(Word(m - 1)) && !QuoteWords.OccasionPrepositions.Contains(Word(m - 1))
                    && NounSubjectBeforeAuxiliary(m, b))
                {
                    return m;
                }
            }

            if (IsWordToken(m) && QuoteWords.OccasionPrepositions.Contains(Word(m)))
            {
                phrase = m;
                continue;
            }

            bool adjunct = IsWordToken(m) && (QuoteWords.VerbAdjuncts.Contains(Word(m)) || QuoteWords.DayAndMonthNames.Contains(Word(m))
                                              || QuoteWords.TimeSpanWords.Contains(Word(m)) || IsCapitalized(m) || Is(m, "of")
                                              || phrase >= 0 && (QuoteWords.Occasions.Contains(Word(m)) || QuoteWords.Media.Contains(Word(m))))
                           || _tokens[m].Kind is TokenKind.Number or TokenKind.Clitic
                           // (Any noun only in a phrase of time: "hinted at the niche he sees" is an object and its relative clause.)
                           || phrase >= 0 && m - phrase <= 5 && !Is(phrase, "in") && !Is(phrase, "at") && !Is(phrase, "on") && IsWordToken(m) && char.IsLower(_text[_tokens[m].Start])
                              && !QuoteWords.NounPhraseStops.Contains(Word(m)) && !QuoteWords.WhWords.Contains(Word(m))
                              && !QuoteWords.FiniteVerbs.Contains(Word(m)) && !QuoteWords.PublishingVerbs.Contains(Word(m));
            if (!adjunct)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when a noun phrase opens at <paramref name="m"/>, a determiner and one to three words, and an auxiliary or
    /// modal follows it: "the city would", "the new rules will", "her campaign had", "the Monarchs had".
    /// </summary>
    private bool NounSubjectBeforeAuxiliary(int m, int b)
    {
        if (m < 1 || m >= b || !(QuoteWords.Articles.Contains(Word(m)) || QuoteWords.PossessivePronouns.Contains(Word(m))))
        {
            return false;
        }

        for (int n = m + 1; n < b && n <= m + 4; n++)
        {
            if (!IsWordToken(n) || !char.IsLower(_text[_tokens[n].Start]) && QuoteWords.DayAndMonthNames.Contains(Word(n)))
            {
                return false; // ("the Monarchs had", "the White House would": a name may be the noun.)
            }

            if (QuoteWords.Auxiliaries.Contains(Word(n)))
            {
                // ("in a statement the company had released": the medium's relative clause.)
                return n > m + 1 && !(QuoteWords.Media.Contains(Word(m - 1)) && n + 1 < b && QuoteWords.PublishingVerbs.Contains(Word(n + 1)));
            }

            if (QuoteWords.NounPhraseStops.Contains(Word(n)) || QuoteWords.FiniteVerbs.Contains(Word(n)) || QuoteWords.Determiners.Contains(Word(n)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The "that" right after an aside that opens at <paramref name="m"/>, or -1: a relative clause set off by commas
    /// (", where he is now a paid contributor, that ...") or any aside set off by dashes ("— on Twitter, as it happens — that").
    /// </summary>
    private int AsideBeforeThat(int m, int b)
    {
        if (_tokens[m].Kind == TokenKind.Dash)
        {
            int close = ClosingDash(m, b);
            return close > 0 && Is(close + 1, "that") && IsWordToken(close + 2) ? close + 1 : -1;
        }

        // (", speaking from Kyiv, that ...": a participle set off by commas works the same way; so does a phrase of time or
        // occasion: "continues to insist, most recently in a Labor Day interview with ABC News, that ...".)
        if (m + 3 >= b || !IsPunct(m, ',') || !(Is(m + 1, "where") || Is(m + 1, "who") || Is(m + 1, "which") || Is(m + 1, "when") || IsTrailingParticiple(m + 1)
                                  || QuoteWords.OccasionPrepositions.Contains(Word(m + 1)) || Is(m + 1, "most") && Is(m + 2, "recently")
                                  || IsLyAdverb(m + 1)))
        {
            return -1;
        }

        for (int e = m + 2; e < b - 2 && e < m + 16; e++)
        {
            if (IsTerminator(e) || _tokens[e].Kind == TokenKind.Quote || _tokens[e].Kind == TokenKind.Dash)
            {
                return -1;
            }

            if (IsPunct(e, ','))
            {
                return Is(e + 1, "that") && IsWordToken(e + 2) ? e + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The end of a hearer that opens with an article or a possessive ("the National Post", "the committee", "his
    /// advisers"), when a clause's subject follows it: a pronoun ("he"), a determiner ("the plan") or a name after a
    /// lowercase noun ("the committee Trump would ..."); otherwise <paramref name="j"/>.
    /// </summary>
    private int HearerPhraseEnd(int j, int b)
    {
        if (j >= b || !(Is(j, "the") || Is(j, "a") || Is(j, "an") || Is(j, "his") || Is(j, "her") || Is(j, "their")))
        {
            return j;
        }

        for (int e = j + 1; e < b && e <= j + 4; e++)
        {
            if (e > j + 1 && (IsSubjectPronoun(e) || (Is(e, "it") || Is(e, "there")) && e + 1 < b && QuoteWords.FiniteVerbs.Contains(Word(e + 1))
                                                                     && !Word(e - 1).EndsWith("thing", StringComparison.OrdinalIgnoreCase)
                              || QuoteWords.Determiners.Contains(Word(e))
                              || IsCapitalized(e) && !IsCapitalized(e - 1)))
            {
                return e;
            }

            // ("told a press conference in Canberra the government ...": a gathering, then where it met.)
            if (e > j + 1 && QuoteWords.Gatherings.Contains(Word(e - 1)) && (Is(e, "in") || Is(e, "at")))
            {
                return ClauseAfterPlace(e, b) is int clause and > 0 ? clause : j;
            }

            if (!IsWordToken(e) || IsVerbLikeCue(e) || QuoteWords.NounPhraseStops.Contains(Word(e))
                || !IsCapitalized(e) && QuoteWords.VerbAdjuncts.Contains(Word(e)) && !QuoteWords.Gatherings.Contains(Word(e))
                   && !(e + 1 < b && QuoteWords.Gatherings.Contains(Word(e + 1))))
            {
                return j;
            }
        }

        return j;
    }

    /// <summary>
    /// "in Edmonton the province would ...", "at Queen's Park the minister said ...": after "in" or "at" at <paramref name="m"/>
    /// and a capitalized place, the first word of a clause that follows with no "that"; else -1.
    /// </summary>
    private int ClauseAfterPlace(int m, int b)
    {
        if (!(Is(m, "in") || Is(m, "at")) || m + 2 >= b || !IsCapitalized(m + 1))
        {
            return -1;
        }

        int place = m + 1;
        while (place < b && IsCapitalized(place))
        {
            place++;
        }

        return place < b && IsWordToken(place) && QuoteWords.ClauseStarts.Contains(Word(place)) && !Is(place, "that") ? place : -1;
    }

    /// <summary>
    /// The "that" after a hearer of any length ("told The Post and Courier newspaper of Charleston on Saturday that ..."),
    /// or -1: only words stand between the cue and it, none of them a verb that reports or a clause's own subject pronoun.
    /// </summary>
    private int ThatAfterHearer(int after, int b)
    {
        int limit = Math.Min(b - 1, after + 12);
        for (int m = after; m < limit; m++)
        {
            if (Is(m, "that"))
            {
                return m > after && IsWordToken(m + 1) ? m : -1;
            }

            if (!(IsWordToken(m) || _tokens[m].Kind is TokenKind.Clitic or TokenKind.Number) || IsVerbLikeCue(m)
                || m > after && IsSubjectPronoun(m))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The question word after a hearer ("asked the senator whether ..."), or -1.</summary>
    private int WhAfterHearer(int after, int b)
    {
        int limit = Math.Min(b - 1, after + 7);
        for (int m = after; m < limit; m++)
        {
            if (QuoteWords.WhWords.Contains(Word(m)) && _tokens[m].Kind == TokenKind.Word)
            {
                return m > after && IsWordToken(m + 1) ? m : -1;
            }

            if (!(IsWordToken(m) || _tokens[m].Kind == TokenKind.Clitic) || IsVerbLikeCue(m) || m > after && QuoteWords.NounPhraseStops.Contains(Word(m)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A question put to someone: "Asked whether he would run, Ryan said ...", "when asked about the vote", "she was asked
    /// if ...", "Asked by Matt Lauer whether ..." (the asker is the speaker), "Hewitt asked Trump about statements he had
    /// made" (the subject <paramref name="ss"/>..<paramref name="se"/> is). The report is the question, or what it was
    /// about, up to the sentence's next comma.
    /// </summary>
    private bool TryQuestionPut(int k, int n, int a, int b, bool hasSubject, int ss, int se, out Found quote)
    {
        quote = default;
        int after = k + n;
        bool passive = hasSubject && IsPassive(k, a);
        if (hasSubject && !passive)
        {
            // "Conservative radio host Hugh Hewitt asked Trump about statements he had made": the hearer, then the topic.
            for (int m = after; m < b - 1 && m <= after + 4; m++)
            {
                if (m > after && Is(m, "about") && IsWordToken(m + 1))
                {
                    int topicEnd = JudgmentEnd(m + 1, FirstCommaBefore(m + 1, ClauseEnd(m + 1, b)));
                    return MakeReported(m + 1, topicEnd, k, after, ss, se, out quote, minWords: 1);
                }

                // ("Hewitt asked whether Trump cared about the payments": the question, not a topic.)
                if (!IsWordToken(m) || _region[m] != NoRegion || CueAt(m, b, out _) > 0 || QuoteWords.NounPhraseStops.Contains(Word(m))
                    || QuoteWords.WhWords.Contains(Word(m)))
                {
                    break;
                }
            }
        }

        bool opening = k == a || IsPunct(k - 1, ',') || Is(k - 1, "when") || Is(k - 1, "whenever") || Is(k - 1, "if")
                       || Is(k - 1, "after") || Is(k - 1, "once") || Is(k - 1, "before");
        if (!passive && !(opening && !hasSubject) || after >= b - 1)
        {
            return false;
        }

        // "Asked by Matt Lauer whether ...", "Asked at a briefing Monday in Washington about ...", "Asked specifically what ...":
        // the asker, the occasion and adverbs come before the question.
        int q = after;
        while (q < b - 1 && q < after + 9 && _region[q] == NoRegion && IsWordToken(q)
               && !(QuoteWords.WhWords.Contains(Word(q)) || Is(q, "about")) && CueAt(q, b, out _) == 0)
        {
            q++;
        }

        int from;
        if (QuoteWords.WhWords.Contains(Word(q)) && _tokens[q].Kind == TokenKind.Word && (q == after || !Is(q, "when") && !Is(q, "where")))
        {
            from = q;
        }
        else if (Is(q, "about") && IsWordToken(q + 1))
        {
            from = q + 1;
        }
        else
        {
            return false;
        }

        int end = FirstCommaBefore(from, ClauseEnd(from, b));
        if (from > q)
        {
            end = JudgmentEnd(from, end); // "asked about it during the debate": what it was about, not when
        }
        else
        {
            // "Asked why he had yet to endorse Clinton during an appearance Friday on ...": the occasion is the writer's.
            for (int m = from + 2; m < end; m++)
            {
                if (_region[m] == NoRegion && (Is(m, "during") || IsOccasionPhrase(m, end)))
                {
                    end = m;
                    break;
                }
            }
        }

        // "Asked by Matt Lauer whether ...": the asker is the agent of the passive.
        int agentStart = -1, agentEnd = -1;
        for (int m = after; m < q - 1; m++)
        {
            if (Is(m, "by"))
            {
                int e = m + 1;
                while (e < q && !QuoteWords.ObjectEnds.Contains(Word(e)) && !Is(e, "on") && !Is(e, "in") && !QuoteWords.JudgmentAdjuncts.Contains(Word(e)))
                {
                    e++;
                }

                (agentStart, agentEnd) = (m + 1, e);
                break;
            }
        }

        return MakeReported(from, end, k, after, agentStart, agentEnd, out quote);
    }

    /// <summary>The first comma of the writer's (not inside quoted words, or closing them: "president,"") in (from, end), else end.</summary>
    private int FirstCommaBefore(int from, int end)
    {
        for (int m = from + 1; m < end; m++)
        {
            if (IsPunct(m, ',') && _region[m] == NoRegion && !IsListComma(m))
            {
                return m;
            }

            if (_tokens[m].Kind == TokenKind.Quote && _region[m] != NoRegion && _pairs[_region[m]].CloseToken == m && IsPunct(m - 1, ','))
            {
                return m + 1;
            }
        }

        return end;
    }

    /// <summary>
    /// Where the object of a judgment ("criticized the law as a "crazy system" during a stop in Flint") or the topic of a
    /// question ("asked Trump about statements he had made") ends: before the writer's time, place, occasion and reason
    /// phrases and a relative clause set off by a comma; a name or pronoun object ends before a time, place or manner word
    /// or a second verb ("endorsed Sanders in February and organized ...").
    /// </summary>
    private int JudgmentEnd(int j, int end)
    {
        // "endorsed Sanders in February and organized for him", "attacked him over the issue": a name or pronoun object ends
        // where a time, place or manner phrase or a second verb begins ("likened RT to the BBC", "criticized Shelby for
        // shooting ..." and "cast him as ..." go on).
        int e = j;
        if (Is(j, "him") || Is(j, "them") || Is(j, "me") || Is(j, "us"))
        {
            e = j + 1;
        }
        else
        {
            while (e < end && _region[e] == NoRegion && (IsCapitalized(e) || e > j && IsPunct(e, '.') && _tokens[e].Start == _tokens[e - 1].End))
            {
                e++;
            }
        }

        if (e > j && e < end && (_tokens[e].Kind == TokenKind.Word && QuoteWords.ObjectEnds.Contains(Word(e)) && !(Is(e, "and") && IsCapitalized(e + 1))
                                 || (Is(e, "in") || Is(e, "on")) && e + 1 < end && (IsYear(e + 1) || QuoteWords.OccasionNouns.Contains(Word(e + 1)))))
        {
            return e;
        }

        for (int m = j + 1; m < end; m++)
        {
            if (_region[m] != NoRegion)
            {
                continue;
            }

            if (QuoteWords.JudgmentAdjuncts.Contains(Word(m)) && _tokens[m].Kind == TokenKind.Word && QuoteWords.DayAndMonthNames.Contains(Word(m))
                && m - 1 > j && (Is(m - 1, "on") || Is(m - 1, "last") || Is(m - 1, "this") || Is(m - 1, "next")))
            {
                return m - 1; // "attacked the plan on Monday": the day's preposition goes with it
            }

            if (QuoteWords.JudgmentAdjuncts.Contains(Word(m)) && _tokens[m].Kind == TokenKind.Word
                || m > j + 1 && IsMainVerbAfterObject(j, m)
                || IsPunct(m, ',') && m + 1 < end && QuoteWords.RelativeStarts.Contains(Word(m + 1))
                || IsOccasionPhrase(m, end)
                || IsPunct(m, ',') && (Is(m + 1, "with") || Is(m + 1, "despite"))
                || Is(m, "this") && m <= j + 3 && m + 1 < end && QuoteWords.OccasionNouns.Contains(Word(m + 1))
                || Is(m, "even") && Is(m + 1, "as"))
            {
                return m;
            }
        }

        return end;
    }

    /// <summary>
    /// "(who have praised) his candidacy warned ...": a speech verb right after the judged object's common noun, with no clause
    /// of the object's own before it ("what she called ...", "reports that Trump called ..." go on), is the main clause's verb.
    /// </summary>
    private bool IsMainVerbAfterObject(int j, int m)
    {
        if (!IsVerbLikeCue(m) || !char.IsLower(_text[_tokens[m].Start]) || Word(m).EndsWith("ing", StringComparison.Ordinal)
            || _tokens[m - 1].Kind != TokenKind.Word || !char.IsLower(_text[_tokens[m - 1].Start]) || QuoteWords.NounPhraseStops.Contains(Word(m - 1))
            || QuoteWords.PersonalPronouns.Contains(Word(m - 1)) || QuoteWords.Determiners.Contains(Word(m - 1))
            || Is(m, "called") || Is(m, "named") || Is(m, "dubbed") || Is(m, "labeled") || Is(m, "known"))
        {
            return false; // ("the emotions of a worried spouse", "a supplement-maker called Mannatech")
        }

        for (int i = j; i < m; i++)
        {
            if (QuoteWords.RelativeStarts.Contains(Word(i)) || QuoteWords.WhWords.Contains(Word(i)) || _region[i] != NoRegion || IsPunct(i, ','))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "in a statement", "in early-morning tweets", "at a rally on Monday", "via a spokesman's email": a preposition that opens
    /// the occasion or medium of a report, within five words ("during" is a judgment adjunct of its own).
    /// </summary>
    private bool IsOccasionPhrase(int m, int end)
    {
        if (!(Is(m, "in") || Is(m, "at") || Is(m, "on") || Is(m, "via") || Is(m, "through")))
        {
            return false;
        }

        for (int i = m + 1; i < end && i <= m + 5; i++)
        {
            if (_tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number) && !IsPunct(i, '-'))
            {
                return false;
            }

            if (QuoteWords.Media.Contains(Word(i)) || QuoteWords.Occasions.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a reported clause that starts at <paramref name="j"/> ends: the sentence's end, or before ", adding that ..."
    /// (a second quote of the same speaker) and before the writer's own ", although ...", "; ...", "— ...".
    /// </summary>
    private int ClauseEnd(int j, int b)
    {
        int end = b;
        int first = j + 1;
        if (j < b && j < _tokens.Length && _tokens[j].Kind == TokenKind.Dash && ClosingDash(j, b) is int closing and > 0)
        {
            first = closing + 1; // "that – in his professional life – he is ...": an aside opens the report
        }

        int openingClause = -1; // computed at the first comma: 1 when the report sits in an opening subordinate clause
        bool InOpeningClause() => (openingClause < 0 ? openingClause = j < b && InOpeningSubordinateClause(j) ? 1 : 0 : openingClause) == 1;
        for (int m = first; m < b - 1; m++)
        {
            if (_region[m] != NoRegion)
            {
                // "... “jobs, jobs, jobs,” but he has also ...": the comma that ends the report sits inside the quoted words.
                if (_tokens[m].Kind == TokenKind.Quote && _region[m + 1] == NoRegion && IsPunct(m - 1, ',')
                    && (QuoteWords.ClauseBreaks.Contains(Word(m + 1)) || IsTrailingParticiple(m + 1) || AnotherSpeakersReport(m + 1, b)
                        || IsWordToken(m + 1) && char.IsLower(_text[_tokens[m + 1].Start]) && IsVerbLikeCue(m + 1) // (", citing "...," said ...")
                        // (""an orange buffoon," Susan said as ...": an attribution of its own; "the "Charleston loophole," a flaw
                        // in ...": the writer's gloss.)
                        || IsCapitalizedName(m + 1) && SubjectAndCue(m + 1, b)
                        || (Is(m + 1, "a") || Is(m + 1, "an")) && IsClosingDescription(m + 1, b)
                        || Is(m + 1, "and") && m + 2 < b && AnotherSpeakersReport(m + 2, b)))
                {
                    end = m + 1;
                    break;
                }

                continue; // punctuation inside quoted words belongs to the speaker
            }

            bool asideDash = _tokens[m].Kind == TokenKind.Dash && (_tokens[m].Length >= 1 && _text[_tokens[m].Start] != '-' || m > 0 && _tokens[m].Start > _tokens[m - 1].End);
            if (asideDash && ClosingDash(m, b) is int close and > 0)
            {
                m = close; // "families - gay, straight, adoptive and foster - would qualify": an aside inside the report
                continue;
            }

            if (IsPunct(m, ';') || asideDash && !(Is(m + 1, "including") || Is(m + 1, "especially") || (Is(m + 1, "and") || Is(m + 1, "or")) && !IsSubjectPronoun(m + 2) && CueAt(m + 2, b, out _) == 0
                                                  || Is(m + 1, "as") && Is(m + 2, "well")))
            {
                end = m; // an aside set off by a dash is the writer's
                break;
            }

            if ((Is(m, "and") || Is(m, "but")) && m + 1 < b && (CueAt(m + 1, b, out CueFlags cf) > 0 && ((cf & CueFlags.DirectOnly) == 0 || IsVerbLikeCue(m + 1))
                                                                   && (ReportsHere(m + 1, cf, b) || !HasVerb(j, m))
                                                                || (Is(m + 1, "also") || Is(m + 1, "then") || Is(m + 1, "later") || Is(m + 1, "has") || Is(m + 1, "have") || IsLyAdverb(m + 1))
                                                                   && CueAt(m + 2, b, out CueFlags cf2) > 0 && ((cf2 & CueFlags.DirectOnly) == 0 || IsVerbLikeCue(m + 2))))
            {
                end = m; // "... but noted that ...", "... and criticized the party": a second report of the same speaker
                break;
            }

            // "... computers and she accused Trump of ...", "... the attack but U.S. officials have said ...", "One in three said ...
            // and one in four said ...": a report of its own, with a subject, joined without a comma.
            // (Not "Tapper, Bash and Blitzer had mentioned it": the last of a list of names.)
            // (Nor "the driver and she told police ...": with no verb before it, an "and" joins two subjects.)
            if (m > j + 1 && (Is(m, "but") || Is(m, "and") && (HasVerb(j, m) || Is(j, "to"))) && !IsPunct(m - 1, ',') && SubjectAndCue(m + 1, b)
                && !(IsCapitalized(m + 1) && IsCapitalized(m - 1) && (IsPunct(m - 2, ',') || IsPunct(m - 3, ','))))
            {
                end = m;
                break;
            }

            if (Is(m, "and") && m + 2 < b && IsCapitalizedName(m + 1) && !QuoteWords.CapitalizedNonNames.Contains(Word(m + 1))
                && (CueAt(m + 2, b, out _) > 0 && IsVerbLikeCue(m + 2)
                    || IsCapitalizedName(m + 2) && CueAt(m + 3, b, out _) > 0 && IsVerbLikeCue(m + 3)))
            {
                end = m; // "... and Democrats accused the GOP of ...": another speaker's report
                break;
            }

            if (Is(m, "and") && IsPunct(m - 1, ',') && (AnotherSpeakersReport(m + 1, b) || NewReportWithThat(m + 1, b, anyStart: true)))
            {
                end = m - 1; // "..., and the reports said ...": a second report with a speaker of its own
                break;
            }

            // "... him a "nice guy" and he didn't ...", "... her Wall Street links while Sanders suggests ...": a new clause with its
            // own subject after quoted words or a writer's "while", with no comma before it.
            if (m > j + 1 && (Is(m, "and") && _tokens[m - 1].Kind == TokenKind.Quote || Is(m, "while") || Is(m, "whereas"))
                && m + 2 < b && (IsSubjectPronoun(m + 1) || IsCapitalizedName(m + 1) && !QuoteWords.CapitalizedNonNames.Contains(Word(m + 1))
                                                                            && (IsLikelyVerb(m + 2) || QuoteWords.FiniteVerbs.Contains(Word(m + 2)))))
            {
                end = m;
                break;
            }

            if ((Is(m, "but") || Is(m, "yet")) && m + 1 < b && QuoteWords.MatrixAuxiliaries.Contains(Word(m + 1)))
            {
                end = m; // "... willingness to change the law but has been met with opposition": the subject's next deed
                break;
            }

            // "called for more school investment in a statement on Thursday.": the medium that closes the sentence is the writer's,
            // with its addressee ("announced her resignation in a letter to the board.").
            if (m > j + 1 && Is(m, "in") && (Is(m + 1, "a") || Is(m + 1, "an")) && m + 2 < b
                && (IsMediumNoun(m + 2) || IsWordToken(m + 3) && IsMediumNoun(m + 3))
                && (TailIsShort(m, b) || AddresseeTail(IsMediumNoun(m + 2) ? m + 3 : m + 4, b)
                    || ParticipleAfterComma(IsMediumNoun(m + 2) ? m + 3 : m + 4, b)))
            {
                end = m;
                break;
            }

            if (!IsPunct(m, ','))
            {
                continue;
            }

            if (InOpeningClause() && !IsListComma(m, words: 3))
            {
                end = m; // "While only 7 percent said they are undecided, 27 percent ...": the clause's comma ends its report
                break;
            }

            if (NewReportWithThat(m + 1, b))
            {
                end = m; // "After the inspector general concluded she broke the rules, her campaign contended that ...": a new report
                break;
            }

            if (IsTrailingParticiple(m + 1) && m == j + 1 && ParentheticalClose(m, b) is int phraseEnd and > 0)
            {
                m = phraseEnd; // "Millennials, numbering 75.3 million, surpassed ...": a participle phrase inside the subject
                continue;
            }

            // (Not "a kind, loving and admirable person": an -ing word that an "and" joins to the next is an adjective in a list.)
            if (IsTrailingParticiple(m + 1) && !(Is(m + 2, "and") || Is(m + 2, "or"))
                || (IsLyAdverb(m + 1) || Is(m + 1, "further")) && IsTrailingParticiple(m + 2)
                || Is(m + 1, "with") && WithAbsolute(m + 2, b))
            {
                end = m; // ", comparing him favorably to ...": the writer's comment on the report
                break;
            }

            if (Is(m + 1, "and") && m + 2 < b && QuoteWords.Subordinators.Contains(Word(m + 2)))
            {
                end = m; // ", and when pressed on ...": the writer's narration
                break;
            }

            if (CueAt(m + 1, b, out CueFlags f2) > 0 && (f2 & CueFlags.DirectOnly) == 0
                && Word(m + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                end = m;
                break;
            }

            // ", but not ...", ", but only ...", ", but rather ...": the contrast completes the reported words.
            if (QuoteWords.ClauseBreaks.Contains(Word(m + 1)) && !(Is(m + 1, "but") && IsContrastTail(m + 2)))
            {
                end = m;
                break;
            }

            if (Is(m + 1, "compared") && (Is(m + 2, "with") || Is(m + 2, "to"))
                || (Is(m + 1, "more") || Is(m + 1, "less")) && Is(m + 2, "than") || (Is(m + 1, "up") || Is(m + 1, "down")) && Is(m + 2, "from")
                || (Is(m + 1, "below") || Is(m + 1, "above") || Is(m + 1, "short") || Is(m + 1, "ahead")) && IsWordToken(m + 2) && !Is(m + 2, "and")
                || Is(m + 1, "even") && Is(m + 2, "as") && !(Is(m + 3, "a") || Is(m + 3, "an")) // (not ", even as a candidate,")
                || (Is(m + 1, "before") || Is(m + 1, "after")) && m + 2 < b && _tokens[m + 2].Kind == TokenKind.Word
                   && Word(m + 2).EndsWith("ing", StringComparison.Ordinal) && !QuoteWords.ParticiplePrepositions.Contains(Word(m + 2))
                || (Is(m + 1, "hours") || Is(m + 1, "days") || Is(m + 1, "minutes") || Is(m + 1, "weeks")) && (Is(m + 2, "after") || Is(m + 2, "before")))
            {
                end = m; // ", compared with four in 10 who ...", ", below analysts' estimates", ", even as ...", ", hours after ...": the writer's
                         // comparison or time
                break;
            }

            // "he did not support Mr. Trump, the presumed Putin favorite.": a closing description is the writer's.
            // (Not inside a list: "celebrated his heroes, including the musician Chuck Berry, the baseball player Willie Mays and ...".)
            if ((Is(m + 1, "the") || Is(m + 1, "a") || Is(m + 1, "an")) && IsClosingDescription(m + 1, b) && !OpensListBefore(j, m))
            {
                end = m;
                break;
            }

            // "it had recaptured the palace, a claim the RSF denied.", "would step down, a move it said was agreed", "killed 20
            // militants, a figure that could not be verified": the writer's comment on the report, in apposition to it.
            if ((Is(m + 1, "a") || Is(m + 1, "an") || Is(m + 1, "the")) && m + 2 < b
                && (QuoteWords.CommentNouns.Contains(Word(m + 2)) || IsWordToken(m + 2) && m + 3 < b && QuoteWords.CommentNouns.Contains(Word(m + 3))))
            {
                end = m;
                break;
            }

            // "... the reality of climate change, which makes him an outlier.": a relative clause that closes the sentence
            // is the writer's comment ("the bill, which passed Tuesday, would ..." goes on after its second comma).
            // "... cooperation of Bryan Pagliano, who worked on the campaign." likewise describes the name that ends the report.
            if ((Is(m + 1, "which") || Is(m + 1, "where") || Is(m + 1, "who") && IsCapitalized(m - 1)) && IsClosingClause(m + 2, b))
            {
                end = m;
                break;
            }

            // ", the latter a reference to ...": the writer's gloss on what was reported; ", however this time the number has
            // dropped": the writer's contrast (", however, ..." set off on both sides is an aside inside the report).
            if (Is(m + 1, "the") && (Is(m + 2, "latter") || Is(m + 2, "former")) && !IsPunct(m + 3, ',')
                || Is(m + 1, "however") && m + 2 < b && IsWordToken(m + 2))
            {
                end = m;
                break;
            }

            // ", and it reaffirmed its guidance": the speaker's next report, under a pronoun.
            if (Is(m + 1, "and") && (Is(m + 2, "it") || Is(m + 2, "they")) && m + 3 < b && CueAt(m + 3, b, out CueFlags cf3) > 0
                && (cf3 & CueFlags.DirectOnly) == 0 && IsVerbLikeCue(m + 3))
            {
                end = m;
                break;
            }

            // ", and both sides actually aren't that far apart", ", and the American Civil Liberties Union of Ohio has already
            // sued ...": a noun phrase with a verb of its own opens the writer's next clause.
            if (Is(m + 1, "and") && NounPhraseThenVerb(m + 2, b))
            {
                end = m;
                break;
            }

            // ", and Republicans want ...", ", and the union also stepped in": a new clause with its own subject.
            if (Is(m + 1, "and") && m + 3 < b && (QuoteWords.PersonalPronouns.Contains(Word(m + 2)) && !Is(m + 2, "it") && !Is(m + 2, "you")
                                                  || IsCapitalizedName(m + 2) && !QuoteWords.CapitalizedNonNames.Contains(Word(m + 2)) && !IsLastOfNameList(m, b)))
            {
                end = m;
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether the tokens at <paramref name="from"/> open a clause of their own: after an optional "now" or "then", a noun
    /// phrase of at most nine tokens that opens with a determiner, a number or a capital ("both sides", "the American Civil
    /// Liberties Union of Ohio", "his campaign"), then, past at most one adverb, an auxiliary ("aren't", "has", "don't") or,
    /// after a phrase of two tokens or more, a past tense ("the rebellion was crushed", "80,000 employees volunteered").
    /// A pronoun subject is left to the callers' own tests.
    /// </summary>
    private bool NounPhraseThenVerb(int from, int b)
    {
        int i = Is(from, "now") || Is(from, "then") ? from + 1 : from;
        int start = i;
        if (i >= b || IsSubjectPronoun(i) || !(QuoteWords.Determiners.Contains(Word(i)) || IsCapitalized(i) || _tokens[i].Kind == TokenKind.Number))
        {
            return false;
        }

        while (i < b && i < start + 9
               && (IsWordToken(i) && !QuoteWords.ClauseAuxiliaries.Contains(Word(i)) && !QuoteWords.RelativeStarts.Contains(Word(i)) && !Is(i, "to") && !IsPastTense(i)
                   || IsPossessiveClitic(i)))
        {
            i++;
        }

        if (i == start || i >= b)
        {
            return false;
        }

        if (IsLyAdverb(i) || Is(i, "also") || Is(i, "still") || Is(i, "now"))
        {
            i++;
        }

        return i < b && (QuoteWords.ClauseAuxiliaries.Contains(Word(i)) || i > start + 1 && IsPastTense(i));
    }

    /// <summary>A lowercase past tense: a word in "-ed" or an irregular past ("went", "took").</summary>
    private bool IsPastTense(int i) =>
        _tokens[i].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i].Start])
        && (Word(i).EndsWith("ed", StringComparison.Ordinal) || QuoteWords.IrregularPastVerbs.Contains(Word(i)));

    /// <summary>Whether "including" or "such as" stands in [<paramref name="from"/>, <paramref name="to"/>): the items after it are a list.</summary>
    private bool OpensListBefore(int from, int to)
    {
        for (int m = from; m < to; m++)
        {
            if (Is(m, "including") || Is(m, "such") && Is(m + 1, "as"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether token <paramref name="j"/> sits in a subordinate clause that opens its sentence, before the clause's comma:
    /// "While only 7 percent said they are undecided, ...", "When Nega encouraged his students to press for freedoms, ...";
    /// also after "And" or "But" or a short opening phrase ("In June 2001, after HP asked workers to ..., 80,000 ...").
    /// </summary>
    private bool InOpeningSubordinateClause(int j)
    {
        if (j < 0 || j >= _tokens.Length)
        {
            return false;
        }

        int s0 = SentenceStart(j);
        bool opensSentence = true;
        if (s0 + 1 < j && (Is(s0, "and") || Is(s0, "but")) && QuoteWords.Subordinators.Contains(Word(s0 + 1)))
        {
            (s0, opensSentence) = (s0 + 1, false); // "And when asked to leave, he reportedly refused"
        }
        else if (s0 < j && IsCapitalized(s0))
        {
            // "In June 2001, after a desperate HP asked workers to ..., 80,000 employees volunteered", "Since June 16, when he
            // asked ...": a short opening phrase of time or place, then the clause.
            for (int c = s0 + 1; c < j && c <= s0 + 5; c++)
            {
                if (IsPunct(c, ','))
                {
                    if (c + 1 < j && QuoteWords.Subordinators.Contains(Word(c + 1)))
                    {
                        (s0, opensSentence) = (c + 1, false);
                    }

                    break;
                }

                if (_tokens[c].Kind is not (TokenKind.Word or TokenKind.Number) || IsLikelyVerb(c) || QuoteWords.FiniteVerbs.Contains(Word(c)))
                {
                    break;
                }
            }
        }

        if (s0 >= j || _tokens[s0].Kind != TokenKind.Word || opensSentence && !IsCapitalized(s0)
            || !(QuoteWords.Subordinators.Contains(Word(s0)) || Is(s0, "whereas") || Is(s0, "unless")
                 || Is(s0, "even") && (Is(s0 + 1, "though") || Is(s0 + 1, "if"))))
        {
            return false;
        }

        // ("After Mr. Trump took possession of the jet in 2011 he made changes": past the clause's verb, a subject pronoun opens
        // the main clause without a comma.)
        bool verb = false;
        for (int m = s0 + 1; m < j; m++)
        {
            if (IsPunct(m, ',') || _tokens[m].Kind == TokenKind.Quote || _tokens[m].Kind == TokenKind.Dash
                || verb && IsSubjectPronoun(m) && !Is(m, "it") && !Is(m, "you") && !Is(m - 1, "that") && !QuoteWords.WhWords.Contains(Word(m - 1)))
            {
                return false;
            }

            verb |= _tokens[m].Kind == TokenKind.Word && (IsLikelyVerb(m) || QuoteWords.FiniteVerbs.Contains(Word(m)));
        }

        return true;
    }

    /// <summary>
    /// The noun a participle phrase describes when the noun phrase at <paramref name="start"/> is that phrase's object:
    /// "A man [accused of killing] his wife", "The lawyer [representing] the family", "a nurse [charged with] theft"; else -1.
    /// Only lowercase participles, prepositions, "to" and "not" may stand between, at most five of them, and a participle
    /// among them.
    /// </summary>
    private int ParticipleChainBefore(int start, int lower)
    {
        int p = start - 1;
        bool participle = false;
        // (The object opens with a determiner, or a preposition links it: "policy planning director Anne-Marie Slaughter" is
        // a title, not "planning" and its object.)
        bool linked = QuoteWords.Determiners.Contains(Word(start));
        for (int steps = 0; steps < 5 && p > lower && _tokens[p].Kind == TokenKind.Word && char.IsLower(_text[_tokens[p].Start]); steps++, p--)
        {
            ReadOnlySpan<char> w = Word(p);
            bool isParticiple = w.Length > 4 && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
                                && !QuoteWords.BetweenSubjectAndVerb.Contains(w);
            bool preposition = QuoteWords.SubjectPrepositions.Contains(w);
            if (!isParticiple && !preposition && !Is(p, "to") && !Is(p, "not"))
            {
                break;
            }

            participle |= isParticiple;
            linked |= preposition;
        }

        if (!linked)
        {
            return -1;
        }

        // ("Two unions representing rail workers in Italy": past the participle's object and its prepositional phrase, to the
        // participle and the noun before it.)
        if (!participle && p >= lower && p < start - 1 && IsNounLike(p) && NounPhraseBefore(p, lower, out int objectStart, out _)
            && objectStart - 2 >= lower && _tokens[objectStart - 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[objectStart - 1].Start])
            && Word(objectStart - 1).Length > 4 && Word(objectStart - 1).EndsWith("ing", StringComparison.Ordinal))
        {
            p = objectStart - 2;
            participle = true;
        }

        // The word reached is the described noun: a lowercase noun or a name, not a verb, a preposition or a determiner.
        return participle && p >= lower && p < start - 1 && IsNounLike(p) ? p : -1;
    }

    /// <summary>
    /// A word that can end a noun phrase: not a past or finite verb, a cue verb, a preposition, a determiner or a pronoun
    /// (a plural noun in "-s" is fine: "unions", "workers").
    /// </summary>
    private bool IsNounLike(int p) =>
        _tokens[p].Kind == TokenKind.Word && !IsVerbLikeCue(p) && !QuoteWords.FiniteVerbs.Contains(Word(p)) && !QuoteWords.IrregularPastVerbs.Contains(Word(p))
        && !(char.IsLower(_text[_tokens[p].Start]) && Word(p).EndsWith("ed", StringComparison.Ordinal))
        && !QuoteWords.NounPhraseStops.Contains(Word(p)) && !QuoteWords.Determiners.Contains(Word(p)) && !QuoteWords.PersonalPronouns.Contains(Word(p));

    /// <summary>
    /// Whether a clause that starts at <paramref name="from"/> opens with a subject and its verb of saying: a subject pronoun
    /// ("she accused"), a name ("U.S. officials have said") or a share ("one in four said"), then at most a few auxiliaries and
    /// adverbs before a cue that reports a clause or object (not an intention: "and the family planned to ...").
    /// </summary>
    private bool SubjectAndCue(int from, int b)
    {
        if (from >= b || !IsWordToken(from) && _tokens[from].Kind != TokenKind.Number)
        {
            return false;
        }

        int i = from;
        if (IsSubjectPronoun(i) && !Is(i, "it") && !Is(i, "you"))
        {
            i++;
        }
        else if (QuoteWords.NumberWords.Contains(Word(i)) || _tokens[i].Kind == TokenKind.Number)
        {
            i++;
            if (Is(i, "in") && i + 1 < b && (QuoteWords.NumberWords.Contains(Word(i + 1)) || _tokens[i + 1].Kind == TokenKind.Number))
            {
                i += 2;
            }
        }
        else if (IsCapitalizedName(i) && !QuoteWords.CapitalizedNonNames.Contains(Word(i)))
        {
            while (i < b && i < from + 4 && (IsCapitalized(i) || _tokens[i].Kind == TokenKind.Abbreviation) && !IsVerbLikeCue(i))
            {
                i++;
            }

            if (i < b && IsRoleWord(i))
            {
                i++; // "U.S. officials"
            }
        }
        else
        {
            return false;
        }

        for (int n = 0; n < 3 && i < b && QuoteWords.BetweenSubjectAndVerb.Contains(Word(i)) && !Is(i, "to"); n++)
        {
            i++;
        }

        return i < b && IsWordToken(i) && CueAt(i, b, out CueFlags f) > 0 && (f & (CueFlags.DirectOnly | CueFlags.Infinitive)) == 0 && IsVerbLikeCue(i);
    }

    /// <summary>
    /// Whether the cue at <paramref name="k"/>, in the sentence [<paramref name="a0"/>, <paramref name="b0"/>), is a turn of
    /// phrase rather than a report: "Having said that,", "says something about", "Let's say", "admitted 40 students", "who
    /// asked not to be named".
    /// </summary>
    private bool IsWritersPhrase(int k, int a0, int b0)
    {
        // "Having said that, ...", "That said, ...": the writer's turn of phrase, not a report.
        if ((Is(k, "said") && (Is(k - 1, "having") && Is(k + 1, "that") || Is(k - 1, "that") && k - 1 == a0 || Is(k - 1, "this") && k - 1 == a0)
             || Is(k, "say") && Is(k - 1, "to") && Is(k - 2, "needless")) && IsPunct(k + (Is(k - 1, "having") ? 2 : 1), ','))
        {
            return true;
        }

        // "That it aired at all says something about the network", "It says a lot about him": the writer's judgment of
        // what a fact shows, not a report. (A person who "said something about the wall" did speak.)
        if ((Is(k, "says") || Is(k, "said") || Is(k, "say") || Is(k, "saying")) && SaysSomethingAbout(k + 1)
            && !(k - 1 >= a0 && (IsSubjectPronoun(k - 1) && !Is(k - 1, "it") || IsCapitalizedName(k - 1) || IsRoleWord(k - 1))))
        {
            return true;
        }

        // "Let's say you think a degree will cost $160,000": a supposition, not a report.
        if (Is(k, "say") && Is(k - 2, "let") && (Is(k - 1, "us") || IsPossessiveClitic(k - 1)))
        {
            return true;
        }

        // "The school admitted 40 new students", "admitting Poland and Hungary to NATO": letting in, not owning up.
        if (Word(k).StartsWith("admit", StringComparison.OrdinalIgnoreCase) && AdmitsEntrants(k + 1, b0))
        {
            return true;
        }

        // "who asked not to be named", "who requested anonymity", "who asked that her last name not be used": the source's
        // terms, not what they said.
        if ((Is(k, "asked") || Is(k, "requested")) && (Is(k + 1, "anonymity")
                                                      || Is(k + 1, "not") && Is(k + 2, "to") && Is(k + 3, "be") && (Is(k + 4, "named") || Is(k + 4, "identified"))
                                                      || Is(k + 1, "that") && AsksAnonymity(k + 2, b0)))
        {
            return true;
        }

        return false;
    }

    /// <summary>"something about", "a lot about", "a great deal about", "volumes about" at <paramref name="i"/>.</summary>
    private bool SaysSomethingAbout(int i)
    {
        int about = Is(i, "something") || Is(i, "volumes") ? i + 1 : Is(i, "a") && Is(i + 1, "lot") ? i + 2 : Is(i, "a") && Is(i + 1, "great") && Is(i + 2, "deal") ? i + 3 : -1;
        return about > 0 && Is(about, "about");
    }

    /// <summary>
    /// Whether the object of "admit" that starts at <paramref name="i"/> is who is let in: a number ("admitted 40 students",
    /// "admit 10,000 refugees") or a name or group followed by "to"/"into" before any verb ("admitting Poland and Hungary to
    /// NATO"), not what is owned up to ("admitted that ...", "admitted Trump was right").
    /// </summary>
    private bool AdmitsEntrants(int i, int b)
    {
        if (i >= b)
        {
            return false;
        }

        if (_tokens[i].Kind == TokenKind.Number || QuoteWords.NumberWords.Contains(Word(i)) && !Is(i, "one"))
        {
            return true;
        }

        for (int m = i; m < Math.Min(b, i + 8); m++)
        {
            if ((Is(m, "to") || Is(m, "into")) && m > i)
            {
                return !Is(m + 1, "be") && !Is(m + 1, "having") && !(m + 1 < b && IsLikelyVerb(m + 1));
            }

            if (_tokens[m].Kind != TokenKind.Word || !IsCapitalized(m) && !Is(m, "and") && !QuoteWords.Articles.Contains(Word(m)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A possessive clitic token: 's or ’s (any case), or a bare apostrophe ("the teachers' union").</summary>
    internal bool IsPossessiveClitic(int i)
    {
        if (_tokens[i].Kind != TokenKind.Clitic)
        {
            return false;
        }

        ReadOnlySpan<char> c = Word(i);
        return c is "'" or "’" || c.Equals("'s", StringComparison.OrdinalIgnoreCase) || c.Equals("’s", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A cue right after a possessive ("Calderon's remarks", "the group's claims", "Pagliano's Fifth Amendment claims, ...") is a noun, unless "that" follows
    /// ("Trump's claim that ...") or it reads as a verb after "he's" or "it's" ("he's said", "Trump's predicting").
    /// </summary>
    private bool IsPossessedNoun(int k)
    {
        if (Is(k + 1, "that") || IsVerbLikeCue(k) || Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // ("Pagliano's Fifth Amendment claims, ...": up to two capitalized modifiers between the possessive and a plural noun that
        // closes its phrase; "the center's Bozell agrees with ..." is a name and its verb.)
        int clitic = k - 1;
        bool closesPhrase = k + 1 < _tokens.Length && (_tokens[k + 1].Kind == TokenKind.Punctuation || Is(k + 1, "of") || Is(k + 1, "about") || Is(k + 1, "against"));
        while (clitic > k - 3 && clitic > 1 && _tokens[clitic].Kind == TokenKind.Word && IsCapitalized(clitic) && Word(k).EndsWith("s", StringComparison.Ordinal) && closesPhrase)
        {
            clitic--;
        }

        if (clitic < 1 || !IsPossessiveClitic(clitic))
        {
            return false;
        }

        return IsWordToken(clitic - 1) && !QuoteWords.PersonalPronouns.Contains(Word(clitic - 1)) && !QuoteWords.RelativeStarts.Contains(Word(clitic - 1))
               && !Is(clitic - 1, "there") && !Is(clitic - 1, "here") && !Is(clitic - 1, "what") && !Is(clitic - 1, "let");
    }

    /// <summary>
    /// <see cref="ClauseEnd"/>, or for a speaker that is a relative pronoun after a comma ("The official, who asked not to be
    /// named, said ..."), the comma that closes the relative clause.
    /// </summary>
    private int ClauseEndInRelative(int j, int b, int speaker) =>
        speaker > 0 && (Is(speaker, "who") || Is(speaker, "which")) && IsPunct(speaker - 1, ',') ? RelativeClauseEnd(j, ClauseEnd(j, b)) : ClauseEnd(j, b);

    /// <summary>
    /// The end of a report inside a relative clause or participle set off by commas: the comma before the main verb
    /// ("Podesta, who said the project was vetted, said ..."), not one before a list's next item.
    /// </summary>
    private int RelativeClauseEnd(int from, int end)
    {
        for (int m = from + 1; m < end; m++)
        {
            // (", and who has been hoping ...": a second relative clause on the same head.)
            if (IsPunct(m, ',') && _region[m] == NoRegion && (IsMainVerbAfterComma(m + 1) || Is(m + 1, "and") && (Is(m + 2, "who") || Is(m + 2, "which"))))
            {
                return m;
            }
        }

        return end;
    }

    /// <summary>A lowercase word that can open the main clause's verb phrase after a relative clause closes: "said", "has", "could", "ultimately".</summary>
    private bool IsMainVerbAfterComma(int i) => i < _tokens.Length && _tokens[i].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i].Start])
        && !QuoteWords.Determiners.Contains(Word(i)) && !QuoteWords.NounPhraseStops.Contains(Word(i))
        && !(Is(i + 1, "and") || Is(i + 1, "or") || IsPunct(i + 1, ',')) || Is(i, "has") || Is(i, "had") || Is(i, "is")
        || Is(i, "was") || Is(i, "will") || Is(i, "would") || Is(i, "said") || Is(i, "told") || Is(i, "also")
        || Is(i, "could") || Is(i, "can") || Is(i, "may") || Is(i, "might") || Is(i, "must") || Is(i, "should") || Is(i, "are")
        || Is(i, "were") || Is(i, "have") || Is(i, "does") || Is(i, "did");

    /// <summary>"not", "only", "rather", "instead", "never", "that" after ", but": the rest of a contrast inside the report.</summary>
    private bool IsContrastTail(int i) => Is(i, "not") || Is(i, "only") || Is(i, "rather") || Is(i, "instead") || Is(i, "never")
        || Is(i, "that") && i + 1 < _tokens.Length && (QuoteWords.ClauseStarts.Contains(Word(i + 1)) || IsCapitalized(i + 1) // not "but that doesn't ..."
                                                       || IsThatClause(i)); // ", but that falling trees were causing new outages"

    /// <summary>
    /// "that falling trees were ...", "that crews would ...": "that" opening a clause whose subject, a few lower-case words,
    /// comes before its verb (not "that doesn't ...", "that is why": a demonstrative that is the subject itself).
    /// </summary>
    private bool IsThatClause(int i)
    {
        if (i + 2 >= _tokens.Length || _tokens[i + 1].Kind != TokenKind.Word || !char.IsLower(_text[_tokens[i + 1].Start])
            || IsLikelyVerb(i + 1) || QuoteWords.FiniteVerbs.Contains(Word(i + 1)) || QuoteWords.MatrixAuxiliaries.Contains(Word(i + 1)))
        {
            return false;
        }

        for (int m = i + 2; m < _tokens.Length && m <= i + 4; m++)
        {
            if (_tokens[m].Kind != TokenKind.Word)
            {
                return false;
            }

            if (QuoteWords.FiniteVerbs.Contains(Word(m)) || QuoteWords.MatrixAuxiliaries.Contains(Word(m)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// ", and Ted Cruz." after "Rubio, Bush": the comma at <paramref name="comma"/> closes a list of names whose last one
    /// follows, when a name also stands before the comma and the one after it ends the sentence or runs into "to".
    /// </summary>
    private bool IsLastOfNameList(int comma, int b)
    {
        int e = comma + 2;
        while (e < b && IsCapitalized(e))
        {
            e++;
        }

        bool ends = e >= b || IsTerminator(e) || Is(e, "to") || IsPunct(e, ',') && e + 1 < b && !IsWordToken(e + 1);
        return ends && IsCapitalized(comma - 1);
    }

    /// <summary>True when tokens [from, to) are only time and place words: "last week", "on Tuesday in Ohio".</summary>
    private bool OnlyAdjuncts(int from, int to)
    {
        for (int m = from; m < to; m++)
        {
            // "Rubio said Sunday in Virginia as the crowd roared": after the time and place, a clause of the writer's.
            if (m > from && QuoteWords.Subordinators.Contains(Word(m)) && _tokens[m].Kind == TokenKind.Word
                && (QuoteWords.DayAndMonthNames.Contains(Word(from)) || Is(from, "yesterday") || Is(from, "today") || Is(from, "tonight")))
            {
                return true;
            }

            if (IsWordToken(m) && !(QuoteWords.VerbAdjuncts.Contains(Word(m)) || QuoteWords.DayAndMonthNames.Contains(Word(m)) || IsYear(m)
                                    || QuoteWords.TimeSpanWords.Contains(Word(m)) || IsCapitalized(m) && (Is(m - 1, "in") || Is(m - 1, "at"))))
            {
                return false;
            }

            if (_tokens[m].Kind == TokenKind.Quote)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Tokens [from, to) are a phrase of place or occasion with no verb ("On this weekend's broadcast of "Fox News Sunday,"",
    /// "In an interview on CBS's "Face the Nation,""): the attribution after it reports what follows, not the phrase.
    /// </summary>
    private bool IsAdjunctPhrase(int from, int to)
    {
        while (from < to && !IsWordToken(from))
        {
            from++;
        }

        if (from >= to || !(Is(from, "on") || Is(from, "in") || Is(from, "at") || Is(from, "during") || Is(from, "after") || Is(from, "before")))
        {
            return false;
        }

        for (int m = from + 1; m < to; m++)
        {
            if (_tokens[m].Kind == TokenKind.Word && char.IsLower(_text[_tokens[m].Start])
                && (QuoteWords.FiniteVerbs.Contains(Word(m)) || Word(m).EndsWith("ed", StringComparison.Ordinal) || IsVerbLikeCue(m)
                    || QuoteWords.IrregularPastVerbs.Contains(Word(m)))
                && !(QuoteWords.Articles.Contains(Word(m - 1)) || QuoteWords.PossessivePronouns.Contains(Word(m - 1))))
            {
                return false; // ("In March, revenue rose 12%, Pfizer said.": a clause after the phrase; "In her ruling": a noun)
            }
        }

        return true;
    }

    /// <summary>A four-digit year ("a panel in 2001 found ...") or one with its century elided ("in ’08"), the end of an adjunct rather than a count.</summary>
    private bool IsYear(int i) => _tokens[i].Length == 4 && (Word(i).StartsWith("19", StringComparison.Ordinal) || Word(i).StartsWith("20", StringComparison.Ordinal))
                                  || _tokens[i].Length == 3 && _tokens[i].Kind == TokenKind.Number && _text[_tokens[i].Start] is '\'' or '’' or '‘'; // "in ’08"

    /// <summary>A cue in "-s" right after a compound, "-ing", "-ous" or "-ic" modifier ("early-morning tweets", "disparaging remarks", "dubious claims") is a plural noun.</summary>
    private bool IsNounAfterModifier(int k, int a)
    {
        if (k - 1 < a || _tokens[k - 1].Kind != TokenKind.Word || !Word(k).EndsWith("s", StringComparison.OrdinalIgnoreCase) || Is(k, "says"))
        {
            return false;
        }

        // ("his Islamophobic remarks", "dubious claims": an adjective by an ending few nouns have; capitalized only after a
        // possessive, for surnames end so too: "Djokovic claims", "The Atlantic reports"; not "the public says".)
        ReadOnlySpan<char> w = Word(k - 1);
        if (w.Length > 5 && (w.EndsWith("ous", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal) && !QuoteWords.NounsInIc.Contains(w))
            && (!IsCapitalized(k - 1) || k - 2 >= a && QuoteWords.PossessivePronouns.Contains(Word(k - 2))))
        {
            return true;
        }

        return !IsCapitalized(k - 1)
               && (w.Contains('-') || w.Length > 5 && w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !QuoteWords.ParticiplePrepositions.Contains(w));
    }

    /// <summary>"a group called ...", "a move called ...": "called" right after a common noun names it.</summary>
    private bool IsNamingParticiple(int k, int a)
    {
        // ("Trump called Smith a liar" reports; "one PAC called "Stop Trump"", "an anti-Trump super PAC called Our Principles"
        // name: a capitalized word before "called" needs the indefinite article found below.)
        if (!Is(k, "called") || k - 1 < a || _tokens[k - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        // "a competition called the House to Home Prize", "a play called "Los Hijos de Trump"": the name may open with "the"
        // or a quotation mark; "a spokesman called the allegations false" reports (a person names no things).
        if (!(IsCapitalized(k + 1) || Is(k + 1, "the") && IsCapitalized(k + 2) || k + 1 < _tokens.Length && _tokens[k + 1].Kind == TokenKind.Quote)
            || QuoteWords.Roles.Contains(Word(k - 1)))
        {
            return false;
        }

        // "a group called ...": an indefinite noun phrase right before; "the campaign called Smith a liar" reports.
        // ("a group of disaffected Ethiopians called ...", "a mall and spa called ...", "one PAC called ...")
        for (int m = k - 1; m >= a && m >= k - 7; m--)
        {
            ReadOnlySpan<char> w = Word(m);
            if (Is(m, "a") || Is(m, "an") || Is(m, "one") && !Is(m - 1, "no") && !Is(m - 1, "every") && !Is(m - 1, "any") && !Is(m - 1, "some"))
            {
                return true; // ("No one called the White House" reports.)
            }

            if ((Is(m, "of") || Is(m, "and")) && m < k - 1)
            {
                continue;
            }

            // ("a Facebook group called ...": a name may modify the noun; "a 2002 psychology class called ...": a year too.)
            if (_tokens[m].Kind != TokenKind.Word && !IsYear(m) || QuoteWords.NounPhraseStops.Contains(w) || QuoteWords.Determiners.Contains(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A token that can end a description set off by commas but not a speaker's name: an age, a closing parenthesis.</summary>
    private bool IsLongAppositiveEnd(int i) => _tokens[i].Kind == TokenKind.Number || IsPunct(i, ')');

    /// <summary>True when tokens [from, to) hold a cue that reports speech itself ("to pay an architect who said ..."): that report is the quote.</summary>
    private bool HoldsSpeechCue(int from, int to)
    {
        for (int m = from; m < to; m++)
        {
            if (_region[m] == NoRegion && CueAt(m, to, out CueFlags f) > 0 && (f & (CueFlags.DirectOnly | CueFlags.Infinitive | CueFlags.ThatOnly)) == 0
                && IsVerbLikeCue(m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The dash that closes an aside opened by the dash at <paramref name="open"/> with the report going on after it, or -1.</summary>
    private int ClosingDash(int open, int b)
    {
        for (int m = open + 1; m < b - 1 && m < open + 30; m++)
        {
            if (IsTerminator(m) || _tokens[m].Kind == TokenKind.Quote)
            {
                return -1;
            }

            if (_tokens[m].Kind == TokenKind.Dash && _text[_tokens[m].Start] == _text[_tokens[open].Start] && IsWordToken(m + 1))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// What follows an inverted speaker describes them, up to the sentence's end: "..., said Brian Baker, a longtime adviser
    /// to the family who runs the campaign." or "..., said one source in the room."
    /// </summary>
    private bool IsSpeakerDescription(int from, int b)
    {
        if (from >= b - 1 || !(IsPunct(from, ',') || Is(from, "in") || Is(from, "at") || Is(from, "of") || Is(from, "from") || Is(from, "with")
                               || Is(from, "who") || Is(from, "whose")))
        {
            return false;
        }

        int words = 0;
        for (int m = from + 1; m < b; m++)
        {
            // A stray apostrophe ("terrorists' communications") is no quotation mark.
            // ("editor in chief of Mic.com": a period between letters ends no sentence.)
            if (_tokens[m].Kind == TokenKind.Quote && _region[m] != NoRegion || IsPunct(m, ';')
                || IsTerminator(m) && m < b - 1 && !(m > 0 && _tokens[m - 1].End == _tokens[m].Start && _tokens[m + 1].Start == _tokens[m].End && IsWordToken(m + 1)))
            {
                return false;
            }

            if (IsWordToken(m) && ++words > 30)
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>Tokens [from, b) run to the sentence's end with no comma, quotation mark or dash.</summary>
    private bool IsClosingClause(int from, int b)
    {
        for (int m = from; m < b; m++)
        {
            if (IsPunct(m, ',') || _tokens[m].Kind == TokenKind.Quote || _tokens[m].Kind == TokenKind.Dash)
            {
                return false;
            }

            if (IsTerminator(m))
            {
                return m >= b - 1;
            }
        }

        return true;
    }

    /// <summary>What follows "X, according to Y," is the rest of X's verb phrase ("receives, according to one report, $234 million"), not a description or a comparison.</summary>
    private bool ContinuesVerbPhrase(int i)
    {
        if (i >= _tokens.Length)
        {
            return false;
        }

        if (_tokens[i].Kind == TokenKind.Number || _tokens[i].Kind == TokenKind.Symbol)
        {
            return true;
        }

        return _tokens[i].Kind == TokenKind.Word && !IsCapitalized(i) && !QuoteWords.Determiners.Contains(Word(i))
               && !QuoteWords.RelativeStarts.Contains(Word(i)) && !QuoteWords.ClauseBreaks.Contains(Word(i))
               && !(Word(i) is "more" or "less" or "including" or "compared" or "up" or "down" or "as" or "when" or "while");
    }

    /// <summary>Tokens [from, b) run to the sentence's end with no comma, quotation mark or verb-like word: a noun phrase.</summary>
    private bool IsClosingDescription(int from, int b)
    {
        for (int m = from; m < b; m++)
        {
            if (IsPunct(m, ',') || _tokens[m].Kind == TokenKind.Quote || _tokens[m].Kind == TokenKind.Dash)
            {
                return false;
            }

            if (IsTerminator(m))
            {
                return m >= b - 1;
            }

            if (IsWordToken(m) && (QuoteWords.FiniteVerbs.Contains(Word(m)) || CueAt(m, b, out _) > 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "I was 14 when my father handed me a book and said ...": a verb joined by the "and" at <paramref name="and"/> to the verb
    /// of a subordinate clause, with no comma between, shares that clause's subject.
    /// </summary>
    private bool SubordinateClauseSubject(int and, int lower, out int start, out int end)
    {
        start = end = -1;
        if (IsPunct(and - 1, ','))
        {
            return false; // "Trump spoke while the crowd cheered, and said ...": after a comma, the main clause's verb
        }

        for (int m = and - 2; m > lower && m >= and - 24; m--)
        {
            if (_region[m] != NoRegion && _isFragment[_region[m]])
            {
                continue; // "handed me a copy of "The Grapes of Wrath" and said": a title inside the clause
            }

            if (IsPunct(m, ',') || _region[m] != NoRegion || IsTerminator(m))
            {
                break;
            }

            // (Not "as": "characterized their speeches as the fulfillment of ... and say" is a preposition's object.)
            if (QuoteWords.Subordinators.Contains(Word(m)) && !Is(m, "as") && char.IsLower(_text[_tokens[m].Start])
                && ClauseSubject(m + 1, and, out start, out end, out int verb) && start == m + 1 && verb < and)
            {
                if (IsSubjectPronoun(start))
                {
                    end = start + 1; // "because he favors ... and opposes ...": he
                }

                return true;
            }
        }

        start = end = -1;
        return false;
    }

    /// <summary>"... and says", "... and repeatedly says": a verb coordinated with the sentence's first one.</summary>
    private bool AfterCoordinator(int k)
    {
        int m = k - 1;
        while (m >= 0 && m > k - 3 && (IsLyAdverb(m) || Is(m, "also") || Is(m, "then") || Is(m, "later")))
        {
            m--;
        }

        return Is(m, "and") || Is(m, "but");
    }

    /// <summary>A lowercase participle that opens a phrase after a comma (", citing ...", ", meaning ..."), not a preposition.</summary>
    private bool IsTrailingParticiple(int i)
    {
        if (i >= _tokens.Length || _tokens[i].Kind != TokenKind.Word || _tokens[i].Length < 5 || !char.IsLower(_text[_tokens[i].Start]))
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(i);
        return w.EndsWith("ing", StringComparison.Ordinal) && !QuoteWords.ParticiplePrepositions.Contains(w);
    }

    private bool IsPassive(int cue, int lower)
    {
        for (int m = cue - 1; m >= lower && m >= cue - 3; m--)
        {
            ReadOnlySpan<char> w = Word(m);
            if (w is "be" or "been" or "being" or "is" or "was" or "were" or "are" or "get" or "got")
            {
                return true;
            }

            if (!IsLyAdverb(m) && w is not ("not" or "also" or "never" or "n't" or "n’t" or "once" or "already" or "often" or "just" or "still"
                                            or "even" or "first" or "long" or "since" or "ever"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "..., the researchers wrote in the journal.", "..., Dimon wrote in his annual letter to shareholders.": prepositional
    /// phrases of medium, place or occasion that close the sentence after an attribution, up to twelve words, with no verb,
    /// clause word or subject pronoun of a clause of their own.
    /// </summary>
    private bool IsPhraseTail(int from, int b)
    {
        if (from >= b || !(Is(from, "in") || Is(from, "on") || Is(from, "at") || Is(from, "during") || Is(from, "via")
                           || Is(from, "through") || Is(from, "with") || Is(from, "from") || Is(from, "after") || Is(from, "before")))
        {
            return false;
        }

        int words = 0;
        for (int m = from; m < b; m++)
        {
            if (IsTerminator(m))
            {
                return m == b - 1 || IsTerminator(b - 1);
            }

            if (!IsWordToken(m) && !IsPunct(m, '\'') && _tokens[m].Kind != TokenKind.Clitic && !IsPunct(m, '-'))
            {
                return false; // a comma, dash, parenthesis or quote mark: more than a phrase
            }

            if (IsWordToken(m) && (++words > 12 || char.IsLower(_text[_tokens[m].Start])
                                   && (QuoteWords.FiniteVerbs.Contains(Word(m)) || QuoteWords.RelativeStarts.Contains(Word(m)) || QuoteWords.WhWords.Contains(Word(m))
                                       || QuoteWords.Subordinators.Contains(Word(m)) || QuoteWords.ClauseBreaks.Contains(Word(m))
                                       || IsSubjectPronoun(m) || Word(m).EndsWith("ing", StringComparison.Ordinal) && !QuoteWords.ParticiplePrepositions.Contains(Word(m))
                                       || IsVerbLikeCue(m))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The subject of the clause a participle cue (", saying ...") hangs on: the previous cue's subject, else the sentence's.</summary>
    private bool ParticipleSubject(int k, int a, out int start, out int end)
    {
        // "After saying her right foot was swollen, she was taken ...": a participle in a fronted phrase takes the subject of
        // the main clause that follows the phrase.
        if ((k == a || k - 1 == a && (QuoteWords.GerundPrepositions.Contains(Word(k - 1)) || Is(k - 1, "having")))
            && ClauseSubject(a, Math.Min(_tokens.Length, SentenceEnd(k)), out start, out end, out _) && start > k)
        {
            return true;
        }

        if (Is(k - 1, "and") && SubordinateClauseSubject(k - 1, a, out start, out end))
        {
            return true;
        }

        // The subject of the clause the participle closes: after ", but" or ", and", that clause's ("McAuliffe has said ..., but
        // he refuses to discuss ..., aside from saying ..."), else the main clause's ("During a speech, Trump attacked Clinton,
        // saying ...", "Before the Paris terror attacks, Trump took ..., suggesting ...").
        for (int m = k - 2; m > a; m--)
        {
            if (IsPunct(m, ',') && _region[m] == NoRegion && (Is(m + 1, "but") || Is(m + 1, "and") || Is(m + 1, "yet") || Is(m + 1, "so"))
                && ClauseSubject(m + 1, k - 1, out start, out end, out _))
            {
                return true;
            }
        }

        // "The Greens were on track to hold their seats, party leader Ruby Takahashi said, adding that ...": right after an
        // attribution that follows its report, the participle is that speaker's.
        // ("Apple is in talks with Google, Bloomberg reported on Friday, citing people familiar with the matter": past the
        // attribution's time.)
        if (IsPunct(k - 1, ','))
        {
            int attribution = k - 2;
            while (attribution > a + 1 && attribution > k - 6 && IsWordToken(attribution) && QuoteWords.VerbAdjuncts.Contains(Word(attribution))
                   && CueAt(attribution, k, out _) == 0)
            {
                attribution--;
            }

            if (attribution > a && CueAt(attribution, k, out _) == 1 && !IsParticipleCue(attribution)
                && SubjectBefore(attribution, a, out start, out end) && start - 1 > a && (IsPunct(start - 1, ',') || IsClosingAfterComma(start - 1)))
            {
                return true;
            }
        }

        // ("...," she said at a news conference announcing that ...": the occasion's speaker is the subject of the cue before it.)
        bool afterOccasion = IsOccasionBefore(k, a);
        if (!afterOccasion && ClauseSubject(a, k - 1, out start, out end, out _))
        {
            return true;
        }

        // Else the subject of the nearest cue before it: "..., the statement said, adding that ...".
        for (int m = k - 2; m >= a && m >= k - 24; m--)
        {
            if (_tokens[m].Kind == TokenKind.Quote)
            {
                break;
            }

            // "defending his early-morning tweets attempting ..., saying": a cue word after a determiner is a noun.
            if (m - 1 >= a && (QuoteWords.Determiners.Contains(Word(m - 1)) && !IsCapitalized(m - 1) || IsNounAfterModifier(m, a)))
            {
                continue;
            }

            int pn = CueAt(m, k, out _);
            if (pn > 0 && !Word(m).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && (SubjectBefore(m, a, out start, out end) || SubjectAfter(m + pn, k, out start, out end)))
            {
                return true;
            }
        }

        if (afterOccasion && ClauseSubject(a, k - 1, out start, out end, out _))
        {
            return true;
        }

        int from = a;
        while (from < k && !IsWordToken(from))
        {
            from++;
        }

        if (from < k && QuoteWords.CapitalizedNonNames.Contains(Word(from)))
        {
            int comma = from;
            while (comma < k - 1 && comma < from + 14 && !IsPunct(comma, ','))
            {
                comma++;
            }

            if (IsPunct(comma, ',') && comma < k - 1)
            {
                from = comma + 1;
            }
            else if (QuoteWords.Subordinators.Contains(Word(from)))
            {
                from++; // "When Trump launched his campaign by talking about ...": the clause's subject, after its subordinator
            }
        }

        if (SubjectAfter(from, k, out start, out end))
        {
            // The subject ends at its verb: keep the name, not "Trump attacked Clinton".
            int e = start + 1;
            if (QuoteWords.Determiners.Contains(Word(start)))
            {
                while (e < end && !Word(e).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                {
                    e++;
                }
            }
            else
            {
                while (e < end && (IsCapitalized(e) || _tokens[e].Kind == TokenKind.Clitic) == IsCapitalized(start))
                {
                    e++;
                }
            }

            end = e;
            return true;
        }

        return false;
    }

    private bool NounPhraseAt(int from, int upper, out int start, out int end)
    {
        int k = from;
        while (k < upper && !IsWordToken(k))
        {
            k++;
        }

        return SubjectAfter(k, upper, out start, out end);
    }

    /// <summary>
    /// Whether, within eight words from <paramref name="from"/>, a comma comes before a trailing participle: the medium
    /// ends the report and the writer goes on ("announced the decision in a statement on Friday, saying ...").
    /// </summary>
    private bool ParticipleAfterComma(int from, int b)
    {
        for (int m = from; m < b && m < from + 8; m++)
        {
            if (IsPunct(m, ','))
            {
                return IsTrailingParticiple(m + 1);
            }

            if (!IsWordToken(m) && _tokens[m].Kind != TokenKind.Number)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"to the board.", "to shareholders on Monday.": "to" and a short noun phrase with no verb that closes the sentence.</summary>
    private bool AddresseeTail(int from, int b)
    {
        if (from >= b || !Is(from, "to"))
        {
            return false;
        }

        for (int m = from + 1; m < b; m++)
        {
            if (IsTerminator(m))
            {
                return m > from + 1 && (m == b - 1 || IsTerminator(b - 1));
            }

            if (!IsWordToken(m) || m > from + 6 || QuoteWords.FiniteVerbs.Contains(Word(m)) || QuoteWords.RelativeStarts.Contains(Word(m))
                || char.IsLower(_text[_tokens[m].Start]) && Word(m).EndsWith("ed", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    private bool TailIsShort(int from, int b)
    {
        int words = 0;
        for (int m = from; m < b; m++)
        {
            if (IsTerminator(m))
            {
                return m == b - 1 || IsTerminator(b - 1);
            }

            // "..., the Congressional Budget Office reported on Tuesday -- a development that ...": the writer's aside after a dash.
            if (_tokens[m].Kind == TokenKind.Dash && m > from && _tokens[m].Start > _tokens[m - 1].End)
            {
                return true;
            }

            if (IsWordToken(m))
            {
                words++;
                if (words > 6 || !(QuoteWords.VerbAdjuncts.Contains(Word(m)) || QuoteWords.AttributionTailWords.Contains(Word(m)) || IsCapitalized(m)
                                   || _tokens[m].Kind == TokenKind.Number))
                {
                    return false;
                }
            }
            else if (_tokens[m].Kind == TokenKind.Quote && _region[m] != NoRegion && _pairs[_region[m]].OpenToken == m && _isFragment[_region[m]]
                     && IsTitleCase(m + 1, _pairs[_region[m]].CloseToken) && CountWords(m + 1, _pairs[_region[m]].CloseToken) <= 5)
            {
                // "..., he said Wednesday on MSNBC's "Morning Joe."": a show's title is the medium, with the sentence's period inside.
                int close = _pairs[_region[m]].CloseToken;
                words++;
                if (close + CloseWidth(close) >= b - 1 && (close + CloseWidth(close) >= b || IsTerminator(b - 1) || IsTerminator(close - 1)))
                {
                    return true;
                }

                m = close + CloseWidth(close) - 1;
            }
            else if (IsPunct(m, ',') || _tokens[m].Kind == TokenKind.Quote)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A headline in title case whose opening name speaks through a verb in the present (or "Said", "Told"): "Hollis Warns
    /// Rate Cuts Could Come Too Late For Factories", "Clinton Says Russians Hacked DNC, Calls Trump's Putin Remarks
    /// 'Troubling.'". The words after the verb are the report, up to a second verb after a comma, which reports for the
    /// same name. Capitals carry no clues in such a line, so the rules for running text do not read it.
    /// </summary>
    private bool TryHeadline(int a0, int b0, List<Found> found, List<TextSpan> directSpans, ref int directIdx)
    {
        int words = 0;
        for (int m = a0; m < b0; m++)
        {
            if (IsWordToken(m))
            {
                words++;
                if (_tokens[m].Length >= 4 && char.IsLower(_text[_tokens[m].Start]) && _region[m] == NoRegion)
                {
                    return false; // running text: a longer word in lower case outside quotation marks
                }
            }
        }

        if (words < 4 || !IsWordToken(a0) || !IsCapitalized(a0) || QuoteWords.WhWords.Contains(Word(a0)))
        {
            return false; // ("Why Hillary Clinton's Attacks On ... Could Backfire": a question, no one's report)
        }

        int cue = -1;
        for (int m = a0 + 1; m < b0 && m <= a0 + 5; m++)
        {
            if (IsHeadlineCue(m) && !IsPossessiveClitic(m - 1))
            {
                cue = m;
                break;
            }

            if (!(IsWordToken(m) && IsCapitalized(m) || _tokens[m].Kind == TokenKind.Clitic))
            {
                return false; // the name runs from the line's start to the verb
            }
        }

        if (cue < 0)
        {
            return false;
        }

        bool any = false;
        int subjectEnd = cue;
        while (cue > 0)
        {
            // ("Trump Calls On Obama To Resign": a cue of several words.)
            int cueEnd = cue + Math.Max(1, _cues.Phrase(_text, _tokens.AsSpan(), cue, b0, out _));
            int from = cueEnd, to = from, next = -1;
            while (to < b0 && !IsTerminator(to))
            {
                if (IsPunct(to, ',') && to + 1 < b0 && IsHeadlineCue(to + 1))
                {
                    next = to + 1;
                    break;
                }

                to++;
            }

            if (MakeReported(from, to, cue, cueEnd, a0, subjectEnd, out Found q))
            {
                while (directIdx < directSpans.Count && directSpans[directIdx].End <= q.Span.Start)
                {
                    directIdx++;
                }

                if (!(directIdx < directSpans.Count && directSpans[directIdx].OverlapsWith(q.Span)))
                {
                    found.Add(q);
                    for (int c = cue; c < cueEnd; c++)
                    {
                        _cueUsed[c] = true;
                    }

                    any = true;
                }
            }

            cue = next;
        }

        return any;
    }

    /// <summary>Whether an opening parenthesis stands in [<paramref name="from"/>, <paramref name="to"/>) with no closing one after it.</summary>
    private bool OpensParenthesisWithin(int from, int to)
    {
        for (int m = to - 1; m >= from; m--)
        {
            if (IsPunct(m, ')'))
            {
                return false;
            }

            if (IsPunct(m, '('))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb of saying in title case as headlines write it: "Says", "Warns", "Slams", "Said", "Told".</summary>
    private bool IsHeadlineCue(int m)
    {
        if (!IsWordToken(m) || !IsCapitalized(m) || (_cues.Word(Word(m)) & CueFlags.Verb) == 0)
        {
            return false;
        }

        // ("Pence Announces Plans He And Trump Have Made ...": "Plans" is a noun there more often than not.)
        ReadOnlySpan<char> w = Word(m);
        return w.Length > 3 && w[^1] == 's' && w[^2] != 's' && w is not "Plans" || w is "Said" or "Told";
    }

    private bool MakeReported(int from, int to, int cueStart, int cueEnd, int spkStart, int spkEnd, out Found quote, int minWords = 2)
    {
        quote = default;

        // A report never ends inside quoted words: "told Fox that "they hit Matt ... tougher. ... What they are doing is
        // ... gaming the ref."" runs to the closing mark even when the quoted words hold a sentence's end.
        if (to > from && to < _tokens.Length && _region[to - 1] != NoRegion && _isFragment[_region[to - 1]])
        {
            int close = _pairs[_region[to - 1]].CloseToken;
            if (close >= to - 1 && close < to + MaxClause && _paragraph[close] == _paragraph[to - 1])
            {
                to = close + CloseWidth(close);
            }
        }
        // A dateline is no part of what was said: "WASHINGTON (AP) — Donald Trump has invested ..., according to ...".
        if (from < to && OpensSentence(from))
        {
            from = AfterDateline(from, to);
        }

        // Trim punctuation and quotation marks that are not part of a quoted fragment at both ends.
        while (from < to && !IsWordToken(from) && !(_tokens[from].Kind == TokenKind.Quote && _region[from] != NoRegion))
        {
            from++;
        }

        // (A closing parenthesis whose opening one is inside stays: "blasted the Federal Bureau of Investigation (FBI)".)
        while (to > from && !IsWordToken(to - 1) && !(_tokens[to - 1].Kind == TokenKind.Quote && _region[to - 1] != NoRegion)
               && !(IsPunct(to - 1, ')') && OpensParenthesisWithin(from, to - 1)))
        {
            to--;
        }

        if (CountWords(from, to) < minWords)
        {
            return false;
        }

        // Quoted fragments inside the clause make it a partial quote.
        var fragments = new List<TextSpan>();
        for (int m = from; m < to; m++)
        {
            int r = _region[m];
            if (r != NoRegion && _pairs[r].OpenToken == m)
            {
                if (!_isFragment[r])
                {
                    // A direct quote inside: its own attribution handles it; the clause ends before it.
                    if (m < cueStart)
                    {
                        return false;
                    }

                    to = m;
                    while (to > from && !IsWordToken(to - 1) && !(_tokens[to - 1].Kind == TokenKind.Quote && _region[to - 1] != NoRegion))
                    {
                        to--;
                    }

                    if (CountWords(from, to) < minWords)
                    {
                        return false;
                    }

                    break;
                }

                _fragmentUsed ??= new bool[_pairs.Count];
                _fragmentUsed[r] = true;
                if (!IsNoOnesWords(r))
                {
                    fragments.AddRange(_pairs[r].Parts); // (a title is no one's words: "said her film "The Salt Road" was ...")
                }
            }
        }

        // A clause that starts or ends on a quoted fragment keeps its quotation marks, so the span reads balanced.
        int startChar = _tokens[from].Start;
        int endChar = _tokens[to - 1].End;

        quote = new Found(TextSpan.FromBounds(startChar, endChar), fragments.Count > 0 ? QuoteKind.Partial : QuoteKind.Indirect,
            cueStart, cueEnd, spkStart, spkEnd, [.. fragments], cueStart, Continuation: false);
        return true;
    }

    private bool[]? _fragmentUsed;

    /// <summary>
    /// The verb of "VERB OBJECT as (a) "..."" before the quoted words that open at <paramref name="open"/>: a lower-case form
    /// in -ed or -ing (not a passive), or in -s after a name or pronoun, then an object of at most five words, or -1.
    /// </summary>
    private int JudgmentVerbBeforeAs(int open, int lower)
    {
        int asAt = open - 1;
        if (asAt > lower && (Is(asAt, "a") || Is(asAt, "an")))
        {
            asAt--;
        }

        if (asAt - 2 < lower || !Is(asAt, "as") || Is(asAt - 1, "such"))
        {
            return -1; // ("words such as "ambassador,"": examples, not a judgment)
        }

        // The object comes between the verb and "as" ("described as "..."" with nothing between is a name, not a judgment).
        for (int v = asAt - 1; v >= lower && v >= asAt - 6; v--)
        {
            if (!IsWordToken(v) && _tokens[v].Kind != TokenKind.Clitic || _region[v] != NoRegion || QuoteWords.RelativeStarts.Contains(Word(v)) || Is(v, "what"))
            {
                return -1;
            }

            if (v == asAt - 1)
            {
                if (Word(v).EndsWith("ed", StringComparison.Ordinal) || Word(v).EndsWith("ing", StringComparison.Ordinal))
                {
                    return -1;
                }

                continue;
            }

            ReadOnlySpan<char> w = Word(v);
            bool past = w.EndsWith("ed", StringComparison.Ordinal);
            bool present = w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal)
                           && v > lower && (IsCapitalizedName(v - 1) || IsSubjectPronoun(v - 1)
                                            || v - 1 > lower && IsLyAdverb(v - 1) && (IsCapitalizedName(v - 2) || IsSubjectPronoun(v - 2))); // "Trump openly admires Putin as ..."
            if (_tokens[v].Kind == TokenKind.Word && char.IsLower(w[0]) && w.Length > 3 && (past || present || w.EndsWith("ing", StringComparison.Ordinal)))
            {
                // ("during a Tuesday interview as ...": a preposition; "the revised plan as ...": a modifier; "has been described
                // ... as": a passive; "has been pounding Trump as ..." is a judgment)
                return QuoteWords.ParticiplePrepositions.Contains(w) || v > 0 && QuoteWords.Determiners.Contains(Word(v - 1))
                       || past && (Is(v - 1, "been") || Is(v - 1, "be")) ? -1 : v;
            }
        }

        return -1;
    }

    /// <summary>The index of the first token that ends after <paramref name="position"/>.</summary>
    private int TokenIndexAt(int position) => Token.IndexAt(_tokens.AsSpan(), position);

    /// <summary>Quoted fragments no reported clause took: partial quotes when their sentence has a cue, scare quotes otherwise.</summary>
    private void FindPartialLeftovers(List<Found> found)
    {
        // Which tokens the quotes found so far cover: a difference array keeps this linear in the text.
        int[] delta = new int[_tokens.Length + 1];
        foreach (Found f in found)
        {
            delta[TokenIndexAt(f.Span.Start)]++;
            delta[TokenIndexAt(f.Span.End)]--;
        }

        bool[] covered = new bool[_tokens.Length];
        for (int i = 0, depth = 0; i < _tokens.Length; i++)
        {
            depth += delta[i];
            covered[i] = depth > 0;
        }

        for (int p = 0; p < _pairs.Count; p++)
        {
            if (!_isFragment[p] || _fragmentUsed is not null && _fragmentUsed[p])
            {
                continue;
            }

            QuoteMarkPair pair = _pairs[p];
            int a = Math.Max(SentenceStart(pair.OpenToken), pair.OpenToken - MaxClause);
            int b = Math.Min(SentenceEnd(pair.OpenToken), pair.CloseToken + MaxClause);
            if (covered[pair.OpenToken + 1 < _tokens.Length ? pair.OpenToken + 1 : pair.OpenToken])
            {
                continue;
            }

            // Nearest cue before the fragment in its sentence, with a subject: "called the plan "a disaster"".
            bool done = false;
            for (int k = pair.OpenToken - 1; k >= a; k--)
            {
                if (_region[k] != NoRegion || _cueUsed[k])
                {
                    continue;
                }

                int n = CueAt(k, b, out _);
                int ss = -1, se = -1;
                if (n == 0 || IsNamingParticiple(k, a) || !(SubjectBefore(k, a, out ss, out se) || (Is(k - 1, "and") || Is(k - 1, "but")) && ParticipleSubject(k, a, out ss, out se)))
                {
                    continue;
                }

                int from = k + n;
                if (Is(from, "that"))
                {
                    from++;
                }

                int to = ClauseEndInRelative(from, b, ss); // ("The scientists, who describe it as a "glue", hope ...")
                if (MakeReported(from, to, k, k + n, ss, se, out Found q) && q.Kind == QuoteKind.Partial)
                {
                    found.Add(q);
                    for (int c = k; c < k + n; c++)
                    {
                        _cueUsed[c] = true;
                    }

                    done = true;
                }

                break;
            }

            // "Trump openly admires Putin as a "strong leader,"", "Reid has been pounding Trump as a "con artist"": a judgment
            // through "as" with a verb the cue list lacks, when the judged words are quoted.
            if (!done && JudgmentVerbBeforeAs(pair.OpenToken, a) is int jv and >= 0 && !IsTitleCase(pair.OpenToken + 1, pair.CloseToken)
                && (SubjectBefore(jv, a, out int jss, out int jse) || ParticipleSubject(jv, a, out jss, out jse))
                && MakeReported(jv + 1, pair.CloseToken + CloseWidth(pair.CloseToken), jv, jv + 1, jss, jse, out Found judged) && judged.Kind == QuoteKind.Partial)
            {
                found.Add(judged);
                _cueUsed[jv] = true;
                done = true;
            }

            // An attribution right after the fragment: This is "roughly the same advantage," reported Reuters. (A title is
            // no fragment: "Joe Scarborough, host of MSNBC's "Morning Joe," suggested ...".)
            int closeEnd = pair.CloseToken + CloseWidth(pair.CloseToken);
            bool setOff = closeEnd < _tokens.Length && IsPunct(closeEnd, ',') || _text[pair.ContentEnd - 1] == ',';
            if (!done && setOff && closeEnd < _tokens.Length && _paragraph[closeEnd] == _paragraph[pair.CloseToken]
                && !IsTitleCase(pair.OpenToken + 1, pair.CloseToken) && !IsNoOnesWords(_region[pair.OpenToken])
                && TryAttributeAfter(closeEnd, Math.Min(b, closeEnd + PostWindow), out int pcs, out int pce, out int pss, out int pse)
                && pcs > pair.CloseToken && pss >= 0 && !IsAdjunctPhrase(a, closeEnd)
                && MakeReported(a, pair.CloseToken + CloseWidth(pair.CloseToken), pcs, pce, pss, pse, out Found after) && after.Kind == QuoteKind.Partial)
            {
                found.Add(after);
                for (int c = pcs; c < pce; c++)
                {
                    _cueUsed[c] = true;
                }
            }
        }
    }
}
