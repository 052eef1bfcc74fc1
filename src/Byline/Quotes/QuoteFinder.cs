using System.Collections.Immutable;
using Byline.Entities;
using Byline.Text;

namespace Byline.Quotes;

/// <summary>
/// One extraction over one document (not shared): pairs quotation marks, attributes direct quotes, finds reported
/// speech after cues, turns quoted fragments inside reported clauses into partial quotes, then resolves speakers.
/// Every step walks the tokens forward with bounded look-around windows, so the work is linear in the text.
/// </summary>
internal sealed partial class QuoteFinder
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
    private sbyte[]? _editorsNote;      // per paragraph: 1 a one-sentence editor's note, -1 not, 0 not yet looked at

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
        found.RemoveAll(f => InEditorsNote(f.AnchorToken) || IsWrittenThing(f.SpeakerStart, f.SpeakerEnd) || IsUnsaid(f.CueStart, f.SpeakerStart));
        RemoveReportsInsideTurns(found);
        found.Sort((a, b) => a.Span.CompareTo(b.Span));
        JoinContinuedPartials(found);
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
    /// ""The summit accomplished "too little," he added. "Without changing policies ..., Europe risks a lot."": a partial
    /// quote interrupted by its own attribution and continued by its speaker's next quoted sentence is one utterance, as a
    /// direct quote interrupted by its attribution is: one quote over both, the continuation one more fragment.
    /// </summary>
    /// <param name="found">Quotes in text order.</param>
    private void JoinContinuedPartials(List<Found> found)
    {
        for (int i = found.Count - 2; i >= 0; i--)
        {
            Found partial = found[i], next = found[i + 1];
            if (partial.Kind != QuoteKind.Partial || partial.Fragments.Length == 0 || partial.CueStart < 0
                || next.Kind != QuoteKind.Direct || !next.Continuation || next.CueStart >= 0 || next.Span.Start <= partial.Span.End)
            {
                continue;
            }

            int open = next.AnchorToken;
            int words = TokenIndexAt(next.Span.Start);
            int cue = partial.CueStart;
            // The cue sits between the two, in the sentence right before the continuation's words and in their paragraph (an
            // opening mark can sit at the end of the sentence before: ".... said. ''They're ...").
            if (cue < TokenIndexAt(partial.Span.End) || cue >= open || _paragraph[cue] != _paragraph[words]
                || _sentence[cue] < 0 || _sentence[words] != _sentence[cue] + 1)
            {
                continue;
            }

            // A long attribution between them ("said Peter Morgan, a lawyer for ..., who has ...") keeps two quotes: one span
            // over it would mostly hold the writer's words.
            int quoted = 0;
            foreach (TextSpan fragment in partial.Fragments)
            {
                quoted += CountLettersOrDigits(fragment.Start, fragment.End);
            }

            quoted += CountLettersOrDigits(next.Span.Start, next.Span.End);
            if (CountLettersOrDigits(partial.Span.End, next.Span.Start) > quoted)
            {
                continue;
            }

            TextSpan[] fragments = [.. partial.Fragments, .. next.Fragments.Length > 0 ? next.Fragments : [next.Span]];
            found[i] = partial with { Span = TextSpan.FromBounds(partial.Span.Start, next.Span.End), Fragments = fragments };
            found.RemoveAt(i + 1);
        }
    }

    /// <summary>
    /// A speaker phrase whose head is a thing that carries words no one speaks: "A laminated sign on the wall says ...", "a
    /// banner read", "her T-shirt said" (a subject that describes the thing by a phrase after it counts: "sign on the wall").
    /// </summary>
    private bool IsWrittenThing(int start, int end)
    {
        for (int i = start; i >= 0 && i < end; i++)
        {
            if (IsWordToken(i) && QuoteWords.NotSpeakerStarts.Contains(Word(i)))
            {
                return false; // ("Supporters of the sign-language bill": the thing after a preposition is no head)
            }

            if (IsWordToken(i) && QuoteWords.WrittenThings.Contains(Word(i)) && char.IsLower(_text[_tokens[i].Start]))
            {
                return i == end - 1 || IsWordToken(i + 1) && QuoteWords.NotSpeakerStarts.Contains(Word(i + 1));
            }
        }

        return false;
    }

    /// <summary>
    /// A transcript's turn ("PENCE: Gennifer Flowers will not be attending ... Hillary Clinton essentially wants to ...") is
    /// what its speaker said, as the words inside quotation marks are: the reports inside it ("Hillary Clinton wants to ...",
    /// "I want to ask you ...") are the speaker's words, not quotes of their own.
    /// </summary>
    private void RemoveReportsInsideTurns(List<Found> found)
    {
        List<TextSpan>? turns = null;
        foreach (Found f in found)
        {
            if (f.Kind != QuoteKind.Direct && f.CueStart >= 0 && f.CueEnd == f.CueStart + 1 && IsPunct(f.CueStart, ':') && f.CueStart < TokenIndexAt(f.Span.Start))
            {
                (turns ??= []).Add(f.Span);
            }
        }

        if (turns is null)
        {
            return;
        }

        turns.Sort();
        found.RemoveAll(f =>
        {
            if (f.Kind == QuoteKind.Direct)
            {
                return false;
            }

            // The last turn that starts at or before the report (turns of one text do not nest).
            int lo = 0, hi = turns.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (turns[mid].Start <= f.Span.Start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo > 0 && turns[lo - 1] != f.Span && turns[lo - 1].Contains(f.Span);
        });
    }

    /// <summary>
    /// Speech the writer imagines, not speech that happened: a counterfactual ("Imagine if a Democratic president had said
    /// "or worse" about a judge", "If Solheim had called it a fluke, ...") and an exhortation ("Let's call it what it is").
    /// </summary>
    private bool IsUnsaid(int cue, int speaker)
    {
        if (speaker >= 0 && (Is(speaker, "let") && IsPossessiveOrUs(speaker + 1) || Is(speaker, "let's") || Is(speaker, "let’s")))
        {
            return true;
        }

        if (cue < 1)
        {
            return false;
        }

        int k = cue - 1;
        while (k > 0 && (IsLyAdverb(k) || Is(k, "ever") || Is(k, "once") || Is(k, "just")))
        {
            k--;
        }

        if (!Is(k, "had"))
        {
            return false;
        }

        // "if" (or "Imagine", "Suppose") opening the clause of "had", with no sentence or clause break between.
        for (int m = k - 1; m >= 0 && m >= k - 14 && _sentence[m] == _sentence[k]; m--)
        {
            if (Is(m, "if") || Is(m, "imagine") || Is(m, "suppose") || Is(m, "unless"))
            {
                return true;
            }

            if (_tokens[m].Kind != TokenKind.Word && _tokens[m].Kind != TokenKind.Clitic && _tokens[m].Kind != TokenKind.Abbreviation
                && !IsPunct(m, ',') || Is(m, "that") || Is(m, "and") || Is(m, "but"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"'s" or "us" after "Let".</summary>
    private bool IsPossessiveOrUs(int i) => i < _tokens.Length && (_tokens[i].Kind == TokenKind.Clitic || Is(i, "us"));

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
        if (p < 0 || p >= _context.Paragraphs.Length)
        {
            return false;
        }

        // One look per paragraph, from its first and last tokens (a paragraph may hold thousands of quotes).
        _editorsNote ??= new sbyte[_context.Paragraphs.Length];
        if (_editorsNote[p] == 0)
        {
            int first = TokenIndexAt(_context.Paragraphs[p].Start);
            int last = TokenIndexAt(_context.Paragraphs[p].End) - 1;
            bool note = first + 3 <= last && (Is(first, "editor") || Is(first, "editors")) && IsPossessiveClitic(first + 1) && Is(first + 2, "note")
                        && _sentence[last] == _sentence[first + 3];
            _editorsNote[p] = note ? (sbyte)1 : (sbyte)-1;
        }

        return _editorsNote[p] == 1;
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
        // ("At least 3,000 said": "at" of "at least" opens a count.)
        return (char.IsLower(_text[_tokens[i].Start]) || SentenceStart(i) == i)
               && (QuoteWords.NotSpeakerStarts.Contains(Word(i)) || QuoteWords.IrregularPastVerbs.Contains(Word(i)))
               && !(Is(i, "at") && Is(i + 1, "least"));
    }

    /// <summary>Whether tokens [from, to) are one person's mention ("Hamid Reza Tavakoli", a first name the name list lacks).</summary>
    private bool IsPersonAt(int from, int to) => IsMentionAt(from, to, EntityType.Person);

    /// <summary>Whether tokens [from, to) are one title's mention ("Deputy Foreign Minister").</summary>
    private bool IsTitleAt(int from, int to) => IsMentionAt(from, to, EntityType.Title);

    /// <summary>Whether tokens [from, to) are one mention of <paramref name="type"/>.</summary>
    private bool IsMentionAt(int from, int to, EntityType type) => MentionAt(from, to) is { } m && m.Type == type;

    /// <summary>Whether tokens [from, to) are one place mention (a country, city or region).</summary>
    private bool IsPlaceAt(int from, int to) => MentionAt(from, to) is { } m && (m.Type == EntityType.Gpe || m.Type == EntityType.Location);

    /// <summary>The entity mention that covers exactly tokens [from, to), or null.</summary>
    private EntityMention? MentionAt(int from, int to)
    {
        ImmutableArray<EntityMention> mentions = _context.Mentions;
        int position = _tokens[from].Start, lo = MentionSearch.StartingBefore(mentions, position);
        return lo < (mentions.IsDefault ? 0 : mentions.Length) && mentions[lo].Span.Start == position && mentions[lo].Span.End == _tokens[to - 1].End
            ? mentions[lo] : null;
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

    /// <summary>Whether the character at <paramref name="position"/> lies between a pair of quotation marks (quoted words or a title).</summary>
    internal bool InQuoteMarks(int position)
    {
        int i = Token.IndexAt(_tokens.AsSpan(), position);
        return i >= 0 && _region[i] != NoRegion;
    }

    internal int TokenCount => _tokens.Length;

    /// <summary>The index of the token that holds character <paramref name="position"/>, or -1.</summary>
    internal int TokenIndexOf(int position) => Token.IndexAt(_tokens.AsSpan(), position);

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

        // "repeated the claim that ...", "has made the false claim that ...", "renewed his assertion that ...": a verb of saying
        // again and a noun of saying whose clause is the report.
        if (QuoteWords.ClaimVerbs.Contains(Word(i)) && ClaimNounAfter(i + 1, end) is int claim and > 0)
        {
            flags = CueFlags.Verb | CueFlags.Phrase | CueFlags.ThatOnly;
            return claim + 1 - i;
        }

        int n = _cues.Phrase(_text, _tokens.AsSpan(), i, end, out string[]? phrase, out bool startsPhrase);
        // "spoke highly of", "complained bitterly about": a manner adverb inside a two-word phrase of judgment (not "asked
        // repeatedly for comment", a request made of the speaker).
        if (n == 0 && startsPhrase && i + 2 < end && IsLyAdverb(i + 1) && !Word(i).StartsWith("ask", StringComparison.OrdinalIgnoreCase)
            && _cues.Phrase(_text, _tokens.AsSpan(), i, end, out string[]? apart, gap: 1) == 3
            && (_cues.PhraseFlags(apart!) & CueFlags.Object) != 0)
        {
            n = 3;
            phrase = apart;
        }

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

        // ("A local group calling itself "Parents for Choice"": a name taken, no judgment.)
        if (flags != CueFlags.None && Word(i).StartsWith("call", StringComparison.OrdinalIgnoreCase)
            && (Is(i + 1, "itself") || Is(i + 1, "themselves") || Is(i + 1, "himself") || Is(i + 1, "herself")) && i + 2 < end
            && (IsCapitalized(i + 2) || _tokens[i + 2].Kind == TokenKind.Quote && i + 3 < end && IsCapitalized(i + 3)))
        {
            flags = CueFlags.None;
            return 0;
        }

        // ("Patients could not tell whether they had received the drug", "hard to tell the difference": telling apart, with no
        // one told.)
        // (Not "She would not tell if she planned to run": after a plain "not", telling someone.)
        if (flags != CueFlags.None && (Is(i, "tell") || Is(i, "telling"))
            && (Is(i + 1, "apart") || Is(i + 1, "the") && Is(i + 2, "difference")
                || (Is(i + 1, "whether") || Is(i + 1, "if") || Is(i + 1, "which")) && i >= 1
                   && (Is(i - 1, "can") || Is(i - 1, "could") || Is(i - 1, "cannot") || Is(i - 1, "will") || Is(i - 1, "to")
                       || i >= 2 && (Is(i - 1, "n't") || Is(i - 1, "n’t") || Is(i - 1, "not")) && (Is(i - 2, "could") || Is(i - 2, "can") || Is(i - 2, "ca")))))
        {
            flags = CueFlags.None;
            return 0;
        }

        // ("It goes without saying that ...": an idiom, no one's words.)
        if (flags != CueFlags.None && Is(i, "saying") && i >= 2 && Is(i - 1, "without") && Word(i - 2).StartsWith("go", StringComparison.OrdinalIgnoreCase))
        {
            flags = CueFlags.None;
            return 0;
        }

        // ("..., compared with last year", "compared to what militants are doing": a comparison's preposition, no judgment; a
        // judgment by likeness names what is compared first: "compared Trump to a coach".)
        if (flags != CueFlags.None && Word(i).StartsWith("compar", StringComparison.OrdinalIgnoreCase) && (Is(i + 1, "to") || Is(i + 1, "with")))
        {
            flags = CueFlags.None;
            return 0;
        }

        // "the most honest answer I have heard", "an answer": after a determiner, or an adjective after one, a noun.
        if (flags != CueFlags.None && (Is(i, "answer") || Is(i, "answers")) && i > 0
            && (QuoteWords.Articles.Contains(Word(i - 1)) || QuoteWords.PossessivePronouns.Contains(Word(i - 1))
                || i > 1 && IsWordToken(i - 1) && char.IsLower(_text[_tokens[i - 1].Start]) && (QuoteWords.Articles.Contains(Word(i - 2)) || Is(i - 2, "most"))))
        {
            flags = CueFlags.None;
            return 0;
        }

        // ("took calls from listeners", "phone calls to pastors", "calls from some Republicans": the noun, no one's words;
        // "were admitted to the country", "was admitted to the hospital": a passive of letting in, no admission.)
        if (flags != CueFlags.None && i > 0
            && (Is(i, "calls") && (Is(i + 1, "from") || Is(i - 1, "taking") || Is(i - 1, "took") || Is(i - 1, "take") || Is(i - 1, "takes")
                                   || Is(i - 1, "phone") || Is(i - 1, "fielded") || Is(i - 1, "fielding") || Is(i - 1, "returned") || Is(i - 1, "returning"))
                || Is(i, "admitted") && IsPassiveAuxiliary(i - 1) && !Is(i + 1, "that")))
        {
            flags = CueFlags.None;
            return 0;
        }

        // ("the party's preferred nominee", "his preferred mode of communication": an adjective, no stance; "who preferred
        // not to be named": the formula of anonymity.)
        if (flags != CueFlags.None && Is(i, "preferred") && i > 0
            && (QuoteWords.Determiners.Contains(Word(i - 1)) || IsPossessiveClitic(i - 1)
                || Is(i + 1, "not") && Is(i + 2, "to") && Is(i + 3, "be")))
        {
            flags = CueFlags.None;
            return 0;
        }

        // ("backed away from the deal", "backed down", "backs them up", "backed his truck out of the driveway": a retreat, a
        // help or a motion, no stance; "defensive backs", "the backs": the noun.)
        if (flags != CueFlags.None && Word(i).StartsWith("back", StringComparison.OrdinalIgnoreCase)
            && (Is(i + 1, "away") || Is(i + 1, "down") || Is(i + 1, "off") || Is(i + 1, "out") || Is(i + 1, "up")
                || IsWordToken(i + 1) && IsWordToken(i + 2) && (Is(i + 2, "up") || Is(i + 2, "down") || Is(i + 2, "out") || Is(i + 2, "off"))
                || IsWordToken(i + 1) && IsWordToken(i + 2) && IsWordToken(i + 3) && (Is(i + 3, "out") || Is(i + 3, "up")) && !IsCapitalized(i + 1)
                || Is(i, "backs") && i > 0 && (QuoteWords.Determiners.Contains(Word(i - 1))
                                               || Is(i - 1, "defensive") || Is(i - 1, "running") || Is(i - 1, "full") || Is(i - 1, "half"))))
        {
            flags = CueFlags.None;
            return 0;
        }

        // "dismissed his lawsuit", "dismissed the charges": a court's ruling on a case, no words of its own.
        if (flags != CueFlags.None && Word(i).StartsWith("dismiss", StringComparison.OrdinalIgnoreCase) && i + 2 < end
            && (QuoteWords.Determiners.Contains(Word(i + 1)) || QuoteWords.PossessivePronouns.Contains(Word(i + 1)))
            && (QuoteWords.LegalActions.Contains(Word(i + 2)) || i + 3 < end && IsWordToken(i + 2) && QuoteWords.LegalActions.Contains(Word(i + 3))))
        {
            flags = CueFlags.None;
            return 0;
        }

        // "roll call vote", "call centers", "calling card", "called the race for Sanders", "called an emergency session": a
        // call that is no judgment of anyone.
        if (flags != CueFlags.None && Word(i).StartsWith("call", StringComparison.OrdinalIgnoreCase) && IsCallNoJudgment(i, end))
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

    /// <summary>Whether a form of "call" at <paramref name="i"/> is a noun or a call for something other than words.</summary>
    private bool IsCallNoJudgment(int i, int end)
    {
        if (i > 0 && Is(i - 1, "roll") || i + 1 < end && QuoteWords.CallCompounds.Contains(Word(i + 1)))
        {
            return true; // "roll call vote", "call centers", "calling card"
        }

        // "might call the game off", "called off the talks": a call that cancels. "called the front desk", "called 911",
        // "called police": a call on the phone.
        // ("called the remarks off base" is a judgment: "off" must close the phrase.)
        for (int m = i + 1; m < end && m <= i + 5 && IsWordToken(m); m++)
        {
            if (Is(m, "off") && (m + 1 >= end || IsPunct(m + 1, ',') || IsTerminator(m + 1) || IsLyAdverb(m + 1)
                                 || Is(m + 1, "until") || Is(m + 1, "after") || Is(m + 1, "because") || Is(m + 1, "amid")))
            {
                return true;
            }
        }

        // ("called the police "heroes"": quoted words after the target judge it.)
        int phone = i + 1 < end && QuoteWords.Articles.Contains(Word(i + 1)) ? i + 2 : i + 1;
        int afterTarget = Is(phone, "front") && Is(phone + 1, "desk") ? phone + 2 : phone + 1;
        if (phone < end && (QuoteWords.PhoneTargets.Contains(Word(phone)) || afterTarget == phone + 2)
            && (afterTarget >= end || IsPunct(afterTarget, ',') || IsTerminator(afterTarget)
                || IsWordToken(afterTarget) && QuoteWords.NounPhraseStops.Contains(Word(afterTarget))))
        {
            return true;
        }

        int k = i + 1;
        if (k < end && QuoteWords.Articles.Contains(Word(k)))
        {
            k++;
            if (k + 1 < end && IsWordToken(k) && char.IsLower(_text[_tokens[k].Start]) && !QuoteWords.CalledEvents.Contains(Word(k)))
            {
                k++; // "called an emergency session"
            }
            else if (k + 1 < end && char.IsAsciiDigit(_text[_tokens[k].Start]) && _text.AsSpan(_tokens[k].Start, _tokens[k].Length).Contains('-'))
            {
                k++; // "called a 36-hour strike"
            }

            // "called the race for Hollowell", "called a snap election", "called a press conference"
            // (Not "called the vote "a reasonable compromise"": a judgment of the event follows it.)
            // ("The Associated Press called the race shortly after midnight": the time of a race's call; not "called the vote just
            // "a political stunt."".)
            bool callTime = (Is(k, "race") || Is(k, "election")) && (Is(k + 1, "shortly") || Is(k + 1, "soon") || Is(k + 1, "early")
                                                                    || Is(k + 1, "late") || Is(k + 1, "just"))
                            && !(k + 2 < end && _tokens[k + 2].Kind == TokenKind.Quote);
            return k < end && QuoteWords.CalledEvents.Contains(Word(k)) && !(Is(k, "race") && !Is(k + 1, "for") && !callTime)
                   && (k + 1 >= end || IsPunct(k + 1, ',') || IsTerminator(k + 1) || QuoteWords.NotSpeakerStarts.Contains(Word(k + 1))
                       || Is(k + 1, "to") || Is(k + 1, "last") || Is(k + 1, "next") || Is(k + 1, "this") || callTime);
        }

        return false;
    }

    /// <summary>
    /// The noun of saying after a determiner and at most two adjectives at <paramref name="i"/> ("the claim", "his false
    /// assertion", "the baseless allegation"), with "that" right after it or after a time ("the claim on Sunday that"); -1
    /// if none.
    /// </summary>
    private int ClaimNounAfter(int i, int end)
    {
        if (i >= end || !(Is(i, "the") || Is(i, "his") || Is(i, "her") || Is(i, "their") || Is(i, "its") || Is(i, "a") || Is(i, "an")))
        {
            return -1;
        }

        int k = i + 1;
        while (k < end && k <= i + 3 && IsWordToken(k) && char.IsLower(_text[_tokens[k].Start]) && !QuoteWords.ClaimNouns.Contains(Word(k)))
        {
            k++;
        }

        if (k >= end || !QuoteWords.ClaimNouns.Contains(Word(k)))
        {
            return -1;
        }

        int t = k + 1;
        if (Is(t, "on") && t + 1 < end && QuoteWords.DayAndMonthNames.Contains(Word(t + 1)))
        {
            t += 2; // "the claim on Sunday that"
        }

        return Is(t, "that") ? k : -1;
    }

    // ------------------------------------------------------------------ noun phrases
}
