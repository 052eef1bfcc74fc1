using Byline.Text;

namespace Byline.Quotes;

// Direct quotes: which quoted words are speech, their attribution before or after them, and the merging of an utterance's parts.
internal sealed partial class QuoteFinder
{
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

            // ("condemned "such a murderous attack."", "did not find "ties of any consequence,"": lowercase words with no verb of
            // their own right after a verb that is neither one of plain saying nor a manner of speaking are its object, a
            // fragment; not an exclamation or a question (tweeted "a great day for America!"); a label's words are read below.)
            if (cueRightBefore && char.IsLower(first) && IsWordToken(before) && !IsPlainSayingVerb(before) && !IsAsSaying(before - 1)
                && CueAt(before, open, out CueFlags objectFlags) > 0 && (objectFlags & CueFlags.DirectOnly) == 0
                && !Word(before).StartsWith("label", StringComparison.OrdinalIgnoreCase) && _text[pair.ContentEnd - 1] is not ('!' or '?')
                && IsNounPhraseInside(pair))
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
            int inside = FirstInside(pair);
            bool thatClause = Is(inside, "that") && char.IsLower(_text[_tokens[inside].Start]) && before >= 0 && _tokens[before].Kind == TokenKind.Word
                              && _paragraph[before] == para && IsWordToken(inside + 1) && !QuoteWords.FiniteVerbs.Contains(Word(inside + 1));
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
                    || !opensParagraph && preEmpty && TryAttributeFromPreviousSentence(open, out cs, out ce, out ss, out se)
                    || (preEmpty || AfterDateline(lower, open) == open) && ClosesSentence(closeEnd) && TryAttributeFromNextSentence(closeEnd, out cs, out ce, out ss, out se))
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
                             || gapIsAttribution && !next.Own && gapWords <= 40 && !SentenceBetween(a.CloseToken, b.OpenToken, cs);
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
    /// refused a breath test", "and asking for his mother"); "continued to believe ..." goes on with the report it is in.
    /// </summary>
    private bool ReportsHere(int k, CueFlags flags, int b)
    {
        if ((flags & CueFlags.Infinitive) != 0 && (flags & CueFlags.ThatOnly) == 0)
        {
            return Is(k + 1, "to") || k + 1 < b && IsLyAdverb(k + 1) && Is(k + 2, "to");
        }

        if ((flags & CueFlags.ThatOnly) != 0)
        {
            if (Word(k).StartsWith("continu", StringComparison.OrdinalIgnoreCase) && Is(k + 1, "to") && IsBeliefVerb(k + 2) && !ThatWithin(k + 2, Math.Min(b, k + 7)))
            {
                return false; // ("was reviewing the decision and continued to believe ...": a belief going on, the same report; not
                              // "and continued to argue the cuts would hurt" nor "and continued to defend the notion that ...")
            }

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

    /// <summary>Whether "that" stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool ThatWithin(int from, int to)
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
               && !(QuoteWords.DayAndMonthNames.Contains(Word(k - 2)) && Is(k - 3, "on")) // ("used his speech on Thursday to warn")
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
    /// "As one researcher put it, the data are "a mess."": an "as" clause with "put it" that opens the sentence attributes
    /// the main clause after its comma (past the clause's time or place: "as Jackson put it in 1952,"); set off inside the
    /// sentence, it attributes the words after it ("..., as the magazine put it in a profile, "the operator.""), or the clause
    /// around it when no verb comes before it; closing the sentence or before a conjunction, the last clause before it.
    /// </summary>
    private bool TryAsPutIt(int k, int a, int b, out Found quote)
    {
        quote = default;
        if (!SubjectBefore(k, a, out int ss, out int se) || ss - 1 < a || !Is(ss - 1, "as"))
        {
            return false;
        }

        // "..., as The New Yorker put it in a lengthy profile, "the operator."": set off by a comma inside the sentence, the
        // clause attributes the words after it, or, closing the sentence, the words before it ("... is a "lawful source of
        // income," as a Homeland Security memo put it.").
        bool opens = ss - 1 == FirstWordAt(a);
        // (The comma may close the quoted words: "... income," as a memo put it.)
        int comma = ss - 2;
        int before = comma > a && _tokens[comma].Kind == TokenKind.Quote && _region[comma] != NoRegion && IsPunct(comma - 1, ',') ? comma + 1 : comma;
        if (!opens && !(comma > a && (IsPunct(comma, ',') || before != comma)))
        {
            return false;
        }

        for (int m = k + 2; m < b && m <= k + 8; m++)
        {
            if (IsPunct(m, ',') && m < b - 1)
            {
                // ("Trump won the state easily, as many analysts put it, and Democrats lost ground": before a conjunction the
                // attribution closes the clause before it.)
                if (!opens && (QuoteWords.ClauseBreaks.Contains(Word(m + 1)) || Is(m + 1, "and") || Is(m + 1, "or") || Is(m + 1, "so")
                               || QuoteWords.Subordinators.Contains(Word(m + 1))))
                {
                    return MakeReported(LastClauseStart(a, comma), before, k, k + 2, ss, se, out quote);
                }

                // ("The economy, as one analyst put it, is running hot.": inside a clause with no verb before it, the clause
                // around the attribution is what was said.)
                int from = !opens && IsWordToken(m + 1) && char.IsLower(_text[_tokens[m + 1].Start]) && !HasClauseVerb(a, comma) ? a : m + 1;
                return (IsWordToken(m + 1) || _tokens[m + 1].Kind == TokenKind.Quote) && MakeReported(from, ClauseEnd(m + 1, b), k, k + 2, ss, se, out quote);
            }

            if (IsTerminator(m) || m == b - 1 && !IsWordToken(m))
            {
                return !opens && MakeReported(LastClauseStart(a, comma), before, k, k + 2, ss, se, out quote);
            }

            if (!IsWordToken(m) || !(QuoteWords.VerbAdjuncts.Contains(Word(m)) || IsCapitalized(m) || _tokens[m].Kind == TokenKind.Number || IsYear(m)
                                     || QuoteWords.GenericAddressees.Contains(Word(m))
                                     || !opens && (QuoteWords.Articles.Contains(Word(m)) || IsMediumNoun(m)
                                                   || IsWordToken(m) && char.IsLower(_text[_tokens[m].Start]) && !IsVerbLikeCue(m) && !Is(m, "that"))))
            {
                return false;
            }
        }

        return !opens && k + 2 >= b && MakeReported(LastClauseStart(a, comma), before, k, k + 2, ss, se, out quote);
    }

    /// <summary>
    /// Where the last clause before <paramref name="end"/> starts: after the nearest comma of the writer's with a clause verb
    /// after it ("Members echo her concerns because, while most applicants must meet work requirements, the main requirement
    /// is a "lawful source of income," as a memo put it": the main requirement ...), else <paramref name="a"/>.
    /// </summary>
    private int LastClauseStart(int a, int end)
    {
        // One pass back: each stretch between two commas is read for a verb once.
        bool verb = false;
        int stretchEnd = end;
        for (int m = end - 1; m > a; m--)
        {
            if (IsPunct(m, ',') && _region[m] == NoRegion)
            {
                verb |= HasClauseVerb(m + 1, stretchEnd, quotedAsWords: true);
                stretchEnd = m;
                if (verb && IsWordToken(m + 1) && !IsListComma(m))
                {
                    return m + 1;
                }
            }
        }

        return a;
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
    /// Whether a pair's words read as a noun phrase, not a clause: no auxiliary, finite verb, pronoun or relative word, in at
    /// most twelve words after a determiner ("a politics of hope") or four without one ("ties of any consequence").
    /// </summary>
    private bool IsNounPhraseInside(QuoteMarkPair p)
    {
        int first = FirstInside(p);
        if (first >= p.CloseToken || !IsWordToken(first))
        {
            return false;
        }

        int limit = QuoteWords.Determiners.Contains(Word(first)) ? 12 : 4;
        int words = 0;
        for (int m = first; m < p.CloseToken; m++)
        {
            if (_tokens[m].Kind is TokenKind.Clitic || IsTerminator(m) && m < p.CloseToken - 1
                || IsWordToken(m) && (++words > limit || QuoteWords.Auxiliaries.Contains(Word(m)) || QuoteWords.FiniteVerbs.Contains(Word(m))
                                      || QuoteWords.PersonalPronouns.Contains(Word(m)) || QuoteWords.ObjectPronouns.Contains(Word(m))
                                      || QuoteWords.RelativeStarts.Contains(Word(m))))
            {
                return false; // ("lock her up": a chant; "a leader who has faced ...": a clause)
            }
        }

        return words > 0;
    }

    /// <summary>
    /// The first token inside a pair's opening mark: after both apostrophes of a doubled mark (''Politicking'').
    /// </summary>
    private int FirstInside(QuoteMarkPair p)
    {
        int first = p.OpenToken + 1;
        return first < p.CloseToken && _tokens[first].Kind == TokenKind.Quote && _tokens[first].Start == _tokens[p.OpenToken].End
               && _text[_tokens[first].Start] == _text[_tokens[p.OpenToken].Start]
            ? first + 1
            : first;
    }

    /// <summary>
    /// Quoted words in title case right after a noun for a work, perhaps with a comma (her new film "The Salt Road", the
    /// memoir, "Notes from the Wings", a book titled "Crippled America"), or in any case after a maker's "of" (the author of
    /// "iGen"), or a headline with its byline after it (""Met accused of whitewashing baby Jesus," by the New York Post's Amy
    /// Spencer"). A title, not anyone's words.
    /// </summary>
    private bool IsWorkTitle(int pair)
    {
        QuoteMarkPair p = _pairs[pair];
        int inside = FirstInside(p);
        int before = p.OpenToken - 1;
        int byline = p.CloseToken + CloseWidth(p.CloseToken);
        bool comma = _text[p.ContentEnd - 1] == ',';
        if (byline < _tokens.Length && IsPunct(byline, ','))
        {
            byline++;
            comma = true;
        }

        if (comma && p.Parts.Length == 1 && Is(byline, "by") && byline + 1 < _tokens.Length && _paragraph[byline] == _paragraph[p.CloseToken]
            && (Is(byline + 1, "the") && !Is(byline + 2, "way") || IsCapitalized(byline + 1)))
        {
            return true;
        }
        if (IsPunct(before, ','))
        {
            before--;

            // ("his first album in six years, "Gravel Roads,"": the work's noun may carry a short phrase before the comma.)
            for (int w = before - 2; w >= 0 && w >= before - 5; w--)
            {
                if (!IsWordToken(w + 1) && _tokens[w + 1].Kind != TokenKind.Number)
                {
                    break;
                }

                if (_tokens[w].Kind == TokenKind.Word && QuoteWords.WorkNouns.Contains(Word(w))
                    && (Is(w + 1, "in") || Is(w + 1, "of") || Is(w + 1, "since") || Is(w + 1, "for") || Is(w + 1, "from")))
                {
                    before = w;
                    break;
                }
            }
        }

        // "the author of "iGen,"", "the host of "Morning Joe"": a maker's work, whatever its case.
        if (before > 1 && Is(before, "of") && p.Parts.Length == 1 && CountWords(inside, p.CloseToken) <= 8
            && QuoteWords.MakerNouns.Contains(Word(before - 1)))
        {
            return true;
        }

        if (before < 0 || _tokens[before].Kind != TokenKind.Word || !QuoteWords.WorkNouns.Contains(Word(before)) || p.Parts.Length != 1
            || !IsCapitalized(inside) || CountWords(inside, p.CloseToken) > 12)
        {
            return false;
        }

        // Title case leaves short function words lowercase: "Notes from the Wings".
        int capitals = CountCapitalized(inside, p.CloseToken, out int words);
        return capitals * 2 >= words;
    }

    /// <summary>A title or a name given in quotation marks (<see cref="IsWorkTitle"/>, <see cref="IsNameGiven"/>): no one's words.</summary>
    private bool IsNoOnesWords(int pair) => IsWorkTitle(pair) || IsNameGiven(pair) || IsTitleAsModifier(pair);

    /// <summary>
    /// Quoted words in title case, at most six and no sentence, after a broadcaster's possessive ("Fox News Channel's
    /// "Hannity,"", "NBC's "Meet the Press"") or between a determiner or a possessive and a noun for a work or a show ("the
    /// "Perception" syllabus", "the "Fantastic Four" reboot", "his "Keepin' It Real" radio program" is not: "radio" comes
    /// first) or right after such a noun ("the MSNBC show "Morning Joe""): the name of a show, a course or a work, not anyone's
    /// words (not "Rick Perry's "Oops"", a "Gang of Eight" bill").
    /// </summary>
    private bool IsTitleAsModifier(int pair)
    {
        QuoteMarkPair p = _pairs[pair];
        int before = p.OpenToken - 1;
        if (before < 1 || !IsShortTitle(p))
        {
            return false;
        }

        // A broadcaster's possessive ("NBC's", "MSNBC's"), or a name ending in "Channel", "News", "Network" (not "the NRA's "Good
        // Guy With a Gun" argument": an organization's slogan is its words).
        if (_tokens[before].Kind == TokenKind.Clitic && IsWordToken(before - 1)
            && (QuoteWords.Broadcasters.Contains(Word(before - 1)) || Is(before - 1, "Channel") || Is(before - 1, "News") || Is(before - 1, "Network")))
        {
            return true;
        }

        // In apposition to a noun for a work or a show after its determiner or owner: "the MSNBC show "Morning Joe"", "her memoir
        // "Living History"" (not a hearer: "told the class "Be Ready"", "told the show "No Comment"").
        if (IsWordToken(before) && char.IsLower(_text[_tokens[before].Start]) && QuoteWords.WorkNouns.Contains(Word(before))
            && !Is(before, "titled") && !Is(before, "entitled") && NounAfterOwnerNotHeard(before))
        {
            return true;
        }

        int after = p.CloseToken + CloseWidth(p.CloseToken);
        return after < _tokens.Length && (IsWordToken(before) && QuoteWords.Determiners.Contains(Word(before)) || _tokens[before].Kind == TokenKind.Clitic)
               && _tokens[after].Kind == TokenKind.Word && char.IsLower(_text[_tokens[after].Start])
               && (QuoteWords.WorkNouns.Contains(Word(after)) || QuoteWords.ShowNouns.Contains(Word(after)));
    }

    /// <summary>Whether quoted words in one part are in title case, at most six and no sentence: "Meet the Press", "Morning Joe".</summary>
    private bool IsShortTitle(QuoteMarkPair p)
    {
        int inside = FirstInside(p);
        if (p.Parts.Length != 1 || inside >= p.CloseToken || !IsCapitalized(inside))
        {
            return false;
        }

        int capitals = CountCapitalized(inside, p.CloseToken, out int words);
        return words > 0 && words <= 6 && capitals * 2 >= words && !HasTerminator(inside, p.CloseToken);
    }

    /// <summary>
    /// Whether the noun at <paramref name="noun"/> follows a determiner or an owner ("the MSNBC show", "her memoir", "Fox's
    /// show"), up to two modifiers between, with no verb of saying before them (a hearer: "told the show").
    /// </summary>
    private bool NounAfterOwnerNotHeard(int noun)
    {
        for (int m = noun - 1; m >= 0 && m >= noun - 3; m--)
        {
            if (_tokens[m].Kind == TokenKind.Clitic && IsPossessiveClitic(m)
                || IsWordToken(m) && QuoteWords.Determiners.Contains(Word(m)))
            {
                int v = _tokens[m].Kind == TokenKind.Clitic ? m - 2 : m - 1;
                return !(v >= 0 && IsWordToken(v) && CueAt(v, Math.Min(_tokens.Length, v + 4), out _) > 0);
            }

            if (!IsWordToken(m))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Quoted words of at most eight words right after "titled", a passive verb that gives a name ("nicknamed "the Oracle"",
    /// "dubbed "Martha's Law"") or a verb of making with title case ("wrote "The Long Road""): a name, not anyone's words.
    /// </summary>
    private bool IsNameGiven(int pair)
    {
        QuoteMarkPair p = _pairs[pair];
        int inside = FirstInside(p);
        int before = p.OpenToken - 1;
        if (before < 0 || _tokens[before].Kind != TokenKind.Word || p.Parts.Length != 1 || CountWords(inside, p.CloseToken) > 8)
        {
            return false;
        }

        if (Is(before, "titled") || Is(before, "entitled"))
        {
            return true;
        }

        if (QuoteWords.WorkVerbs.Contains(Word(before)) && IsTitleCase(inside, p.CloseToken))
        {
            return true;
        }

        // Active, a name in title case in a relative clause: "the update, which the company calls "Liquid Glass,"", "what Apple
        // calls "Project Titan"". A product's or a plan's name, not anyone's words ("what it calls "sensible gun laws"" and
        // "which he called "a disgrace"" are words: not title case).
        if (QuoteWords.NamingVerbs.Contains(Word(before)) && IsTitleCase(inside, p.CloseToken)
            && IsCapitalized(inside))
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
            // (""It works." Not everyone is convinced.": a passive or an adjective in "-ed" after "is" says how someone stands, not
            // who spoke.)
            // (""We can approve a loan in three minutes." The service will launch in January, the companies said.": an
            // attribution that closes a sentence of its own attributes that sentence.)
            if (ClosesWithPeriod(from) && spkStart >= 0 && spkStart < cueStart && cueEnd < _tokens.Length && _sentence[cueStart] >= 0
                && _sentence[cueStart] != _sentence[Math.Max(0, from - 1)]
                && (!(TailIsShort(cueEnd, SentenceEnd(cueStart)) || IsPhraseTail(cueEnd, SentenceEnd(cueStart))) || IsPassive(cueStart, spkEnd)
                    || CountWords(SentenceStart(cueStart), spkStart) >= 2))
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

            if (Is(k - 1, "of") && IsTrailingParticiple(k))
            {
                continue; // ""...," the head of forecasting, Sipho Mokoena, told the Guardian.": a gerund after "of" names a field
            }

            if (Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                // (""We will rebuild," the ruling party said.": after a determiner or a possessive, an adjective.)
                if (k - 1 >= from && (QuoteWords.Determiners.Contains(Word(k - 1)) || QuoteWords.PossessivePronouns.Contains(Word(k - 1))
                                      || IsPossessiveClitic(k - 1)))
                {
                    continue;
                }

                return false; // (""ties of any consequence," aside from the two men knowing each other": no verb of the quote's)
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
            // ("“Low Tide,” a thriller set on the Oregon coast, opens ...": a title in title case and a work after it; not ""We Are
            // Not Afraid," a student scribbled on the chalkboard".)
            if (closes && SubjectBefore(v, first, out spkStart, out spkEnd) && spkStart == first
                && !(IsTitleCase(FirstInside(pair), pair.CloseToken) && QuoteWords.WorkNouns.Contains(Word(spkEnd - 1))))
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
    /// Whether [<paramref name="from"/>, <paramref name="to"/>) holds a lower-case noun before a preposition, after a
    /// possessive: "Australia's minister for the Pacific", "South Sudan's ambassador to the U.N." (a role, not a name).
    /// </summary>
    private bool HasRoleNoun(int from, int to)
    {
        bool possessive = false;
        for (int n = from; n < to; n++)
        {
            possessive |= _tokens[n].Kind == TokenKind.Clitic;
            if (possessive && _tokens[n].Kind == TokenKind.Word && char.IsLower(_text[_tokens[n].Start]) && n + 1 < to
                && (Is(n + 1, "for") || Is(n + 1, "to") || Is(n + 1, "of") || Is(n + 1, "in") || Is(n + 1, "at") || Is(n + 1, "on")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A sentence that opens with a short noun phrase, one to three descriptions set off by commas, and a verb: "One early
    /// supporter, Representative Lee Zeldin, Republican of New York, gave ...". The speaker is the name in the first
    /// description when the head is a common noun phrase ("One early supporter", or one that ends in a lowercase word:
    /// "Nevada's governor"), else the head; the head also when that description is a relative clause ("The authors of the
    /// report, which include ...").
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
        if (!IsCapitalized(from) || QuoteWords.Determiners.Contains(Word(from)) || QuoteWords.PronounLikeDeterminers.Contains(Word(from))
            || _tokens[head - 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[head - 1].Start]) || HasRoleNoun(from, head))
        {
            // ("The authors of the report, which include the U.S. PIRG Education Fund ..., combed ...": no name in a relative
            // clause.)
            if (QuoteWords.RelativeStarts.Contains(Word(appositive)))
            {
                return true;
            }

            // "One early supporter, Representative Lee Zeldin, ...", "Nevada's governor, Brian Sandoval, ...": the name in the
            // description, its last run of two capitalized words or more ("former Pittsburgh mayor Dennis Oduya").
            for (int n = appositive; n < appositiveEnd; n++)
            {
                if (!IsCapitalized(n))
                {
                    continue;
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

                n = e;
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

    /// <summary>
    /// Whether a whole sentence of the writer's other than the attribution's (at <paramref name="cue"/>) stands between the
    /// quote that closes at <paramref name="close"/> and the one that opens at <paramref name="open"/> (""A," Renzi said. The
    /// summit accomplished "too little," he added. "B.""; not ""A," he said. "B."" or ""A?" Trump went on. "B."").
    /// </summary>
    private bool SentenceBetween(int close, int open, int cue)
    {
        int first = _sentence[close], last = _sentence[open], own = _sentence[cue];
        return first >= 0 && last >= 0 && last - first >= (own > first && own < last ? 3 : 2);
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

        if (PossessorsWords(open, lower, out cueStart, out cueEnd, out spkStart, out spkEnd))
        {
            return true;
        }

        // "Said one nurse, who asked not to be named: "We are ready."": a sentence that opens with an inverted "Said" and its
        // speaker introduces the quote; the verbs of the speaker's description are not its attribution.
        int s0 = SentenceStart(open);
        if (s0 >= lower && s0 + 1 < open && (Is(s0, "said") || Is(s0, "says")) && IsCapitalized(s0) && SubjectAfter(s0 + 1, open, out spkStart, out spkEnd))
        {
            (cueStart, cueEnd) = (s0, s0 + 1);
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

                // ("But as the architect Declan Farrelly put it at a conference, "..."": a conjunction may open the sentence.)
                if (Is(a, "as") && (a == SentenceStart(a) || IsPunct(a - 1, ',') || a == lower
                                    || a - 1 == SentenceStart(a) && (Is(a - 1, "but") || Is(a - 1, "and") || Is(a - 1, "yet") || Is(a - 1, "so")))
                    && SubjectAfter(a + 1, k - 1, out spkStart, out spkEnd))
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
        // ("CLAIM: "...", "THE FACTS: "...": a fact check's label, no speaker.)
        if (k + 1 < open && IsPunct(k + 1, ':') && k >= lower && IsCapitalized(k) && k - lower <= 6
            && NounPhraseBefore(k, lower, out spkStart, out spkEnd) && IsCapitalized(spkStart)
            && !QuoteWords.NotSpeakerLabels.Contains(Word(spkStart)) && !QuoteWords.NotSpeakerLabels.Contains(Word(k))
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
    /// "Her answer: "..."", "Kovalenko's reply was short: "..."", "His message to fans was simple: "..."": a sentence that
    /// opens with a possessor and a noun for what was said, up to six words after it and a colon, introduces the possessor's
    /// words; the noun is the cue.
    /// </summary>
    private bool PossessorsWords(int open, int lower, out int cueStart, out int cueEnd, out int spkStart, out int spkEnd)
    {
        cueStart = cueEnd = spkStart = spkEnd = -1;
        int colon = open - 1;
        if (colon <= lower || !IsPunct(colon, ':'))
        {
            return false;
        }

        int s = Math.Max(lower, SentenceStart(colon));
        int noun;
        if (IsWordToken(s) && QuoteWords.PossessivePronouns.Contains(Word(s)) && !Is(s, "its") && !Is(s, "our") && !Is(s, "my") && !Is(s, "your"))
        {
            (spkStart, spkEnd, noun) = (s, s + 1, s + 1);
        }
        else
        {
            int e = s;
            while (e < colon && e < s + 4 && IsCapitalized(e))
            {
                e++;
            }

            if (e == s || e >= colon || !IsPossessiveClitic(e))
            {
                return false;
            }

            (spkStart, spkEnd, noun) = (s, e, e + 1);
        }

        if (noun >= colon || !IsWordToken(noun) || !QuoteWords.SpeechNouns.Contains(Word(noun)) || colon - noun - 1 > 6)
        {
            (spkStart, spkEnd) = (-1, -1);
            return false;
        }

        for (int m = noun + 1; m < colon; m++)
        {
            if (!IsWordToken(m))
            {
                (spkStart, spkEnd) = (-1, -1);
                return false; // ("Her answer, when pressed, was ...:": more than a short lead-in)
            }
        }

        (cueStart, cueEnd) = (noun, noun + 1);
        return true;
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

        for (int m = p; m < limit && m < p + 10; m++)
        {
            // ("MUMBAI: The party won ...", "ISLAMABAD: ...": a place in capitals and a colon, as South Asian papers write it.)
            if (m > p && m - p <= 3 && IsPunct(m, ':') && IsAllCapitals(p) && (p == 0 || _paragraph[p - 1] != _paragraph[p]) && IsPlaceAt(p, m))
            {
                return m + 1;
            }

            if (m > p && _tokens[m].Kind == TokenKind.Dash && _tokens[m].Start > _tokens[m - 1].End
                && (IsPunct(m - 1, ')') || m - p <= 9 && IsAllCapitals(p)
                    || m - p <= 3 && (p == 0 || _paragraph[p - 1] != _paragraph[p]) && IsCapitalized(m + 1) && IsPlaceAt(p, m)))
            {
                // ("Warsaw — Polish farmers blocked ...": a place in title case that opens the paragraph, too; not "China — not the
                // United States — will lead ...", an aside.)
                return m + 1;
            }

            // ("WELLINGTON, Feb 21 -", "SYDNEY, March 3 (AAP) -": a date in the dateline; "SPRINGFIELD, Ill. —": a state's
            // abbreviation and its period; "GOMA, Democratic Republic of the Congo —": a country's name with "of the".)
            if (!(IsCapitalized(m) || IsPunct(m, '(') || IsPunct(m, ')') || IsPunct(m, ',') || m > p && _tokens[m].Kind == TokenKind.Number
                  || m > p && IsPunct(m, '.') && IsCapitalized(m - 1) && _tokens[m].Start == _tokens[m - 1].End
                  || m > p + 2 && IsAllCapitals(p) && (Is(m, "of") && IsCapitalized(m - 1) || Is(m, "the") && Is(m - 1, "of") || Is(m, "and") && IsCapitalized(m - 1))))
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
    /// A quote that closes its sentence, attributed by the sentence right after it: "That is how Rosa Villanueva, 62,
    /// describes the moment ...", "That is how the mayor put it.", "Those were Graham Tulloch's words at the dinner".
    /// </summary>
    private bool TryAttributeFromNextSentence(int after, out int cueStart, out int cueEnd, out int spkStart, out int spkEnd)
    {
        cueStart = cueEnd = spkStart = spkEnd = -1;
        int s = after;
        if (s + 3 >= _tokens.Length || !(Is(s, "That") || Is(s, "This") || Is(s, "Those")) || !IsCapitalized(s)
            || !(Is(s + 1, "is") || Is(s + 1, "was") || Is(s + 1, "were") || Is(s + 1, "are") || Is(s + 1, "'s") || Is(s + 1, "’s")))
        {
            return false;
        }

        int end = SentenceEnd(s);
        if (Is(s + 2, "how"))
        {
            // "That is how Rosa Villanueva, 62, describes the moment": the subject of the verb of saying after "how".
            for (int c = s + 3; c < end && c <= s + 12; c++)
            {
                // ("That is how the mayor put it.")
                if ((Is(c, "put") || Is(c, "puts")) && Is(c + 1, "it") && SubjectBefore(c, s + 3, out int ps, out int pe) && ps == s + 3)
                {
                    (cueStart, cueEnd, spkStart, spkEnd) = (c, c + 2, ps, pe);
                    return true;
                }

                int n = CueAt(c, end, out CueFlags flags);
                if (n > 0 && (flags & CueFlags.Phrase) == 0 && char.IsLower(_text[_tokens[c].Start]) && SubjectBefore(c, s + 3, out int ss, out int se) && ss == s + 3)
                {
                    (cueStart, cueEnd, spkStart, spkEnd) = (c, c + n, ss, se);
                    return true;
                }
            }

            return false;
        }

        // "Those were Graham Tulloch's words", "That was the mayor's verdict": a possessor and the words.
        for (int m = s + 2; m + 1 < end && m <= s + 6; m++)
        {
            if (IsPossessiveClitic(m) && (Is(m + 1, "words") || Is(m + 1, "verdict") || Is(m + 1, "message") || Is(m + 1, "response") || Is(m + 1, "reply")))
            {
                int first = m;
                while (first - 1 >= s + 2 && (IsCapitalized(first - 1) || _tokens[first - 1].Kind == TokenKind.Word && QuoteWords.Articles.Contains(Word(first - 1))))
                {
                    first--;
                }

                if (first < m && IsCapitalized(m - 1))
                {
                    (cueStart, cueEnd, spkStart, spkEnd) = (m + 1, m + 2, first, m);
                    return true;
                }

                return false;
            }
        }

        return false;
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
}
