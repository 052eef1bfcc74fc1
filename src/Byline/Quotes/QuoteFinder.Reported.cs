using System.Collections.Immutable;
using Byline.Entities;
using Byline.Internal;
using Byline.Text;

namespace Byline.Quotes;

// Reported speech: cues with a clause or object of their own, colon attributions, interview answers, and the hearer and adjunct phrases between a cue and what it reports.
internal sealed partial class QuoteFinder
{
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

            // ("WASHINGTON — More than 2,000 scientists signed an open letter urging ...": the dateline is no subject.)
            if (a0 == 0 || _paragraph[a0 - 1] != _paragraph[a0])
            {
                a0 = AfterDateline(a0, b0);
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
                if (n == 1 && (flags & CueFlags.DirectOnly) != 0 && MannerThatAt(k, b))
                {
                    flags = CueFlags.Verb | CueFlags.ThatOnly | CueFlags.Addressee; // "yelling to the officers that ..."
                }

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

                // A cue inside the reported clause reports within the report ("he said she told him ...", "The plan, he said,
                // was decided in May"): one quote.
                if (q.Span.End > _tokens[k].End)
                {
                    claimedUntil = Math.Max(claimedUntil, TokenIndexAt(q.Span.End));
                }

                k += n - 1;
            }
        }
    }

    /// <summary>
    /// Whether a verb of a manner of speaking, which otherwise attributes only words in quotation marks, reports a clause with
    /// "that" at <paramref name="k"/>: "yelling to the officers that her husband was unarmed", "objected that the plan ...".
    /// One of <see cref="QuoteWords.MannersOfSpeaking"/> and "that" right after it or after "to" and a hearer of one to four
    /// words, then a clause with its own subject and verb.
    /// </summary>
    private bool MannerThatAt(int k, int b)
    {
        if (!QuoteWords.MannersOfSpeaking.Contains(Word(k)))
        {
            return false;
        }

        int m = k + 1;
        if (Is(m, "to"))
        {
            m++;
            int hearer = m;
            while (m < b && m < hearer + 4 && IsWordToken(m) && !Is(m, "that"))
            {
                m++;
            }

            if (m == hearer)
            {
                return false; // ("objected to that proposal": "that" is the object's determiner)
            }
        }

        // A clause after "that", with a subject and a verb of its own (not "protested that decision", "whispered that name").
        return m + 2 < b && Is(m, "that")
               && (IsSubjectPronoun(m + 1) && IsWordToken(m + 2) && char.IsLower(_text[_tokens[m + 2].Start]) || ThatlessClauseAt(m + 1, b));
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
    /// "acknowledged to faculty last month that": a bare noun (and a time) between "to" and "that", the hearer.
    /// </summary>
    private bool BareHearerBeforeThat(int from, int b)
    {
        for (int m = from; m < b && m <= from + 4; m++)
        {
            if (Is(m, "that"))
            {
                return m > from;
            }

            if (!IsWordToken(m) || !char.IsLower(_text[_tokens[m].Start]) || IsLikelyVerb(m) && !QuoteWords.DayAndMonthNames.Contains(Word(m))
                || QuoteWords.FiniteVerbs.Contains(Word(m)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>believe, think, fear, suspect, hope in any form: a verb of belief that reports a clause without "that".</summary>
    private bool IsBeliefVerb(int k) =>
        Is(k, "believe") || Is(k, "believes") || Is(k, "believed") || Is(k, "think") || Is(k, "thinks") || Is(k, "thought")
        || Is(k, "fear") || Is(k, "fears") || Is(k, "feared") || Is(k, "suspect") || Is(k, "suspects") || Is(k, "suspected")
        || Is(k, "hope") || Is(k, "hopes") || Is(k, "hoped") || Is(k, "hoping");

    /// <summary>
    /// "this provides", "their relationship can ever be", "meaningful debt relief is", "Donald Trump will": a subject (a
    /// determiner or an adjective and up to <paramref name="maxWords"/> words, or a capitalized name) and then an auxiliary, a
    /// modal or a present or past verb of its own.
    /// </summary>
    /// <param name="after">The first word after the cue.</param>
    /// <param name="b">The sentence's end.</param>
    /// <param name="maxWords">How many words may follow the determiner before the subject's verb.</param>
    private bool ThatlessClauseAt(int after, int b, int maxWords = 4)
    {
        int m = after;
        // ("Anyone who believes it should read the report": inside a restrictive relative clause, "it" is the cue's object and
        // the verb the main clause's.)
        if ((Is(m, "there") || Is(m, "it") && !(m >= 2 && (Is(m - 2, "who") || Is(m - 2, "that")) && !IsPunct(m - 3, ',')))
            && m + 2 < b && QuoteWords.FiniteVerbs.Contains(Word(m + 1)) && !Is(m + 1, "not") && IsWordToken(m + 2))
        {
            return true; // "believes there are no good options", "fears it has lost its swagger"
        }

        if (IsCapitalizedName(m) && !QuoteWords.CapitalizedNonNames.Contains(Word(m)))
        {
            while (m < b && m < after + 4 && IsCapitalized(m))
            {
                m++;
            }
        }
        else if (IsWordToken(m) && (QuoteWords.Determiners.Contains(Word(m)) || Is(m, "this") || Is(m, "these") || Is(m, "those")))
        {
            m++;
            if ((Is(after, "this") || Is(after, "these") || Is(after, "those")) && m < b && IsLikelyVerb(m))
            {
                return true; // "this provides": the demonstrative is the subject
            }

            int words = 0;
            // ("a clear majority of Democrats do": a name after "of" inside the subject.)
            // ("the governor's endorsement will": a possessive inside it.)
            while (m < b && (IsWordToken(m) && (char.IsLower(_text[_tokens[m].Start]) || Is(m - 1, "of") && IsCapitalized(m))
                             && !QuoteWords.FiniteVerbs.Contains(Word(m)) && ++words <= maxWords && !(words > 1 && IsLikelyVerb(m))
                             || m > after + 1 && IsPossessiveClitic(m) && IsWordToken(m + 1)))
            {
                m++;
            }
        }
        else if (BareNounSubjectEnd(after, b) >= 0 && (!CanBeNoun(after - 1) || CueIsVerbAfterSubject(after - 1)))
        {
            return true; // "think women are", "fear tax cuts will": a bare noun subject and an auxiliary
        }
        else
        {
            return false;
        }

        return m > after && m < b && IsWordToken(m) && char.IsLower(_text[_tokens[m].Start])
               && (QuoteWords.FiniteVerbs.Contains(Word(m)) && !Is(m, "not") || IsLikelyVerb(m) && !Is(m, "as"));
    }

    /// <summary>"hope", "fears", "thought", "suspect": a verb of belief that may be a noun too ("little hope", "amid fears").</summary>
    private bool CanBeNoun(int k) => Is(k, "hope") || Is(k, "hopes") || Is(k, "fear") || Is(k, "fears") || Is(k, "thought") || Is(k, "suspect") || Is(k, "suspects");

    /// <summary>
    /// Whether the cue at <paramref name="k"/> stands as a verb after its subject: a name, a pronoun or a plural noun before it
    /// ("Democrats fear", "they hope", "economists think"), not a determiner, an adjective or a preposition ("little hope",
    /// "Amid fears", "Their main hope").
    /// </summary>
    private bool CueIsVerbAfterSubject(int k)
    {
        if (k - 1 < 0 || !IsWordToken(k - 1) || QuoteWords.NounPhraseStops.Contains(Word(k - 1)) || QuoteWords.Determiners.Contains(Word(k - 1))
            || QuoteWords.PossessivePronouns.Contains(Word(k - 1)) || QuoteWords.PrepositionsBeforeAdjective.Contains(Word(k - 1)))
        {
            return false;
        }

        // ("the president hopes obstruction would ...": a noun before a form that may be a noun too speaks when it could.)
        ReadOnlySpan<char> w = Word(k - 1);
        return IsCapitalized(k - 1) && !OpensSentence(k - 1) || QuoteWords.PersonalPronouns.Contains(w)
               || w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal) || IsLyAdverb(k - 1)
               || QuoteWords.BetweenSubjectAndVerb.Contains(w) || CouldSpeak(k - 1, k);
    }

    /// <summary>
    /// "women are", "tax cuts will", "party leaders would": one to three lower-case content words with no determiner, then
    /// an auxiliary or a modal (not a verb guessed from its ending, which a plural noun shares); the auxiliary's index, or -1.
    /// </summary>
    private int BareNounSubjectEnd(int after, int b)
    {
        if (Is(after - 1, "think") && (Is(after, "tank") || Is(after, "tanks")) || Is(after - 1, "thought") && (Is(after, "leader") || Is(after, "leaders")))
        {
            return -1; // "conservative think tanks are": a compound noun, no cue
        }

        int m = after;
        int limit = after + 3;
        while (m < b && m < limit && IsWordToken(m) && char.IsLower(_text[_tokens[m].Start]) && Word(m).Length > 1
               && !QuoteWords.FiniteVerbs.Contains(Word(m)) && !QuoteWords.NounPhraseStops.Contains(Word(m))
               && !QuoteWords.NotClauseStarts.Contains(Word(m)) && !QuoteWords.PersonalPronouns.Contains(Word(m))
               && !QuoteWords.ObjectPronouns.Contains(Word(m)) && !QuoteWords.Determiners.Contains(Word(m))
               && !QuoteWords.SentenceAdverbs.Contains(Word(m)) && !IsLyAdverb(m) && !Word(m).EndsWith("ing", StringComparison.Ordinal))
        {
            m++;
            // ("bigotry and xenophobia are": two bare nouns joined.)
            if (m == after + 1 && Is(m, "and") && limit == after + 3)
            {
                m++;
                limit = after + 4;
            }
        }

        return m > after && m < b && IsWordToken(m) && QuoteWords.Auxiliaries.Contains(Word(m)) && !Is(m - 1, "and") ? m : -1;
    }

    /// <summary>"on condition of anonymity", "on the condition that he not be named" at <paramref name="i"/>.</summary>
    private bool OnCondition(int i) => Is(i, "on") && (Is(i + 1, "condition") || Is(i + 1, "the") && Is(i + 2, "condition"));

    /// <summary>
    /// Whether the words from <paramref name="i"/> to the sentence's end are the writer's, not an attribution: a
    /// prepositional phrase ("in one of the largest ...", "after two months of declines") or a relative clause ("which ..."),
    /// with no cue in it.
    /// </summary>
    private bool IsWritersTail(int i, int b) =>
        i < b - 1 && _tokens[i].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i].Start])
        && (!HasCue(i, b) && QuoteWords.WritersTailStarts.Contains(Word(i)) || IsCommentOnReport(Is(i, "in") ? i + 1 : i, b));

    /// <summary>
    /// "a move opposition parties said did not go far enough", "a decision critics called rushed": the writer's comment on
    /// the report, in apposition to it, with a report of its own.
    /// </summary>
    private bool IsCommentOnReport(int i, int b) =>
        i + 2 < b && QuoteWords.Articles.Contains(Word(i)) && QuoteWords.CommentNouns.Contains(Word(i + 1)) && IsWordToken(i + 2)
        && !Is(i + 2, "of") && HasCue(i + 2, b); // (not "a number of key constituencies are ...", the report itself)

    /// <summary>
    /// Whether the noun phrase [start, end) could name a speaker: it holds a capitalized word, or its head is a person's, a
    /// role's, a body's or a medium's noun ("the spokesman", "the agency", "the statement").
    /// </summary>
    internal bool CouldSpeak(int start, int end)
    {
        for (int m = start; m < end; m++)
        {
            if (IsCapitalized(m) || QuoteWords.PersonalPronouns.Contains(Word(m)))
            {
                return true;
            }
        }

        ReadOnlySpan<char> head = Word(end - 1);
        return QuoteWords.Roles.Contains(head) || QuoteWords.PersonNouns.Contains(head) || QuoteWords.OrganizationNouns.Contains(head)
               || QuoteWords.BodyNouns.Contains(head) || QuoteWords.CompanyNouns.Contains(head) || QuoteWords.Media.Contains(head)
               || head.EndsWith("ers", StringComparison.Ordinal) || head.EndsWith("ists", StringComparison.Ordinal);
    }

    /// <summary>
    /// The comma that opens a short description of the speaker named after the attribution comma <paramref name="c"/> ("...,
    /// the commission's chairwoman, Justice Ruth Mhone, told ..."), or <paramref name="c"/>: an article or a possessive, then
    /// lowercase words with no verb.
    /// </summary>
    private int DescriptionCommaBefore(int c, int a)
    {
        int p = c - 1;
        while (p > a && p > c - 7 && (IsWordToken(p) || _tokens[p].Kind == TokenKind.Clitic) && _region[p] == NoRegion)
        {
            p--;
        }

        // ("..., Ukraine's human rights commissioner, Mykola Hrytsenko, wrote": or a place's possessive opens the description.)
        if (p <= a + 2 || !IsPunct(p, ',') || _region[p] != NoRegion || !(Is(p + 1, "the") || Is(p + 1, "a") || Is(p + 1, "an") || Is(p + 1, "its")
                                                                           || Is(p + 1, "his") || Is(p + 1, "her") || Is(p + 1, "their")
                                                                           || IsCapitalized(p + 1) && IsPossessiveClitic(p + 2) && IsPlaceAt(p + 1, p + 2)))
        {
            return c;
        }

        for (int m = p + 2; m < c; m++)
        {
            if (_tokens[m].Kind == TokenKind.Word && (char.IsUpper(_text[_tokens[m].Start]) && m == c - 1 || QuoteWords.FiniteVerbs.Contains(Word(m))
                                                      || IsPastTense(m) || CueAt(m, c, out _) > 0 || QuoteWords.NounPhraseStops.Contains(Word(m))))
            {
                return c; // (a clause, or a name of its own: "..., the deal, Reuters said")
            }
        }

        return char.IsLower(_text[_tokens[c - 1].Start]) ? p : c;
    }

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
            // (", the study finds.", ", the report notes.": a present verb after its subject closes the sentence too.)
            int n = CueAt(v, b, out CueFlags flags);
            bool presentAfterSubject = v > c + 1 && IsWordToken(v) && char.IsLower(_text[_tokens[v].Start]) && Word(v).EndsWith("s", StringComparison.Ordinal)
                                       && _cues.Word(Word(v)) != CueFlags.None;
            if (n == 0 || !(IsVerbLikeCue(v) || presentAfterSubject) || Word(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || Is(v, "according"))
            {
                continue;
            }

            if (v == c + 1)
            {
                // Inverted: ", said Sam Nguyen, an economist." (Not "..., not theft, explained the missing money.", "..., as he
                // has in the past, opposed the measure.": after a verb other than "say", a verb that puts its speaker after it,
                // and a noun phrase with a name or a speaker's noun.)
                return SubjectAfter(v + n, b, out int st, out int e) && (e >= b - 1 || IsSpeakerDescription(e, b))
                       && (IsPlainSayingVerb(v) || QuoteWords.InvertingVerbs.Contains(Word(v)) && CouldSpeak(st, e)) ? c : -1;
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
        int turnParagraph = -1; // a paragraph that opened with a label: a turn in capitals may follow inside it
        for (int i = 0; i < _tokens.Length; i++)
        {
            if (i > 0 && _paragraph[i] == _paragraph[i - 1] && !(_paragraph[i] == turnParagraph && InlineTurnLabel(i)))
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

            // ("HOST: Will you resign? NGCOBO: I was elected to fix this.": the next speaker's label in capitals ends the turn.)
            int end = colon + 1;
            while (end < _tokens.Length && _paragraph[end] == _paragraph[i] && end < colon + 1 + MaxClause && (_region[end] == NoRegion || _isFragment[_region[end]])
                   && !InlineTurnLabel(end))
            {
                end++;
            }

            if (end < _tokens.Length && _paragraph[end] == _paragraph[i] && !InlineTurnLabel(end))
            {
                continue; // a direct quote follows in the paragraph: the direct rules attribute it
            }

            turnParagraph = _paragraph[i];
            if (MakeReported(colon + 1, end, colon, colon + 1, first, colon, out Found q))
            {
                found.Add(q);
            }
        }
    }

    /// <summary>
    /// Whether only an opening parenthesis, a connective ("But", "And", "Yet", "Or") or a sentence adverb ("Now", "However") and
    /// their commas stand between the sentence's start <paramref name="a"/> and <paramref name="k"/>: "But, according to the
    /// poll, 46 percent ...", "(According to the police, it does not keep ...)".
    /// </summary>
    private bool OnlyConnectivesBefore(int k, int a)
    {
        if (k <= a)
        {
            return false;
        }

        for (int m = a; m < k; m++)
        {
            if (!(IsPunct(m, '(') || IsPunct(m, ',') && m > a || Is(m, "but") || Is(m, "and") || Is(m, "yet") || Is(m, "or")
                  || IsWordToken(m) && QuoteWords.SentenceAdverbs.Contains(Word(m))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) holds only lower-case words that open no clause: "aides and allies".</summary>
    private bool LowerCaseNounsOnly(int from, int to)
    {
        for (int m = from; m < to; m++)
        {
            if (!IsWordToken(m) || char.IsUpper(_text[_tokens[m].Start]) || QuoteWords.Subordinators.Contains(Word(m)) || IsSubjectPronoun(m))
            {
                return false;
            }
        }

        return to > from;
    }

    /// <summary>
    /// Whether the cue at <paramref name="k"/> opens the relative clause of a document that a verb of issuing right before its
    /// noun phrase puts out: "released a statement that said ...", "sent a letter that says ...". Its issuer, the clause's
    /// subject, speaks.
    /// </summary>
    private bool DocumentThatAt(int k, int a)
    {
        if (k - 4 < a || !Is(k - 1, "that") || !IsWordToken(k - 2) || Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || !(QuoteWords.Media.Contains(Word(k - 2)) || QuoteWords.IssuedDocuments.Contains(Word(k - 2))))
        {
            return false;
        }

        // ("Democrats seized on a report that said ...": only a verb that puts the document out makes its issuer the speaker.)
        for (int m = k - 3; m >= a && m >= k - 6; m--)
        {
            if (QuoteWords.IssuingVerbs.Contains(Word(m)))
            {
                return true;
            }

            if (!IsWordToken(m) || !(QuoteWords.Determiners.Contains(Word(m)) || !IsLikelyVerb(m) && !IsVerbLikeCue(m)))
            {
                return false; // (a modifier may be a name: "released a campaign TV ad that accuses ...")
            }
        }

        return false;
    }

    /// <summary>
    /// The end of a bare plural hearer of up to three lower-case words before the clause it hears ("told council members the
    /// program would begin in June", "told investors he expects ..."), or -1.
    /// </summary>
    private int BarePluralHearerEnd(int m, int b)
    {
        int e = m;
        while (e < b && e < m + 3 && IsWordToken(e) && char.IsLower(_text[_tokens[e].Start]) && !QuoteWords.NounPhraseStops.Contains(Word(e))
               && !QuoteWords.Determiners.Contains(Word(e)) && !QuoteWords.VerbAdjuncts.Contains(Word(e)) && !IsVerbLikeCue(e) && !Is(e, "that")
               && !QuoteWords.PersonalPronouns.Contains(Word(e)) && !QuoteWords.ObjectPronouns.Contains(Word(e)))
        {
            e++;
        }

        // (Not "told stories the children loved", "told jokes the whole night": what is told, not who hears it; the clause after a
        // hearer has a verb of its own.)
        return e > m && e < b - 1 && Word(e - 1).EndsWith("s", StringComparison.Ordinal) && !Word(e - 1).EndsWith("ss", StringComparison.Ordinal)
               && !(Is(e - 1, "stories") || Is(e - 1, "jokes") || Is(e - 1, "lies") || Is(e - 1, "tales") || Is(e - 1, "truths"))
               && (Is(e, "the") || Is(e, "a") || Is(e, "an") || IsSubjectPronoun(e) && !Is(e, "you") || IsCapitalizedName(e) && !QuoteWords.CapitalizedNonNames.Contains(Word(e)))
               && HasClauseVerb(e, Math.Min(b, e + 8))
            ? e
            : -1;
    }

    /// <summary>
    /// Whether [<paramref name="from"/>, <paramref name="b"/>) describes the source named before it, with no verb: "..., according
    /// to Carla Dunn, branch manager at First Dunmore Bank." (a role within its first four words).
    /// </summary>
    private bool DescribesSource(int from, int b)
    {
        for (int m = from; m < b && m < from + 4; m++)
        {
            if (IsRoleWord(m))
            {
                return !HasVerb(from, b); // (the role first: the scan to the sentence's end only when one is there)
            }
        }

        return false;
    }

    private bool InDirect(int k) => _region[k] != NoRegion && !_isFragment[_region[k]];

    /// <summary>
    /// Whether a speaker's label in capitals and a colon open a turn inside a paragraph at <paramref name="i"/>, right after a
    /// sentence's end: "HOST: Will you resign? NGCOBO: I was elected to fix this." (one to four words, all in capitals).
    /// </summary>
    private bool InlineTurnLabel(int i)
    {
        if (i < 1 || !IsTerminator(i - 1) || _paragraph[i] != _paragraph[i - 1] || _region[i] != NoRegion)
        {
            return false;
        }

        int colon = i;
        while (colon < _tokens.Length && colon < i + 4 && _tokens[colon].Kind == TokenKind.Word && _tokens[colon].Length > 1
               && EntityPipeline.IsAllCaps(Word(colon)))
        {
            colon++;
        }

        return colon > i && colon < _tokens.Length && IsPunct(colon, ':') && !QuoteWords.NotSpeakerLabels.Contains(Word(i));
    }

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
            if (InterviewTurnStart(i) && InterviewLabel(i, out bool question, out _))
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
            if (!InterviewTurnStart(i) || !InterviewLabel(i, out bool question, out int after))
            {
                continue;
            }

            // To the paragraph's end or the next label in it, or to quoted words the direct rules attribute ("I told my partner,
            // 'If ...'").
            int end = after;
            while (end < _tokens.Length && _paragraph[end] == _paragraph[i] && end < after + MaxClause && (_region[end] == NoRegion || _isFragment[_region[end]])
                   && !(end > after && InterviewTurnStart(end) && InterviewLabel(end, out _, out _)))
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
    /// Where an interview label may stand: a paragraph's start, or right after a sentence's end when the label is "Q:" or "A:"
    /// with its colon ("Q: Why the oil boom? A: Because that was when ...").
    /// </summary>
    private bool InterviewTurnStart(int i) =>
        i == 0 || _paragraph[i] != _paragraph[i - 1]
        || IsTerminator(i - 1) && i + 1 < _tokens.Length && IsPunct(i + 1, ':') && (Word(i) is "Q" or "A");

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

    /// <summary>
    /// "who" at <paramref name="j"/> opening a relative clause on the hearer, with the infinitive of the request after it ("asked
    /// the man who lived next door to move his car"), not a question ("asked the coach who would start in goal").
    /// </summary>
    private bool RelativeWhoBeforeInfinitive(int j, int b)
    {
        if (!Is(j, "who"))
        {
            return false;
        }

        int end = ClauseEnd(j, b);
        for (int m = j + 2; m < end - 1 && m < j + 16; m++)
        {
            if (Is(m, "to") && _tokens[m + 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[m + 1].Start])
                && !QuoteWords.Determiners.Contains(Word(m + 1)) && !Is(m + 1, "him") && !Is(m + 1, "her") && !Is(m + 1, "them"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An auxiliary or copula that resumes a clause after an attribution set off inside it: "..., says X, is ...".</summary>
    private bool IsResumingAuxiliary(int i) =>
        Is(i, "is") || Is(i, "was") || Is(i, "are") || Is(i, "were") || Is(i, "has") || Is(i, "have") || Is(i, "will") || Is(i, "would");

    private bool TryReported(int k, int n, CueFlags flags, int a, int b, ref int subjStart, ref int subjEnd, out Found quote)
    {
        quote = default;

        // "a report critical of the agency found ...", "left investors concerned about the debt": an adjective cue reports only
        // after a copula ("was critical of", "remain skeptical of").
        if (IsAdjectiveCue(k) && !CopulaBefore(k))
        {
            return false;
        }

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

        // "the yield on the 10-year Treasury note jumped to 4.61%", "the Treasury report showed": a bare present form after a
        // singular name, with a past tense right after it, is a noun and its verb; a name takes "notes", "reports".
        if (n == 1 && k - 1 >= a && k + 1 < b && IsCapitalized(k - 1) && !OpensSentence(k - 1) && !Word(k - 1).EndsWith("s", StringComparison.Ordinal)
            && _tokens[k - 1].Kind == TokenKind.Word && !Word(k).EndsWith("s", StringComparison.Ordinal) && !Word(k).EndsWith("ed", StringComparison.Ordinal)
            && !QuoteWords.IrregularPastVerbs.Contains(Word(k)) && IsPastTense(k + 1))
        {
            return false;
        }

        if (n == 1 && k - 1 >= a && k + 1 < b && Word(k).EndsWith("ed", StringComparison.Ordinal) && PastFormIsNoVerbOfSaying(k))
        {
            return false;
        }

        // "listed its shares on the Nasdaq", "repeated the mistake", "repeated the third grade": a listing and a repetition
        // of deeds, not of words.
        if ((Word(k).StartsWith("list", StringComparison.OrdinalIgnoreCase) || Word(k).StartsWith("repeat", StringComparison.OrdinalIgnoreCase))
            && k + 2 < b && ObjectHeadWithin(k + 1, Math.Min(b, k + 5), QuoteWords.DeedObjects))
        {
            return false;
        }

        if (InAnonymityReason(k, a))
        {
            return false;
        }

        // "an official who was not authorized to discuss the talks": the source's standing, not what was said.
        if (k - 2 >= a && Is(k - 1, "to") && (Is(k - 2, "authorized") || Is(k - 2, "allowed") || Is(k - 2, "permitted") || Is(k - 2, "cleared")))
        {
            return false;
        }

        // "told NBC's Today show when asked ...": a show's name after its network's, no verb.
        if (Is(k, "show") && k - 2 >= a && IsCapitalized(k - 1) && !Word(k - 1).EndsWith("s", StringComparison.Ordinal) && IsPossessiveClitic(k - 2))
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

        // "The statute she cited says that ...", "The letter they sent said ...": a verb of the subject's relative clause without
        // "that" or "which" (a pronoun right after the noun it is about), with the main verb of saying right after it.
        if (n == 1 && k - 3 >= a && k + 1 < b && IsNounBeforeBareRelative(k, allowI: true) && IsPlainSayingVerb(k + 1))
        {
            return false;
        }

        // "it says more about grief than ...", "says a lot about his judgment", "says something about the party": what a thing
        // shows, no report (not "He said more about the plan would come Friday": a past report).
        int aboutAt = Is(k + n, "a") && Is(k + n + 1, "lot") ? k + n + 2 : k + n + 1;
        if ((Is(k, "says") || Is(k, "say")) && Is(aboutAt, "about")
            && (Is(k + n, "more") || Is(k + n, "much") || Is(k + n, "something") || Is(k + n, "everything") || aboutAt == k + n + 2))
        {
            return false;
        }

        // "The judge wrote a 47-page opinion.", "she wrote a children's book": a work written, with nothing said of it.
        if (n == 1 && (Is(k, "wrote") || Is(k, "writes") || Is(k, "write") || Is(k, "written")) && WrittenWorkEnd(k + 1, b) is int workEnd and > 0
            && (workEnd >= b - 1 || IsTerminator(workEnd) || Is(workEnd, "for") || Is(workEnd, "last") || Is(workEnd, "in") && IsYearAt(workEnd + 1)))
        {
            return false;
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
            if (k == a || k == a + 1 && _tokens[a].Kind == TokenKind.Quote || k - 1 > a && IsPunct(k - 1, ':') && IsCapitalized(k)
                || OnlyConnectivesBefore(k, a))
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

                // "According to interviews with Cruz's friends, aides and allies, he wants ...": the rest of a list of sources.
                // (Not "According to friends, Mrs. Clinton and her husband have worried ...": names open the report's subject.)
                if (IsPunct(clauseStart, ',') && IsListComma(clauseStart, words: 3) && FirstCommaBefore(clauseStart, b) is int listEnd && listEnd < b - 1
                    && listEnd - clauseStart <= 5 && LowerCaseNounsOnly(clauseStart + 1, listEnd)
                    && (Is(listEnd - 2, "and") || Is(listEnd - 2, "or") || Is(listEnd - 3, "and") || Is(listEnd - 3, "or"))
                    && !QuoteWords.RelativeStarts.Contains(Word(listEnd + 1)))
                {
                    clauseStart = listEnd;
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
                // ("His book (Mr. Trump's manifesto has sold 235,000 copies, according to Nielsen.)": the report opens after
                // the parenthesis it sits in.)
                clauseStart = OpenParenthesisWithin(a, k) is int paren and >= 0 ? paren + 1 : a;
                clauseEnd = IsPunct(k - 1, ',') || _tokens[k - 1].Kind == TokenKind.Dash ? k - 1 : k;
                // "G4S receives, according to one report, $234 million in contracts": set off by commas in the middle of
                // its sentence, the attribution sits inside the report, which runs on to the clause's end.
                // ("..., according to members who spoke with reporters afterward, was any mention ...": the source's relative
                // clause runs to its comma.)
                int sourceEnd = Is(se, "who") || Is(se, "that") || Is(se, "which") ? FirstCommaBefore(se, b) : se;
                // ("The consumer price index rose 0.4% in March, according to the Labor Department, above the 0.3% economists had
                // forecast": the writer's comparison after the source is no more of the report.)
                if (IsPunct(k - 1, ',') && sourceEnd < b - 1 && IsPunct(sourceEnd, ',') && !TailIsShort(sourceEnd + 1, b) && !IsTrailingParticiple(sourceEnd + 1)
                    && !OpensWritersComparison(sourceEnd + 1, b) && !DescribesSource(sourceEnd + 1, b) && !NewPredicateAfterAnd(sourceEnd + 1)
                    && (ContinuesVerbPhrase(sourceEnd + 1) || (CountWords(a, k - 1) <= 4 || !HasClauseVerb(a, k - 1)) && IsWordToken(sourceEnd + 1)))
                {
                    // "About 10:03 p.m., according to a timeline, the guards left": after a short opener the report is the
                    // clause that follows the attribution; so after an opener with no verb ("At the heart of the trouble,
                    // according to Dennis B. Ross, another former American special envoy, was a decision by ...").
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

        // "skeptical of a Colorado ruling that kept ...", "the Trump warning": an -ing word after a determiner and a name is a
        // noun, not a verb of saying.
        if (Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && k - 2 >= a && IsCapitalized(k - 1) && k - 1 != SentenceStart(k - 1)
            && (Is(k - 2, "a") || Is(k - 2, "an") || Is(k - 2, "the")))
        {
            return false;
        }

        // "Black Lives Matter issued a statement saying ...": the statement is the medium, its issuer the speaker.
        bool participle = Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                          // ("flipped his pick on Friday – saying he ...": a dash sets the participle off as a comma does; between two
                          // dashes it is an aside: "its naming convention - adding one digit to a new account - does not ...".)
                          // ("Noting that only Kirk voted with Democrats, Tester added ...": or opening the sentence, with its object
                          // right after it; "Writing in The Washington Post, Smith argued ..." and "Writing for the majority, Justice
                          // Oduro said ..." name only where the main clause's words were written.)
                          // (", eventually saying he would ...": an adverb may stand between the comma and the participle.)
                          && (IsPunct(k - 1, ',') || k - 2 > a && IsLyAdverb(k - 1) && IsPunct(k - 2, ',')
                              || k == a && !QuoteWords.OccasionPrepositions.Contains(Word(k + 1)) && !Is(k + 1, "for")
                                                     && !Is(k + 1, "to") && !Is(k + 1, "with") && !Is(k + 1, "from") || k - 1 > a && _tokens[k - 1].Kind == TokenKind.Dash && ClosingDash(k - 1, b) < 0
                              || k - 1 > a && QuoteWords.Media.Contains(Word(k - 1)) || IsOccasionBefore(k, a) || IsMediumBeforeTime(k, a)
                              || k - 1 >= a && QuoteWords.GerundPrepositions.Contains(Word(k - 1))
                              || k - 2 >= a && (Is(k - 1, "also") || IsLyAdverb(k - 1)) && QuoteWords.GerundPrepositions.Contains(Word(k - 2)) // "while also saying
                              || k - 2 > a && _tokens[k - 1].Kind == TokenKind.Quote && _region[k - 1] != NoRegion && IsPunct(k - 2, ','))
                          // "..., having referred to him as a "reformer"": a perfect participle, likewise.
                          || k - 1 >= a && Is(k - 1, "having") && (k - 1 == a || IsPunct(k - 2, ','))
                          // "The campaign released a statement that said ...": a document's relative clause, likewise.
                          || DocumentThatAt(k, a);
        bool hasSubject;
        if (participle)
        {
            // ", adding that ...": the speaker is the subject of the clause the participle hangs on.
            hasSubject = ParticipleSubject(k, a, out ss, out se);
        }
        else
        {
            if (Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && SpentTimeBefore(k, a) is int spent and > 0)
            {
                hasSubject = SubjectBefore(spent, a, out ss, out se); // "Kowal has spent the past year insisting ...": Kowal
            }
            else if (subjectBefore is { } found)
            {
                (hasSubject, ss, se) = found;
            }
            else
            {
                hasSubject = SubjectBefore(k, a, out ss, out se);
            }

            hasSubject = hasSubject || AfterCoordinator(k) && ParticipleSubject(k, a, out ss, out se)
                         || IsPurposeInfinitive(k, a, out ss, out se);

            // "to address the council during public comment, many of them ...": after a preposition that takes no clause, the
            // cue word is a noun in its phrase, and nobody's verb.
            if (hasSubject && IsNounAfterPreposition(k, ss, a))
            {
                return false;
            }
        }

        // "Cruz lacks support in Congress, whom he has alienated, said Larry Sabato, director of the center.": a subject read
        // back across a clause set off by commas loses to the name right after an inverting verb that closes the sentence.
        // ("Jeff Sessions, a prominent Trump supporter, said Clinton's acceptance ...": a subject that opens the sentence
        // before its appositive keeps the verb, and a name with a possessive is the report's first words.)
        // ("..., said lobbyist and GOP strategist Charlie Black, Manafort's former partner.": roles before the name.)
        if (hasSubject && se < k - 1 && !(se + 3 == k - 1 && IsPunct(se, '(') && IsPunct(se + 2, ')')) // (not past "Tom Brightwater (R-Ariz.),")
            && IsPunct(k - 1, ',') && k - 1 > a && QuoteWords.InvertingVerbs.Contains(Word(k))
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
        // ("an event that Carson says led him to Christ": a past verb after the cue fills the gap as well; "the funding system,
        // which advocates say disadvantages needy schools": or a present one.)
        // ("which even critics say was ...": an adverb may stand before the subject; "whom many progressives believed was ...":
        // so may the object form of the pronoun, as writers use it.)
        int gapRelative = ss - 1 > a && (Is(ss - 1, "even") || Is(ss - 1, "also") || Is(ss - 1, "still")) ? ss - 2 : ss - 1;
        if (hasSubject && gapRelative >= a && (Is(gapRelative, "which") || Is(gapRelative, "that") || Is(gapRelative, "who") || Is(gapRelative, "whom")) && k + n < b
            && _tokens[k + n].Kind == TokenKind.Word
            && (QuoteWords.GapAuxiliaries.Contains(Word(k + n)) || Word(k + n).EndsWith("ed", StringComparison.Ordinal)
                || QuoteWords.IrregularPastVerbs.Contains(Word(k + n))
                || (IsPlainSayingVerb(k) || IsBeliefVerb(k) || Is(k, "argue") || Is(k, "argues") || Is(k, "argued") || Is(k, "claim") || Is(k, "claims"))
                   && IsLikelyVerb(k + n) && !QuoteWords.WordsEndingInS.Contains(Word(k + n)) && !QuoteWords.Determiners.Contains(Word(k + n))))
        {
            int relEnd = ClauseEnd(k + n, b);
            for (int m = k + n + 1; m < relEnd; m++)
            {
                // (Not ", especially his supporters, disenfranchised": an adverb goes on inside the clause.)
                if (IsPunct(m, ',') && _region[m] == NoRegion
                    && (IsMainVerbAfterComma(m + 1) && !IsLyAdverb(m + 1) || QuoteWords.GapAuxiliaries.Contains(Word(m + 1))))
                {
                    relEnd = m; // "The deals, which she said had hurt workers, were signed in 1994": the clause closes at its comma
                    break;
                }
            }

            return MakeReported(gapRelative, relEnd, k, k + n, ss, se, out quote);
        }

        // "..., a decision library officials said would force two branches to close", "a probe the law enforcement agency said
        // was ongoing": a reduced relative clause on a noun, whose subject gap an auxiliary after the speech verb shows; the
        // report runs from the noun's article to the clause's end, and the speaker is the noun phrase after the noun.
        // ("a move opposition parties said did not go far enough": "did" and "does" with "not" show the gap as well.)
        if (hasSubject && k + n < b && _tokens[k + n].Kind == TokenKind.Word
            && (QuoteWords.GapAuxiliaries.Contains(Word(k + n)) || (Is(k + n, "did") || Is(k + n, "does")) && Is(k + n + 1, "not"))
            && ReducedRelativeAntecedent(ss, se, a) is (int antecedent, int speaker) && speaker < se)
        {
            // ("In a speech Obama said would define his legacy, he called for unity.", "a move Republicans said would backfire, and
            // it did": the main clause after the comma is the writer's.)
            int reducedEnd = ClauseEnd(k + n, b);
            for (int m = k + n + 1; m < reducedEnd - 1; m++)
            {
                if (IsPunct(m, ',') && _region[m] == NoRegion
                    && (IsSubjectPronoun(m + 1) || Is(m + 1, "and") && (IsSubjectPronoun(m + 2) || Is(m + 2, "it") || NewSubjectAndVerbAt(m + 2, reducedEnd))))
                {
                    reducedEnd = m;
                    break;
                }
            }

            return MakeReported(antecedent, reducedEnd, k, k + n, speaker, se, out quote);
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

        if (Is(k, "found") && FoundThing(k + 1, b))
        {
            return false; // "who found the wreckage, told the BBC": a thing found, not a finding
        }

        if ((Is(k, "attacked") || Is(k, "attack") || Is(k, "attacks") || Is(k, "attacking")) && PhysicalTargetAfter(k + 1, b))
        {
            return false; // "Gangs attacked a police station", "they attacked the USS Cole": force, not words
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

                if (_tokens[m].Kind == TokenKind.Quote && _region[m] != NoRegion && _pairs[_region[m]].CloseToken == m
                    && (IsPunct(m - 1, ',') || MainClauseGoesOn(m + 1, whatEnd)))
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
            && !(hasSubject && se <= k - 2) && !(k - 2 >= a && IsCapitalized(k - 2) && IsPlainSayingVerb(k))
            && !(hasSubject && se == k && StandaloneCount(k - 1, a) == ss)) // ("At least 21,000 said": a count standing alone)
        {
            return false; // "won 758 pledged delegates": an adjective
        }

        if (Is(k, "points") && (Is(k - 1, "basis") || Is(k - 1, "percentage") || k - 1 >= 0 && _tokens[k - 1].Kind == TokenKind.Number))
        {
            return false; // "raised its rate by 50 basis points to 27.75 per cent": a measure, not "points to"
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

        if (IsPhoneCall(k, b))
        {
            return false; // "called his veterinarian", "called Sanders to congratulate him": a telephone call, not a report
        }

        if (hasSubject && se == ss + 1 && (Is(ss, "who") || Is(ss, "what")) && b - 1 > k && IsPunct(b - 1, '?'))
        {
            return false; // "Who opposes it?", "Who said that?": a question about a speaker, no report
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
                       || (Is(m, "after") || Is(m, "before")) && m + 1 < b && QuoteWords.Determiners.Contains(Word(m + 1))
                       || inPhrase && char.IsLower(_text[_tokens[m].Start]) && !IsLikelyVerb(m) && !QuoteWords.NounPhraseStops.Contains(Word(m))))
            {
                inPhrase |= Is(m, "in") || Is(m, "at") || Is(m, "during") || Is(m, "on") || Is(m, "after") || Is(m, "before");
                m++;
            }

            // "..., lawmakers said Friday, as they bristled at ...": the writer's adjunct follows a sentence-final attribution.
            // ("Though the transition was seamless, he said, replacing Clinton would be ...": a gerund with its own verb is the
            // main clause's subject.)
            // ("..., the company said on Friday, in one of the largest investments in the region": the writer's phrase closes
            // the sentence; not "which", which may describe the object: "likened RT to the BBC, which receives ...".)
            bool adjunctFollows = m < b - 2 && IsPunct(m, ',') && (QuoteWords.Subordinators.Contains(Word(m + 1)) || IsWritersTail(m + 1, b) && !Is(m + 1, "which")
                                                                   || Is(m + 1, "compared") && (Is(m + 2, "with") || Is(m + 2, "to"))
                                                                   || IsTrailingParticiple(m + 1) && (CueAt(m + 1, b, out _) > 0 || !FiniteVerbSoon(m + 2, b))
                                                                   // (", led by electronics and garments": a past participle's phrase)
                                                                   || IsPastTense(m + 1) && Is(m + 2, "by") && !FiniteVerbSoon(m + 2, b)
                                                                   // (", he said, on condition of anonymity to speak freely ...": the
                                                                   // attribution's own terms)
                                                                   || OnCondition(m + 1) && HasClauseVerb(a, ss - 1));
            // ("When Trump launched his campaign, his critics denounced him, rushing to ...": a verb of judgment with its object
            // is a clause of its own, not an attribution set off inside the report.)
            bool judgedObject = (flags & CueFlags.Object) != 0 && m > after;
            // ("A dairy herd has tested positive, the department said Friday, the first case this year.", "Cases rose to 48, the
            // district said, and officials warned that ...": after a whole clause, a phrase with no verb is the writer's gloss,
            // and another speaker's report is another report.)
            // (Not "It was, he said, one of the bitterest failures" nor "are reflecting, the polls tell us, a lot of anxiety": a
            // clause that stops at its verb or a preposition goes on after the attribution.)
            adjunctFollows |= m < b - 2 && IsPunct(m, ',') && HasClauseVerb(a, ss - 1) && ClosesBeforeComma(ss - 1)
                              && (QuoteWords.Determiners.Contains(Word(m + 1)) && IsVerblessPhrase(m + 1, ClauseEnd(m + 1, b))
                                  || Is(m + 1, "and") && (AnotherSpeakersReport(m + 2, b) || SubjectAndCue(m + 2, b) || NewReportWithThat(m + 2, b, anyStart: true)));
            if (m < b - 2 && IsPunct(m, ',') && !TailIsShort(m + 1, b) && !adjunctFollows && !judgedObject)
            {
                // ("The park is near the stadium, which, Tompkins said, is usually full of activities": set off inside a
                // relative clause, the attribution reports that clause.)
                int wrapStart = ss - 2 > a && IsPunct(ss - 1, ',') && (Is(ss - 2, "which") || Is(ss - 2, "who")) && IsPunct(ss - 3, ',') ? ss - 2 : a;
                // ("That said, she told reporters, the problems "are not going away."": only the words after the attribution.)
                if (AfterThatSaid(wrapStart, ss) == ss)
                {
                    wrapStart = m + 1;
                }

                return MakeReported(wrapStart, ClauseEnd(m + 1, b), k, after, ss, se, out quote);
            }

            // ("Weighing in on the discussion, Huckabee agreed, praising ...": a fronted participle's phrase with no verb of its own
            // is no report; a gerund subject goes on after the attribution, so the branch above takes it.)
            bool frontedParticiple = IsCapitalized(a) && Word(a).EndsWith("ing", StringComparison.Ordinal) && _cues.Word(Word(a)) == CueFlags.None
                                     && !HasClauseVerb(a + 1, ss - 1);
            if (adjunctFollows && !frontedParticiple && !(onlyOpeningClause ??= InOpeningSubordinateClause(ss - 1)))
            {
                return MakeReported(a, ss - 1, k, after, ss, se, out quote);
            }
        }

        // Sentence-final attribution: "The talks failed, the minister said on Monday." / "..., said a spokesman."
        // ("..., including Friday's tweets." is no attribution: the phrase opens with a participle.)
        // ("..., including from employers such as Monsanto, which opposed the bill.": nor does a relative clause on the noun
        // before it.)
        bool participlePhrase = ss >= 0 && !IsCapitalized(ss) && Word(ss).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                                || se - ss == 1 && (Is(ss, "which") || Is(ss, "who"));
        // ("When Trump launched his campaign, his critics denounced him.": a subordinate clause alone is not what was said.)
        if (hasSubject && !participlePhrase && ss - 1 > a && IsPunct(ss - 1, ',') && !afterFrontedPhrase && !(onlyOpeningClause ??= InOpeningSubordinateClause(ss - 1)))
        {
            int tail = (flags & CueFlags.Addressee) != 0 ? AfterHearer(after, b) : after;
            // ("Then, last week, Eric Trump called.", "His wife, Noor, agreed.": before any verb but one of saying, the words
            // before the attribution need a verb of their own to be what was said.)
            bool saying = IsPlainSayingVerb(k);
            // ("His cinematographer, Darius Khondji, tells a different story.": a description set off before the name is the
            // subject's appositive, not what was said.)
            // ("Brandt's campaign manager, Owen Pettibone, said after the event that ...": or a possessor's name opens it.)
            bool possessor = IsCapitalized(a) && a + 1 < ss && _tokens[a + 1].Kind == TokenKind.Clitic && IsPossessiveClitic(a + 1);
            bool appositive = ss - 1 - a <= 5 && (QuoteWords.Determiners.Contains(Word(a)) && !HasVerb(a, ss - 1) || possessor && !HasClauseVerb(a, ss - 1))
                              && IsProperNameRun(ss, se);
            // ("A number of factors make a surge unlikely, insiders said: ...": a colon after the attribution opens the writer's list.)
            if ((TailIsShort(after, b) || tail != after && TailIsShort(tail, b) || saying && IsPhraseTail(tail, b) || saying && IsPunct(tail, ':') && tail + 1 < b && _tokens[tail + 1].Kind != TokenKind.Quote && HasClauseVerb(a, ss - 1)
                 || IsCoreSayingVerb(k) && OpensTimeClause(tail, b)
                 || IsVerbLikeCue(k) && OpensTimeClause(tail, b, allowAs: false)) // ("..., Harry Pembleton admitted after the match.")
                && (saying || HasVerb(a, ss - 1)) && !appositive && !WordWithin(se, k, QuoteWords.Negations)) // (not ", he could not convince the board")
            {
                // ("..., the commission's chairwoman, Justice Ruth Mhone, told ...": the speaker's description before the name is
                // no part of what was said.)
                // ("The company lost money (the French are big fans of it, Mr. Madden said.)": inside a parenthesis, the words in it.)
                int reportFrom = OpenParenthesisWithin(a, ss) is int paren and >= 0 ? paren + 1 : a;
                return MakeReported(reportFrom, DescriptionCommaBefore(ss - 1, reportFrom), k, after, ss, se, out quote);
            }
        }

        // (Not "Stars of "Friends," Jennifer Aniston and Lisa Kudrow, said the show changed their lives": a subject with a
        // verb in it is the report's.)
        if (!hasSubject && IsPunct(k - 1, ',') && k - 1 > a && SubjectAfter(after, b, out int ias, out int iae) && !HasClauseVerb(ias, iae))
        {
            // "The paradox of Nancy, says Carl Anthony, a historian at the library, is that she ...": an inverted attribution
            // set off inside its sentence; the report is the sentence around it.
            // ("The contrast with Trump, said Doyle, would be clear": with no description after the name, its own comma closes it.)
            if (QuoteWords.InvertingVerbs.Contains(Word(k)) && IsPunct(iae, ','))
            {
                int close = IsResumingAuxiliary(iae + 1) ? iae : FirstCommaBefore(iae, b);
                if (close < b - 1 && close - iae <= 15 && IsResumingAuxiliary(close + 1))
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

        // ("Or would you think she must be the worst woman?": a question to the reader reports no one's view.)
        // (Nor "You know where to go.": what the reader knows.)
        if (se - ss == 1 && Is(ss, "you") && (IsPunct(b - 1, '?') || Is(k, "know")))
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

            // ("declined to be interviewed", "declined to be named": a speaker's refusal too.)
            if (Is(m, "to") && IsWordToken(m + 1) && (!declined || QuoteWords.DeclinedSpeech.Contains(Word(m + 1))
                                                      || Is(m + 1, "be") && (Is(m + 2, "interviewed") || Is(m + 2, "quoted"))))
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
                // "declined comment", "declined multiple requests for an interview", "declined an interview request": a request
                // to speak refused is reported too (not "declined as requests soared", "declined a request to extend the deadline").
                for (int r = after; r < b && r <= after + 3 && IsWordToken(r) && !QuoteWords.NounPhraseStops.Contains(Word(r)); r++)
                {
                    if (Is(r, "comment") && r == after || Is(r, "interview") && (Is(r + 1, "request") || Is(r + 1, "requests"))
                        || (Is(r, "request") || Is(r, "requests")) && Is(r + 1, "for") && (Is(r + 2, "comment") || Is(r + 3, "interview")))
                    {
                        return MakeReported(after, ClauseEnd(after, b), k, after, ss, se, out quote, minWords: 1);
                    }
                }

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
        int titleTokens = 0;
        int clauseAfterMedium = -1;
        for (int m = after; that < 0 && m < b && m < after + 12 + titleTokens; m++)
        {
            // ("said on Wednesday it had reached an agreement with Pakistan that would unlock ...": after a clause of its own, a
            // "that" is a relative pronoun, not the report's conjunction.)
            if (Is(m, "that") && m > after + 2 && PronounClauseBefore(after, m))
            {
                break;
            }

            // ("warned North Korea to refrain from further actions that would ...": after a named hearer, an infinitive is the
            // report, and a "that" inside it a relative pronoun.)
            if (Is(m, "to") && m > after && IsWordToken(m + 1) && char.IsLower(_text[_tokens[m + 1].Start])
                && !QuoteWords.Determiners.Contains(Word(m + 1)) && !QuoteWords.GenericAddressees.Contains(Word(m + 1)) && IsProperNameRun(after, m))
            {
                break;
            }

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

            // "She also reveals, for the first time, that ...", "He said, in a rare interview, that ...": a short adjunct set
            // off by commas, with no verb of its own.
            if (m == after && IsPunct(m, ',') && CommaAdjunctBeforeThat(m, b) is int adjunctThat)
            {
                that = adjunctThat;
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

            // ("said on NBC's "Meet the Press" on Sunday that ...", "said on "Morning Joe" that ...": a show's title inside the
            // occasion.)
            if (inAdjunct && (ShowTitleLastToken(m) is int last and >= 0 || (last = TitleBeforeThatLastToken(m)) >= 0))
            {
                titleTokens += last - m + 1;
                m = last;
                continue;
            }

            if (_tokens[m].Kind is TokenKind.Quote || IsTerminator(m) || IsPunct(m, ',') && m > after || IsPunct(m, ':'))
            {
                break;
            }

            // "said in an interview it takes time ...", "said in a statement the company would ...": after a medium, a clause
            // with a subject and a verb of its own opens the report without "that".
            if (inAdjunct && m > after + 1 && IsMediumNoun(m - 1)
                // (Not "a statement he posted on Twitter": a pronoun and a verb of publishing describe the medium.)
                && ((IsSubjectPronoun(m) || Is(m, "it")) && m + 1 < b && IsWordToken(m + 1) && char.IsLower(_text[_tokens[m + 1].Start])
                    && !QuoteWords.PublishingVerbs.Contains(Word(m + 1))
                    || QuoteWords.Determiners.Contains(Word(m)) && NounPhraseThenVerb(m, b)))
            {
                clauseAfterMedium = m;
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
                                                              || QuoteWords.ObjectPronouns.Contains(Word(m + 1)) || QuoteWords.GenericAddressees.Contains(Word(m + 1))
                                                              || BareHearerBeforeThat(m + 1, b)))
            {
                inAdjunct = true; // "says at a campaign stop in Toledo, Ohio, that ...", "wrote to Sanders’ Senate office that ..."
            }

            bool skippable = inAdjunct && IsWordToken(m) || QuoteWords.VerbAdjuncts.Contains(Word(m)) || IsCapitalized(m) || _tokens[m].Kind == TokenKind.Number
                             || (flags & CueFlags.Addressee) != 0 && (QuoteWords.GenericAddressees.Contains(Word(m)) || IsWordToken(m) && m - after < 4)
                             || _tokens[m].Kind == TokenKind.Clitic
                             || m == after && IsLyAdverb(m) && Is(m + 1, "that"); // "stated explicitly that ..."
            if (!skippable)
            {
                break;
            }
        }

        if (that >= 0)
        {
            j = thatIsSubject ? that : that + 1;
        }
        else if (clauseAfterMedium > 0)
        {
            j = clauseAfterMedium;
        }
        else if ((flags & CueFlags.ThatOnly) != 0 && (flags & CueFlags.Addressee) == 0 && after < b - 2
                 && (IsSubjectPronoun(after) && IsWordToken(after + 1) && char.IsLower(_text[_tokens[after + 1].Start])
                     || IsCapitalizedName(after) && !QuoteWords.CapitalizedNonNames.Contains(Word(after)) && QuoteWords.FiniteVerbs.Contains(Word(after + 1)))
                 && (QuoteWords.PersonalPronouns.Contains(Word(ss)) || IsCapitalized(ss)))
        {
            j = after; // "He believes he can win", "I think we will": a clause that opens with its subject pronoun
        }
        else if ((flags & CueFlags.ThatOnly) != 0 && (flags & CueFlags.Addressee) == 0 && after < b - 2 && IsBeliefVerb(k)
                 // (Up to seven words of subject, "believes his efforts to slow global warming will be", but four inside a
                 // restrictive relative clause, whose object runs into the main verb: "Parents who fear the effects of social
                 // media on their children have few options".)
                 && ThatlessClauseAt(after, b, k > 0 && (Is(k - 1, "who") || Is(k - 1, "that")) && !IsPunct(k - 2, ',') ? 4 : 7)
                 // (Not "Let's say you think a degree will cost ...": a supposition, no one's belief.)
                 && !(Is(ss, "you") && (Is(ss - 1, "say") || Is(ss - 1, "suppose") || Is(ss - 1, "imagine") || Is(ss - 1, "if"))))
        {
            j = after; // "Economists believe this provides ...", "few believe their relationship can ...": a clause with its own verb
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
                // "told his advisers to find a way": the hearer and what they were told to do (not "ordered troops to the
                // border": a place they were sent to).
                int placeSkipped = 0;
                for (int m = after; m < b && m < after + 6 + placeSkipped; m++)
                {
                    if (Is(m, "to") && m > after && IsWordToken(m + 1) && (QuoteWords.Determiners.Contains(Word(m + 1)) || IsCapitalized(m + 1)))
                    {
                        placeSkipped = 3; // ("ordered nearly 300 of them to Cameroon to assist ...": past the place, to the infinitive)
                        continue;
                    }

                    if (Is(m, "to") && m > after && IsWordToken(m + 1))
                    {
                        int end = ClauseEndInRelative(after, b, ss);
                        return MakeReported(after, participle && InFrontedPhrase(k, a) ? FirstCommaBefore(after, end) : end, k, after, ss, se, out quote);
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
                else if (BarePluralHearerEnd(j, b) is int bare and > 0)
                {
                    j = bare; // "told council members the resurfacing program would begin in June"
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

            // ("asked Rubio which states he could win", "asks where each resident was born": a question's own wh-word.)
            if (j >= b || j != clauseAfterMedium && !(IsWordToken(j) && (QuoteWords.ClauseStarts.Contains(Word(j)) || IsCapitalized(j) || _tokens[j].Kind == TokenKind.Number
                                                || whClause && QuoteWords.WhWords.Contains(Word(j)) && !RelativeWhoBeforeInfinitive(j, b)
                                                || (flags & CueFlags.Addressee) == 0 && (!QuoteWords.NotClauseStarts.Contains(Word(j)) || IsApproximateQuantity(j)
                                                                                          || (flags & CueFlags.Object) != 0 && IsReflexive(j) && (Is(j + 1, "for") || Is(j + 1, "of") || Is(j + 1, "as"))
                                                                                          // ("described himself as a religious Catholic", "calls himself a democratic socialist")
                                                                                          || QuoteWords.NamingVerbs.Contains(Word(k)) && IsReflexive(j) && IsWordToken(j + 1) && !QuoteWords.NounPhraseStops.Contains(Word(j + 1))
                                                                                             && !ObjectHeadWithin(j + 1, Math.Min(b, j + 4), QuoteWords.Rides)
                                                                                          // ("cast himself as a change agent", "paints herself as ...")
                                                                                          || (flags & CueFlags.AsObject) != 0 && IsReflexive(j) && Is(j + 1, "as"))
                                                   && (!IsLyAdverb(j) || IsQuantityAdverb(j)))
                            || (flags & CueFlags.Phrase) != 0 && IsWordToken(j)
                            || _tokens[j].Kind == TokenKind.Quote && _region[j] != NoRegion && _isFragment[_region[j]]))
            {
                return false;
            }
        }

        // "expressed deep concern about the policy", "voiced confidence that the deal would hold": the feeling is part of the
        // cue ("expressed deep concern about"), what it is about is the report.
        if ((flags & CueFlags.Object) != 0 && FeelingTopicAt(j, b) is int topic and > 0)
        {
            after = topic;
            j = topic;
        }

        // "credit cards they never asked for or just were confused", "the money the city asked for never arrived": a phrase
        // cue whose object is a relative clause's gap reports nothing; neither does a passive ("the changes asked for by the
        // union") or a cue whose object an aside puts off ("asked for, and received, $2 million").
        if ((flags & CueFlags.Object) != 0 && that < 0 && (j == after || IsPunct(after, ','))
            && (Is(j, "or") || Is(j, "and") || Is(j, "but") || Is(j, "nor") || Is(j, "by") || IsPunct(j, ',')
                || (Is(j, "never") || Is(j, "still") || Is(j, "also")) && j + 1 < b && (IsPastTense(j + 1) || QuoteWords.FiniteVerbs.Contains(Word(j + 1)))
                || QuoteWords.FiniteVerbs.Contains(Word(j)) && _tokens[j].Kind == TokenKind.Word && !Is(j, "not")))
        {
            return false;
        }

        int reportEnd = ClauseEnd(j, b);
        // (Not "mentioned that the talks would resume Monday": a clause after "that" is no judged object; "rejected that
        // argument in a ruling" is.)
        if ((flags & CueFlags.Object) != 0 && !(that >= 0 && (IsSubjectPronoun(j) || ThatlessClauseAt(j, b))))
        {
            reportEnd = JudgmentEnd(j, reportEnd);
            if (that < 0 && se == k && ss >= 0)
            {
                // "Senators opposing the package faced angry calls": after a participle that describes the noun right before
                // it, the sentence's own past verb ends the object.
                if (Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && PastVerbAfterObject(j, reportEnd) is int main and > 0)
                {
                    reportEnd = main;
                }

                // "Investors worried about inflation sold bonds", "Voters worried about jobs might turn to ...": a state of mind
                // describing the noun before it, as an adjective would, with the sentence's own verb after it; no one's words.
                if (Is(k, "worried") && (PastVerbAfterObject(j, reportEnd) > 0 || ModalAfterObject(j, reportEnd)))
                {
                    return false;
                }
            }
        }

        // "criticized her Spanish-language skills and even questioned ...", "rejected both objections, ruled Cruz eligible": a
        // thing reported, then the subject's next verb; the report is the thing.
        // (Not after a verb of saying or belief, whose report is a clause: "says Millennials, numbering 75.3 million, surpassed
        // ...", nor in a question's clause: "described how Trump, as a candidate, zipped ...".)
        if (that < 0 && !IsPlainSayingVerb(k) && !IsBeliefVerb(k) && !QuoteWords.WhWords.Contains(Word(j))
            && NextPredicateAfterObject(j, reportEnd) is int nextPredicate and > 0)
        {
            reportEnd = nextPredicate;
        }

        // "Trump, after railing against carried interest and other perks, produced a conventional plan": a gerund after a
        // preposition opens an adjunct, which a comma and the subject's own past verb close.
        if (that < 0 && k > 0 && Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && QuoteWords.GerundPrepositions.Contains(Word(k - 1)))
        {
            for (int m = j + 1; m < reportEnd - 1; m++)
            {
                if (IsPunct(m, ',') && _region[m] == NoRegion && IsPastTense(m + 1) && char.IsLower(_text[_tokens[m + 1].Start]))
                {
                    reportEnd = m;
                    break;
                }
            }
        }

        // "After saying the foot was swollen, she was taken ...", "In a letter urging lawmakers to act, the coalition said ...": a
        // report inside a fronted phrase ends at the phrase's comma.
        if (participle && InFrontedPhrase(k, a))
        {
            reportEnd = FirstCommaBefore(j, reportEnd);
        }

        // "whatever he wanted, from saying that he feels as good as a 30-year-old to playing up his stamina", "From pointing out
        // Hollywood's lack of diversity to ...": the range's other end is no part of the report (a change, "shifted from
        // emphasizing jobs to focusing on ...", names both ends).
        if (k - 1 >= a && Is(k - 1, "from") && (k - 1 == a || IsPunct(k - 2, ',') || Is(k - 2, "ranging") || Is(k - 2, "everything") || Is(k - 2, "anything"))
            && Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            for (int m = j + 1; m < reportEnd - 1; m++)
            {
                if (Is(m, "to") && _region[m] == NoRegion && IsTrailingParticiple(m + 1))
                {
                    reportEnd = m;
                    break;
                }
            }
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

        // "thanked Trump for backing his priority": thanks report their reason; "thanked the volunteers" says nothing more.
        if ((Is(k, "thanked") || Is(k, "thanking")) && !ReasonRightAfterObject(j, reportEnd))
        {
            return false;
        }

        // "answering questions about his campaign": an answer reports the questions it answers, or what it says ("answered that
        // ..."); "answered her door", "answering letters from students", "answered the criticism with harsh rhetoric" report
        // nothing.
        if (that < 0 && Word(k).StartsWith("answer", StringComparison.OrdinalIgnoreCase) && !WordWithin(j, Math.Min(reportEnd, j + 4), QuoteWords.QuestionNouns))
        {
            return false;
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
    /// The last token of a show's title in quotation marks that opens at <paramref name="m"/> (<see cref="IsTitleAsModifier"/>:
    /// "NBC's "Meet the Press""), or -1.
    /// </summary>
    private int ShowTitleLastToken(int m) =>
        _tokens[m].Kind == TokenKind.Quote && _region[m] != NoRegion && _pairs[_region[m]].OpenToken == m && IsTitleAsModifier(_region[m])
            ? _pairs[_region[m]].CloseToken + CloseWidth(_pairs[_region[m]].CloseToken) - 1
            : -1;

    /// <summary>
    /// The first past verb after the first word of an object at <paramref name="j"/> and before <paramref name="end"/>, after
    /// a lower-case word that is no determiner and before a word that is no preposition ("the package faced angry calls"), or -1.
    /// </summary>
    private int PastVerbAfterObject(int j, int end)
    {
        for (int m = j + 1; m < end; m++)
        {
            // (A relative clause's verb is its own: "workers who have increasingly lost ground".)
            if (!IsWordToken(m) || QuoteWords.RelativeStarts.Contains(Word(m)))
            {
                return -1;
            }

            // (Not a participle describing the object: "the facts left out", "a country dominated by", "a resolution meant to".)
            if (IsPastTense(m) && char.IsLower(_text[_tokens[m].Start]) && IsWordToken(m - 1) && !QuoteWords.Determiners.Contains(Word(m - 1))
                && !QuoteWords.OccasionPrepositions.Contains(Word(m - 1)) && !Is(m - 1, "by")
                && m + 1 < end && IsWordToken(m + 1) && !(Word(m + 1) is "by" or "to" or "out" or "on" or "in" or "at" or "for" or "with" or "from" or "up"
                                                          or "off" or "down" or "as" or "about" or "over" or "into" or "under"))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a modal stands after the first word of an object at <paramref name="j"/> and before <paramref name="end"/>,
    /// with no relative or subordinate clause opened before it ("jobs might turn"): the verb of the sentence's own subject.
    /// </summary>
    private bool ModalAfterObject(int j, int end)
    {
        for (int m = j + 1; m < end; m++)
        {
            if (!IsWordToken(m) || QuoteWords.RelativeStarts.Contains(Word(m)) || QuoteWords.Subordinators.Contains(Word(m)) || QuoteWords.WhWords.Contains(Word(m)))
            {
                return false;
            }

            if (QuoteWords.Modals.Contains(Word(m)) && char.IsLower(_text[_tokens[m].Start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last token of quoted words in title case, at most six and no sentence, that open at <paramref name="m"/> and are
    /// followed by "that" (""Morning Joe" that ..."), or -1: after an occasion's preposition, a show's name.
    /// </summary>
    private int TitleBeforeThatLastToken(int m)
    {
        if (_tokens[m].Kind != TokenKind.Quote || _region[m] == NoRegion || _pairs[_region[m]].OpenToken != m)
        {
            return -1;
        }

        QuoteMarkPair p = _pairs[_region[m]];
        int last = p.CloseToken + CloseWidth(p.CloseToken) - 1;
        return Is(last + 1, "that") && IsShortTitle(p) ? last : -1;
    }

    /// <summary>
    /// Whether "for" follows the object noun phrase at <paramref name="j"/> directly, within eight tokens and before any
    /// relative pronoun, comma or verb ("thanked Trump on Twitter for backing ...", not "thanked the volunteers who had worked
    /// for hours").
    /// </summary>
    private bool ReasonRightAfterObject(int j, int end)
    {
        for (int m = j; m < end && m < j + 8; m++)
        {
            if (Is(m, "for"))
            {
                return m > j;
            }

            if (!IsWordToken(m) && _tokens[m].Kind != TokenKind.Clitic || QuoteWords.RelativeStarts.Contains(Word(m))
                || m > j && (IsPastTense(m) || QuoteWords.FiniteVerbs.Contains(Word(m)) && _tokens[m].Kind != TokenKind.Clitic))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Where, after a noun phrase with no verb of its own at <paramref name="j"/>, the subject's next predicate begins: ", and",
    /// "and" or "," then perhaps an adverb and a past verb with an object ("and even questioned the star's ...", ", ruled Cruz
    /// eligible", ", recited her policy ideas, and ripped into ..."); -1 if none before <paramref name="end"/>.
    /// </summary>
    private int NextPredicateAfterObject(int j, int end)
    {
        var verbs = new ClauseVerbScan(j); // (read once over the loop)

        for (int m = j + 1; m < end - 2; m++)
        {
            if (_region[m] != NoRegion || !(Is(m, "and") || IsPunct(m, ',')))
            {
                continue;
            }

            int v = m + 1;
            bool bareComma = IsPunct(m, ',') && !Is(v, "and");
            if (IsPunct(m, ',') && Is(v, "and"))
            {
                v++;
            }

            while (v < end - 1 && (IsLyAdverb(v) || Is(v, "even") || Is(v, "also") || Is(v, "then") || Is(v, "later") || Is(v, "always")))
            {
                v++;
            }

            // (After a bare comma, a participle with a determiner, "the tax, imposed this month on steel", "the deal, reached the
            // previous night", describes the object: only a possessive, a pronoun or a name takes the verb as the next predicate.)
            if (v + 1 < end && IsPastTense(v) && !IsCompoundAdjective(v) && IsWordToken(v + 1)
                && (!bareComma && (QuoteWords.Determiners.Contains(Word(v + 1)) || Is(v + 1, "into") || Is(v + 1, "to"))
                    || QuoteWords.PossessivePronouns.Contains(Word(v + 1)) || QuoteWords.ObjectPronouns.Contains(Word(v + 1))
                    || IsCapitalized(v + 1) && !QuoteWords.DayAndMonthNames.Contains(Word(v + 1)))
                && !verbs.Before(this, m))
            {
                return m;
            }

            if (verbs.Before(this, m + 1))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the topic of an expressed feeling starts: after "concern about", "deep concerns over", "confidence that" at
    /// <paramref name="j"/> (at most two adjectives before the noun); -1 if <paramref name="j"/> opens no such phrase.
    /// </summary>
    private int FeelingTopicAt(int j, int b)
    {
        int m = j;
        while (m < b && m < j + 2 && _tokens[m].Kind == TokenKind.Word && char.IsLower(_text[_tokens[m].Start]) && !QuoteWords.FeelingNouns.Contains(Word(m))
               && !QuoteWords.Determiners.Contains(Word(m)))
        {
            m++;
        }

        if (m + 2 >= b || !QuoteWords.FeelingNouns.Contains(Word(m)) || _region[m] != NoRegion)
        {
            return -1;
        }

        if (Is(m + 1, "over") && (Is(m + 2, "the") || Is(m + 2, "recent") || Is(m + 2, "past") || Is(m + 2, "last")) && m + 3 < b
            && (QuoteWords.OccasionNouns.Contains(Word(m + 3)) || Is(m + 3, "weekend") || Is(m + 3, "past") || Is(m + 3, "years") || Is(m + 3, "months") || Is(m + 3, "weeks") || Is(m + 3, "days")))
        {
            return -1; // ("optimism over the weekend that ...": a time, not the topic)
        }

        return Is(m + 1, "that") || Is(m + 1, "about") || Is(m + 1, "over") || Is(m + 1, "for") || Is(m + 1, "in") || Is(m + 1, "at") || Is(m + 1, "with")
               || Is(m + 1, "regarding") || Is(m + 1, "toward") || Is(m + 1, "towards")
            ? m + 2
            : -1;
    }

    /// <summary>
    /// The verb "spent" (or "spends", "spend", "spending") before a stretch of time right before the participle at
    /// <paramref name="k"/> ("has spent the past year insisting", "spent weeks denying"); -1 if none.
    /// </summary>
    private int SpentTimeBefore(int k, int a)
    {
        if (k - 2 < a || !QuoteWords.TimeSpanWords.Contains(Word(k - 1)) && !QuoteWords.DurationUnits.Contains(Word(k - 1))
                         && !(Is(k - 1, "year") || Is(k - 1, "month") || Is(k - 1, "decade") || Is(k - 1, "summer") || Is(k - 1, "campaign")
                              || Is(k - 1, "weekend") || Is(k - 1, "week") || Is(k - 1, "day") || Is(k - 1, "morning") || Is(k - 1, "night")))
        {
            return -1;
        }

        for (int m = k - 2; m >= a && m >= k - 5; m--)
        {
            if (Is(m, "spent") || Is(m, "spends") || Is(m, "spend") || Is(m, "spending"))
            {
                return m;
            }

            if (!IsWordToken(m) && _tokens[m].Kind != TokenKind.Number || !(QuoteWords.Determiners.Contains(Word(m)) || IsCountAt(m)
                                                                              || Is(m, "past") || Is(m, "last") || Is(m, "better") || Is(m, "part")
                                                                              || Is(m, "of") || Is(m, "much") || Is(m, "whole") || Is(m, "entire")))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The token after a written work's noun phrase at <paramref name="i"/>: a determiner or possessor, at most three
    /// modifiers and a work's or document's noun ("a 47-page opinion", "his first newspaper column"); -1 if none.
    /// </summary>
    private int WrittenWorkEnd(int i, int b)
    {
        if (i >= b || !(QuoteWords.Determiners.Contains(Word(i)) || QuoteWords.PossessivePronouns.Contains(Word(i))))
        {
            return -1;
        }

        for (int k = i + 1; k < b && k <= i + 4; k++)
        {
            if (!IsWordToken(k) && _tokens[k].Kind != TokenKind.Clitic && _tokens[k].Kind != TokenKind.Number)
            {
                return -1;
            }

            if (QuoteWords.WorkNouns.Contains(Word(k)) || QuoteWords.WrittenDocuments.Contains(Word(k)))
            {
                return k + 1;
            }
        }

        return -1;
    }

    private bool IsYearAt(int i) => i < _tokens.Length && _tokens[i].Kind == TokenKind.Number && IsYear(i);

    /// <summary>
    /// Whether the participle at <paramref name="k"/> opens the sentence at <paramref name="a"/> ("Saying the foot was
    /// swollen, ...", "After saying ...") or sits in a prepositional phrase that opens it, with no verb or comma between
    /// ("In a statement announcing the pick, ...").
    /// </summary>
    private bool InFrontedPhrase(int k, int a)
    {
        if (k == a || k - 1 == a)
        {
            return true;
        }

        if (k - a > 6 || !IsCapitalized(a) || !(Is(a, "in") || Is(a, "with") || Is(a, "through") || Is(a, "via") || Is(a, "during") || Is(a, "at")))
        {
            return false;
        }

        for (int m = a + 1; m < k; m++)
        {
            if (_tokens[m].Kind != TokenKind.Word || QuoteWords.FiniteVerbs.Contains(Word(m)))
            {
                return false;
            }
        }

        return true;
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

    /// <summary>
    /// Whether the word before the comma at <paramref name="comma"/> can close a clause: a number or a word that is no verb
    /// form and no function word ("tested positive for bird flu,", not "It was," or "are reflecting," or "like,").
    /// </summary>
    private bool ClosesBeforeComma(int comma)
    {
        int w = comma - 1;
        return w >= 0 && (_tokens[w].Kind == TokenKind.Number
                          || IsWordToken(w) && !QuoteWords.NounPhraseStops.Contains(Word(w)) && !QuoteWords.FiniteVerbs.Contains(Word(w))
                             && !Word(w).EndsWith("ing", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether "called" (or "calls", "call", "calling") at <paramref name="k"/> takes a person alone for object: a possessive and
    /// up to three words ("his veterinarian", "my friend's mother") or a name of up to three words, then the end of the
    /// callee (<see cref="IsBreakAfterCallee"/>: "called Sanders to congratulate him"). A second noun phrase or
    /// an adjective after the object names or judges ("called his vote a mistake", "called Trump unfit") and stays a report.
    /// </summary>
    private bool IsPhoneCall(int k, int b)
    {
        if (!(Is(k, "called") || Is(k, "calls") || Is(k, "call") || Is(k, "calling")) || k + 2 >= b || !IsWordToken(k + 1))
        {
            return false;
        }

        int m = k + 1;
        if (Is(m, "his") || Is(m, "her") || Is(m, "their") || Is(m, "my") || Is(m, "our"))
        {
            int end = m + 1;
            while (end < b && end <= m + 3 && (IsWordToken(end) && char.IsLower(_text[_tokens[end].Start]) && !IsBreakAfterCallee(end, b) || IsPossessiveClitic(end)))
            {
                end++;
            }

            return end > m + 1 && IsBreakAfterCallee(end, b);
        }

        int nameEnd = m;
        while (nameEnd < b && nameEnd <= m + 2 && IsCapitalized(nameEnd) && !QuoteWords.CapitalizedNonNames.Contains(Word(nameEnd)))
        {
            nameEnd++;
        }

        return nameEnd > m && IsProperNameRun(m, nameEnd) && IsBreakAfterCallee(nameEnd, b);
    }

    /// <summary>
    /// The end of a callee's noun phrase: the clause's end, "and", "after" or "before", "on" and a day, or "to" and a verb (not
    /// a comma, which may open an appositive before the name given: "called Clinton, his challenger, an ISIS "co-founder"";
    /// nor "in", which may go on with the noun: "called her vote in favor of the war a mistake").
    /// </summary>
    private bool IsBreakAfterCallee(int i, int b) =>
        i >= b || IsTerminator(i)
        || Is(i, "and") || Is(i, "after") || Is(i, "before") || Is(i, "on") && i + 1 < b && QuoteWords.DayAndMonthNames.Contains(Word(i + 1))
        || Is(i, "to") && i + 1 < b && IsWordToken(i + 1) && !QuoteWords.Determiners.Contains(Word(i + 1)) && !IsCapitalized(i + 1);

    /// <summary>
    /// Whether [from, to) is a phrase with no verb: no finite form or irregular past, no clitic but a possessive, no quoted
    /// words and no comma ("the first confirmed case this year", "the highest in a decade"; a word in "-ed" there is an
    /// adjective; not "the first by a consular officer, and the second by ...", which goes on).
    /// </summary>
    private bool IsVerblessPhrase(int from, int to)
    {
        for (int m = from; m < to; m++)
        {
            if (_region[m] != NoRegion || IsPunct(m, ',') || _tokens[m].Kind == TokenKind.Clitic && !IsPossessiveClitic(m))
            {
                return false;
            }

            if (_tokens[m].Kind == TokenKind.Word && (QuoteWords.FiniteVerbs.Contains(Word(m)) || QuoteWords.IrregularPastVerbs.Contains(Word(m))))
            {
                return false;
            }
        }

        return true;
    }

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
    /// present form after a word that is no determiner and no number ("the company expects", not "292,000 jobs"). With
    /// <paramref name="quotedAsWords"/>, quoted words count only for the verbs among them.
    /// </summary>
    private bool HasClauseVerb(int from, int to, bool quotedAsWords = false)
    {
        for (int m = from; m < to; m++)
        {
            // (A clitic "'s" is a verb's only where it is no possessive: "the club's third goal".)
            if (_region[m] != NoRegion && !quotedAsWords || _tokens[m].Kind == TokenKind.Clitic && !IsPossessiveClitic(m))
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

            // ("added amoxicillin to its shortage list": "its", "his", "this" end in "s" but are no verbs.)
            if (IsLikelyVerb(m) && !IsCompoundAdjective(m) && !QuoteWords.WordsEndingInS.Contains(Word(m)) && (Word(m).EndsWith("ed", StringComparison.Ordinal) || m > from && _tokens[m - 1].Kind == TokenKind.Word
                                                                                         && !QuoteWords.Determiners.Contains(Word(m - 1))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> is a hyphenated participle that modifies a noun ("the self-described socialist",
    /// "state-owned banks", "a Saudi-led coalition"): its first part is no verb prefix ("re-elected", "co-sponsored" stay verbs).
    /// </summary>
    private bool IsCompoundAdjective(int i)
    {
        ReadOnlySpan<char> w = Word(i);
        int hyphen = w.IndexOf('-');
        if (hyphen <= 0 || !w.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> prefix = w[..hyphen];
        return !(prefix is "re" or "co" or "pre" or "un" or "mis" or "over" or "under" or "out" or "cross" or "double" or "fast" or "fact");
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
                    && (IsWordToken(m + 1) || m + 1 < b && _tokens[m + 1].Kind == TokenKind.Clitic
                        || IsPunct(m + 1, ',') && (Is(m + 2, "too") || Is(m + 2, "however") || Is(m + 2, "though")) && IsPunct(m + 3, ','))) // ("said Wednesday she, too, wants")
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
    /// After the quoted words of a "what" clause, whether the sentence's own verb or an adjunct of the cue follows at
    /// <paramref name="m"/> rather than more of the noun phrase: "what former employees have called a "fraudulent scheme"
    /// took an even uglier turn", "what lawmakers called "fraud" lead Sens. Jon Tester to ...", "what Phillips called "..."
    /// in his 1969 book" (not "a "let a thousand flowers bloom" approach", "a "brazen breach" of U.N. resolutions").
    /// </summary>
    private bool MainClauseGoesOn(int m, int b)
    {
        if (m + 1 >= b || !IsWordToken(m) || !char.IsLower(_text[_tokens[m].Start]))
        {
            return false;
        }

        if (Is(m, "in") || Is(m, "during"))
        {
            return true;
        }

        return !Is(m, "of") && IsWordToken(m + 1)
               && (QuoteWords.Determiners.Contains(Word(m + 1)) || IsCapitalized(m + 1) && !QuoteWords.CapitalizedNonNames.Contains(Word(m + 1)));
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
        int limit = Math.Min(b - 1, after + 16);
        for (int m = after; m < limit; m++)
        {
            if (Is(m, "that"))
            {
                return m > after && (IsWordToken(m + 1) || _tokens[m + 1].Kind == TokenKind.Quote) ? m : -1;
            }

            // ("told Gregory Stanton, 58, that ...": the hearer's age set off by commas.)
            if (IsPunct(m, ',') && m > after && m + 2 < limit && _tokens[m + 1].Kind == TokenKind.Number && IsPunct(m + 2, ','))
            {
                m += 2;
                continue;
            }

            // ("told the court, through an interpreter, that ...": a short adjunct set off by commas after the hearer.)
            if (IsPunct(m, ',') && m > after && CommaAdjunctBeforeThat(m, b) is int adjunctThat)
            {
                return adjunctThat;
            }

            // ("told MSNBC's "Morning Joe" that ...": a show's title is part of the hearer.)
            if (m > after && ShowTitleLastToken(m) is int last and >= 0)
            {
                m = last;
                continue;
            }

            // ("urged Congress to require labels on any ad that uses ...": after the hearer's infinitive, "that" opens a relative clause.)
            if (!(IsWordToken(m) || _tokens[m].Kind is TokenKind.Clitic or TokenKind.Number) || IsVerbLikeCue(m)
                || m > after && IsSubjectPronoun(m)
                || m > after && Is(m, "to") && IsWordToken(m + 1) && char.IsLower(_text[_tokens[m + 1].Start]) && !QuoteWords.Determiners.Contains(Word(m + 1)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The "that" after a short adjunct that the comma at <paramref name="comma"/> opens and another comma closes, with no verb
    /// of its own: ", for the first time, that", ", through an interpreter, that"; else null.
    /// </summary>
    private int? CommaAdjunctBeforeThat(int comma, int b)
    {
        int close = comma + 1;
        while (close < b && close <= comma + 6 && (IsWordToken(close) || _tokens[close].Kind is TokenKind.Number or TokenKind.Clitic))
        {
            close++;
        }

        return close > comma + 1 && close < b - 1 && IsPunct(close, ',') && Is(close + 1, "that") && !HasClauseVerb(comma + 1, close) ? close + 1 : null;
    }

    /// <summary>
    /// A thing found right after "found" at <paramref name="i"/>: a determiner and a noun that end the clause at a comma or a
    /// sentence's end ("found the wreckage,", "found his passport."), not a finding ("found no evidence of ...", "found the
    /// area welcoming").
    /// </summary>
    private bool FoundThing(int i, int b) =>
        i + 1 < b && (Is(i, "the") || Is(i, "a") || Is(i, "an") || Is(i, "his") || Is(i, "her") || Is(i, "their") || Is(i, "its"))
        && IsWordToken(i + 1) && char.IsLower(_text[_tokens[i + 1].Start]) && (i + 2 == b || IsPunct(i + 2, ',') || IsTerminator(i + 2));

    /// <summary>
    /// A place, building or vessel as the object at <paramref name="i"/>, within a determiner and two words ("a police station",
    /// "the army base", "the USS Cole"): what force attacks, not words.
    /// </summary>
    private bool PhysicalTargetAfter(int i, int b)
    {
        if (i < b && QuoteWords.Determiners.Contains(Word(i)))
        {
            i++;
        }

        for (int m = i; m < b && m <= i + 2 && IsWordToken(m); m++)
        {
            if (QuoteWords.PhysicalTargets.Contains(Word(m)) || Is(m, "USS") || Is(m, "HMS"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a subject pronoun within the first three tokens of [<paramref name="from"/>, <paramref name="to"/>) opens a
    /// clause with a verb of its own before <paramref name="to"/> ("on Wednesday it had reached an agreement").
    /// </summary>
    private bool PronounClauseBefore(int from, int to)
    {
        for (int k = from; k < to && k < from + 3; k++)
        {
            if ((IsSubjectPronoun(k) || Is(k, "it")) && _region[k] == NoRegion)
            {
                return HasClauseVerb(k + 1, to);
            }
        }

        return false;
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
    /// "and" or "but" at <paramref name="i"/> before a verb that is no cue, after an adverb or two at most: a second predicate
    /// of the sentence's subject ("..., according to filings, and is now seeking a buyer").
    /// </summary>
    private bool NewPredicateAfterAnd(int i)
    {
        if (!Is(i, "and") && !Is(i, "but"))
        {
            return false;
        }

        int v = i + 1;
        while (v < i + 3 && v < _tokens.Length && (IsLyAdverb(v) || Is(v, "also") || Is(v, "then") || Is(v, "now") || Is(v, "still")))
        {
            v++;
        }

        // (Not "..., according to their attorneys, and said they came away with ...": what the source says they said stays
        // in the report.)
        return v < _tokens.Length && _tokens[v].Kind == TokenKind.Word && char.IsLower(_text[_tokens[v].Start])
               && (QuoteWords.FiniteVerbs.Contains(Word(v)) || IsPastTense(v)) && CueAt(v, Math.Min(_tokens.Length, v + 4), out _) == 0;
    }

    /// <summary>
    /// Whether the cue word at <paramref name="k"/>, right after the one word <paramref name="ss"/> read as its subject, is a
    /// noun in the phrase of a preposition that takes no clause: "during public comment", "for further comment".
    /// </summary>
    private bool IsNounAfterPreposition(int k, int ss, int a) =>
        ss == k - 1 && ss - 1 >= a && char.IsLower(_text[_tokens[ss].Start])
        && (Is(ss - 1, "during") || Is(ss - 1, "amid") || Is(ss - 1, "despite") || Is(ss - 1, "without") || Is(ss - 1, "for"));

    /// <summary>
    /// Whether the past form at <paramref name="k"/>, with words on both sides, is an adjective or a participle rather than a
    /// verb of saying: "despite repeated warnings", "his stated goal", "the listed price", "ignored repeated complaints" (after
    /// a preposition, an article, a possessive or a past verb, before a lower-case noun; "her" may be an object: "The lawyer
    /// who represented her argued ..."), or "The topics discussed included trade" (after a noun that cannot speak, before the
    /// clause's verb; "The court noted published reports" reports).
    /// </summary>
    private bool PastFormIsNoVerbOfSaying(int k)
    {
        bool adjective = char.IsLower(_text[_tokens[k].Start])
                         && (QuoteWords.PrepositionsBeforeAdjective.Contains(Word(k - 1)) || QuoteWords.Articles.Contains(Word(k - 1))
                             || QuoteWords.PossessivePronouns.Contains(Word(k - 1)) && !Is(k - 1, "her")
                             || IsPastTense(k - 1) && char.IsLower(_text[_tokens[k - 1].Start]) && !QuoteWords.Auxiliaries.Contains(Word(k - 1)))
                         && IsWordToken(k + 1) && char.IsLower(_text[_tokens[k + 1].Start]) && !QuoteWords.NounPhraseStops.Contains(Word(k + 1))
                         && !QuoteWords.Determiners.Contains(Word(k + 1)) && !QuoteWords.PersonalPronouns.Contains(Word(k + 1))
                         && !QuoteWords.FiniteVerbs.Contains(Word(k + 1)) && !Word(k + 1).EndsWith("ed", StringComparison.Ordinal);
        return adjective
               || IsLowerNoun(k - 1) && !QuoteWords.PersonalPronouns.Contains(Word(k - 1)) && !QuoteWords.ObjectPronouns.Contains(Word(k - 1))
                  && IsWordToken(k + 1) && IsPastTense(k + 1) && !CouldSpeak(k - 1, k);
    }

    /// <summary>
    /// Whether the cue at <paramref name="k"/> stands in the reason for a source's anonymity: "A trustee who spoke on condition
    /// of anonymity because the board had not yet discussed the matter said ..." (not the main clause's "said" after it, which
    /// a cue between them shows).
    /// </summary>
    private bool InAnonymityReason(int k, int a)
    {
        int m = k - 1;
        while (m > a && m >= k - 12 && _tokens[m].Kind is TokenKind.Word or TokenKind.Clitic)
        {
            if (Is(m, "because") && (Is(m - 1, "anonymity") || Is(m - 1, "anonymously")))
            {
                for (int i = m + 1; i < k; i++)
                {
                    if (CueAt(i, k, out _) > 0)
                    {
                        return false;
                    }
                }

                return true;
            }

            m--;
        }

        return false;
    }

    /// <summary>Whether a word of <paramref name="set"/> heads the noun phrase in [<paramref name="from"/>, <paramref name="to"/>): "its shares", "the third grade".</summary>
    private bool ObjectHeadWithin(int from, int to, SpanSet set)
    {
        for (int m = from; m < to && IsWordToken(m) && !QuoteWords.NounPhraseStops.Contains(Word(m)); m++)
        {
            if (set.Contains(Word(m)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"himself", "herself", "themselves", "itself": an object that is the subject ("blamed himself for a high throw").</summary>
    private bool IsReflexive(int i) => Is(i, "himself") || Is(i, "herself") || Is(i, "themselves") || Is(i, "itself");

    /// <summary>
    /// The article of the noun a reduced relative clause describes and the start of that clause's subject, for a speech verb's
    /// subject [<paramref name="ss"/>, <paramref name="se"/>): "a probe [the agency]" (the article and a lowercase noun right
    /// before a subject with its own determiner) or "[a decision] library officials" (a comment noun after a comma, then the
    /// subject); null when the subject is no such phrase.
    /// </summary>
    private (int Antecedent, int Speaker)? ReducedRelativeAntecedent(int ss, int se, int a)
    {
        if (ss - 2 >= a && QuoteWords.Articles.Contains(Word(ss - 2)) && IsLowerNoun(ss - 1) && !QuoteWords.SubjectPrepositions.Contains(Word(ss - 1))
            && (Is(ss, "the") || Is(ss, "its") || Is(ss, "their") || se == ss + 1 && IsSubjectPronoun(ss) && !Is(ss, "it") // ("a title she later said had been invented")
                || IsCapitalizedName(ss) && !IsPossessiveClitic(ss + 1))) // ("a tactic Democrats hope will ...")
        {
            return (ss - 2, ss);
        }

        // ("a tactic Democrats hope will ...", "a dynamic Greenberg said could ...": the subject may be a name, read back with
        // the noun before it as one phrase.)
        if (QuoteWords.Articles.Contains(Word(ss)) && ss + 2 < se && IsNounThenName(ss + 1) && !QuoteWords.SubjectPrepositions.Contains(Word(ss + 1)))
        {
            return (ss, ss + 2);
        }

        // (", in a move opposition parties said did not go far enough": the comment may sit in an "in" phrase.)
        if (ss - 1 >= a && (IsPunct(ss - 1, ',') || Is(ss - 1, "in") && ss - 2 >= a && IsPunct(ss - 2, ','))
            && QuoteWords.Articles.Contains(Word(ss)) && ss + 2 < se && QuoteWords.CommentNouns.Contains(Word(ss + 1))
            && IsWordToken(ss + 2) && !QuoteWords.SubjectPrepositions.Contains(Word(ss + 2)) && !QuoteWords.RelativeStarts.Contains(Word(ss + 2)))
        {
            return (ss, ss + 2);
        }

        return null;
    }

    /// <summary>A lower-case noun at <paramref name="i"/>: "probe", "tactic".</summary>
    private bool IsLowerNoun(int i) => _tokens[i].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i].Start]) && IsNounLike(i);

    /// <summary>
    /// "tactic Democrats", "dynamic Greenberg": a lower-case noun at <paramref name="i"/> and a name after it, not a possessive
    /// one; the name is the subject of a reduced relative clause on the noun.
    /// </summary>
    private bool IsNounThenName(int i) => i + 1 < _tokens.Length && IsLowerNoun(i) && IsCapitalizedName(i + 1) && !IsPossessiveClitic(i + 2);

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
}
