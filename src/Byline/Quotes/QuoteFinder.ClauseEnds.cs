using Byline.Internal;
using Byline.Text;

namespace Byline.Quotes;

// Where a reported clause ends: the writer's comments, asides, second reports and closing descriptions that follow it.
internal sealed partial class QuoteFinder
{
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
        // ("voted against it the next day", "slammed it on Tuesday": "it" then a time or a place is the whole object.)
        if (Is(j, "it") && j + 1 < end && (Is(j + 1, "the") && (Is(j + 2, "next") || Is(j + 2, "following")) || Is(j + 1, "last") || Is(j + 1, "this")
                                           || Is(j + 1, "on") || Is(j + 1, "in")))
        {
            return j + 1;
        }

        if (Is(j, "him") || Is(j, "them") || Is(j, "me") || Is(j, "us") || Is(j, "one") && !Is(j + 1, "of"))
        {
            e = j + 1; // ("endorsed one in July")
        }
        else
        {
            while (e < end && _region[e] == NoRegion && (IsCapitalized(e) || e > j && IsPunct(e, '.') && _tokens[e].Start == _tokens[e - 1].End))
            {
                e++;
            }
        }

        if (e > j && e + 1 < end && Is(e, "by") && Is(e + 1, "name"))
        {
            return e + 2; // "did not mention Trump by name": the manner is part of what was (not) said
        }

        // (Not "lauded Mr. Clarke in his state-of-the-state address for helping ...": the reason after the occasion goes on.)
        if (e > j && e < end && (_tokens[e].Kind == TokenKind.Word && QuoteWords.ObjectEnds.Contains(Word(e)) && !AndJoinsSecondObject(e, end)
                                    && !((Is(e, "in") || Is(e, "at") || Is(e, "on")) && ReasonAfterOccasion(e, end))
                                 || (Is(e, "in") || Is(e, "on")) && e + 1 < end && (IsYear(e + 1) || QuoteWords.OccasionNouns.Contains(Word(e + 1))
                                                                                   || QuoteWords.DayAndMonthNames.Contains(Word(e + 1)))))
        {
            return e;
        }

        // (Whether the object has a verb of its own before m, read once over the loop: the scan stays linear.)
        var verbs = new ClauseVerbScan(j);

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

            // (Not "the mood at Tuesday's closed-door lunch": a day with its possessive is the noun's modifier.)
            if (QuoteWords.JudgmentAdjuncts.Contains(Word(m)) && _tokens[m].Kind == TokenKind.Word && !(m + 1 < end && IsPossessiveClitic(m + 1))
                || m > j + 1 && IsMainVerbAfterObject(j, m)
                // ("Fans who asked for refunds were turned away": after a one-word object, the main clause's auxiliary.)
                || m == j + 1 && (Is(m, "were") || Is(m, "was")) && IsLowerNoun(j) && IsPastTense(m + 1)
                || IsPunct(m, ',') && m + 1 < end && QuoteWords.RelativeStarts.Contains(Word(m + 1))
                // ("who voted against the union, and who asked not to be named, said": a second relative clause.)
                || IsPunct(m, ',') && m + 2 < end && Is(m + 1, "and") && QuoteWords.RelativeStarts.Contains(Word(m + 2))
                || IsOccasionPhrase(m, end) && !ReasonAfterOccasion(m, end)
                || IsPunct(m, ',') && (Is(m + 1, "with") || Is(m + 1, "despite"))
                // ("a Republican who described himself as a religious Catholic, said he recoiled": the main clause's verb.)
                || IsPunct(m, ',') && m + 1 < end && IsVerbLikeCue(m + 1) && char.IsLower(_text[_tokens[m + 1].Start])
                   && !Word(m + 1).EndsWith("ing", StringComparison.Ordinal)
                // ("described themselves as liberals with about three in 10 saying ...": another speaker's report.)
                || Is(m, "with") && WithSayingAt(m, end)
                || Is(m, "this") && m <= j + 3 && m + 1 < end && QuoteWords.OccasionNouns.Contains(Word(m + 1))
                || Is(m, "even") && Is(m + 1, "as")
                // "charged the officer with murder and Emanuel fired his police chief", "has not endorsed Trump and Illinois's
                // Mark Kirk withdrew his support": after the judged object, "and" with a subject and verb of its own opens
                // the writer's next clause.
                || Is(m, "and") && NewSubjectAndVerbAt(m + 1, end) && !verbs.Before(this, m)
                // ("We asked for a fair hearing, the lawyer told reporters.": the attribution that closes the sentence.)
                || IsPunct(m, ',') && ClosingAttributionAt(m + 1, end))
            {
                return m;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether "and" at <paramref name="e"/>, after a name object, joins a second object rather than a verb or a clause: a name
    /// ("Sanders and Warren") or a possessive's noun ("endorsed Jim Brady and his wife, Sarah"; not "Zika and his campaign did
    /// not respond").
    /// </summary>
    private bool AndJoinsSecondObject(int e, int end) =>
        Is(e, "and") && (IsCapitalized(e + 1)
                         || QuoteWords.PossessivePronouns.Contains(Word(e + 1)) && IsLowerNoun(e + 2) && !IsLikelyVerb(e + 2) && !NewSubjectAndVerbAt(e + 1, end)
                            && !(e + 3 < end && (QuoteWords.FiniteVerbs.Contains(Word(e + 3)) || IsPastTense(e + 3))));

    /// <summary>"with about three in 10 saying ...": a "with" phrase whose noun has a participle of saying of its own.</summary>
    private bool WithSayingAt(int m, int end)
    {
        // (Not "differences with Trump while saying ...": the participle of a clause of time is the subject's own.)
        for (int i = m + 1; i < end && i <= m + 7 && IsWordToken(i) && !QuoteWords.Subordinators.Contains(Word(i)); i++)
        {
            if (i > m + 1 && (Is(i, "saying") || Is(i, "telling") || Is(i, "arguing") || Is(i, "claiming") || Is(i, "insisting")
                              || Is(i, "noting") || Is(i, "adding")))
            {
                return true;
            }
        }

        return false;
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
    /// Whether the phrase of occasion at <paramref name="m"/> is followed, before any comma, by the reason of the judgment, "for"
    /// and an -ing verb or a possessive and a noun of doing ("lauded Mr. Clarke in his state-of-the-state address for helping
    /// develop ...", "criticized Smith in an interview for his handling of ..."): the reason is what was said, and the occasion
    /// stays inside the report with it. ("in an op-ed for the Washington Post", "at a fundraiser for her campaign": the
    /// occasion's own "for".)
    /// </summary>
    private bool ReasonAfterOccasion(int m, int end)
    {
        for (int i = m + 1; i < end - 1 && i <= m + 8; i++)
        {
            if (_region[i] != NoRegion || !IsWordToken(i) && _tokens[i].Kind != TokenKind.Clitic && !IsPunct(i, '-'))
            {
                return false;
            }

            if (!Is(i, "for") || !IsWordToken(i + 1))
            {
                continue;
            }

            if (Word(i + 1).EndsWith("ing", StringComparison.Ordinal))
            {
                return true;
            }

            if (QuoteWords.PossessivePronouns.Contains(Word(i + 1)) && i + 2 < end && IsActionNoun(i + 2))
            {
                return !(QuoteWords.Occasions.Contains(Word(i - 1)) || QuoteWords.Media.Contains(Word(i - 1)) || QuoteWords.OccasionNouns.Contains(Word(i - 1)));
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a verb of its own (<see cref="HasClauseVerb"/>) stands between a start and a position that only grows, read
    /// once over a loop so the scan stays linear. Read in pieces, <see cref="HasClauseVerb"/> does not see the word before a
    /// piece.
    /// </summary>
    private struct ClauseVerbScan(int start)
    {
        private int _checkedTo = start;
        private bool _found;

        /// <summary>Whether a clause verb stands in [start, <paramref name="m"/>).</summary>
        public bool Before(QuoteFinder finder, int m)
        {
            if (!_found && _checkedTo < m)
            {
                _found = finder.HasClauseVerb(_checkedTo, m);
                _checkedTo = m;
            }

            return _found;
        }
    }

    /// <summary>A noun of doing: "handling", "treatment", "decision", "failure" (-ing, -ment, -ion, -ure).</summary>
    private bool IsActionNoun(int i) =>
        IsWordToken(i) && char.IsLower(_text[_tokens[i].Start])
        && (Word(i).EndsWith("ing", StringComparison.Ordinal) || Word(i).EndsWith("ment", StringComparison.Ordinal)
            || Word(i).EndsWith("ion", StringComparison.Ordinal) || Word(i).EndsWith("ure", StringComparison.Ordinal));

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
            // ("at last week's Commander-in-Chief Forum": a possessive inside the phrase.)
            if (_tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number) && !IsPunct(i, '-') && !IsPossessiveClitic(i))
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
                        || Is(m + 1, "even") && Is(m + 2, "as") // (""... to anybody," even as his rivals spent the weekend ...": the writer's)
                        || IsWordToken(m + 1) && char.IsLower(_text[_tokens[m + 1].Start]) && IsVerbLikeCue(m + 1) && CueAt(m + 1, b, out _) > 0 // (", citing "...," said ...")
                        // (""an orange buffoon," Susan said as ...": an attribution of its own; "the "Charleston loophole," a flaw
                        // in ...": the writer's gloss.)
                        || IsCapitalizedName(m + 1) && SubjectAndCue(m + 1, b)
                        || (Is(m + 1, "a") || Is(m + 1, "an")) && IsClosingDescription(m + 1, b)
                        || Is(m + 1, "and") && m + 2 < b && AnotherSpeakersReport(m + 2, b)
                        || RelativeWithOwnSpeaker(m + 1, b)
                        // (""focused on Colorado, full stop," then spent 40 minutes ...": the subject's next deed.)
                        || IsThenDeed(m + 1, b)
                        // (""on the table," remarks the commission quickly walked back": the writer's gloss on the words.)
                        || (Is(m + 1, "remarks") || Is(m + 1, "comments")) && AsClauseAt(m + 2, b)))
                {
                    end = m + 1;
                    break;
                }

                continue; // punctuation inside quoted words belongs to the speaker
            }

            bool asideDash = _tokens[m].Kind == TokenKind.Dash && (_tokens[m].Length >= 1 && _text[_tokens[m].Start] != '-' || m > 0 && _tokens[m].Start > _tokens[m - 1].End);
            if (asideDash && ClosingDash(m, b) is int close and > 0)
            {
                // ("When Clinton noted that Trump has not paid taxes ― as was true for ... ― Trump boasted, ...": after the
                // aside, a subject and its verb of saying open the main clause; an aside that opens with "as" is the
                // writer's, another one the report's: "After Johnson refused to rule out a tax - only if ... - he was ...".)
                if (InOpeningClause() && SubjectThenCue(close + 1, b))
                {
                    end = Is(m + 1, "as") ? m : close;
                    break;
                }

                m = close; // "families - gay, straight, adoptive and foster - would qualify": an aside inside the report
                continue;
            }

            if (IsPunct(m, ';') || asideDash && !(Is(m + 1, "including") || Is(m + 1, "especially") || (Is(m + 1, "and") || Is(m + 1, "or")) && !IsSubjectPronoun(m + 2) && CueAt(m + 2, b, out _) == 0
                                                  || Is(m + 1, "as") && Is(m + 2, "well")))
            {
                end = m; // an aside set off by a dash is the writer's
                break;
            }

            // (Not "the officer to be fired and charged": a second participle of the same passive.)
            // (But "be fired and defended Trump": a participle with an object of its own is a deed.)
            bool passivePair = Is(m, "and") && m - 2 >= j && (Is(m - 2, "be") || Is(m - 2, "been") || Is(m - 2, "being")) && IsPastTense(m - 1) && IsPastTense(m + 1)
                               && (m + 2 >= b || !IsWordToken(m + 2) || QuoteWords.NotSpeakerStarts.Contains(Word(m + 2)));
            // (Nor "Police say he posed a deadly threat and refused to drop the gun": a past deed after a present "say" goes on
            // with the report's own subject; a past verb of saying, "... and said", "... and called on", is the speaker's.)
            bool tenseShift = Is(m, "and") && IsPastTense(m + 1) && !QuoteWords.SayingPasts.Contains(Word(m + 1)) && PresentCueBefore(j) && HasPastVerb(j, m);
            // (Nor "said they supported the idea but worried about child care": a worry, no act of speaking, goes on with the
            // reported clause's own subject.)
            bool stateOfMind = (Is(m, "and") || Is(m, "but")) && (Is(m + 1, "worried") || Is(m + 1, "worries")) && HasClauseVerb(j, m);
            if (!passivePair && !tenseShift && !stateOfMind && (Is(m, "and") || Is(m, "but")) && m + 1 < b && (CueAt(m + 1, b, out CueFlags cf) > 0 && ((cf & CueFlags.DirectOnly) == 0 || IsVerbLikeCue(m + 1))
                                                                   && (ReportsHere(m + 1, cf, b) || !HasVerb(j, m))
                                                                || (Is(m + 1, "also") || Is(m + 1, "then") || Is(m + 1, "later") || Is(m + 1, "has") || Is(m + 1, "have") || IsLyAdverb(m + 1))
                                                                   && CueAt(m + 2, b, out CueFlags cf2) > 0 && ((cf2 & CueFlags.DirectOnly) == 0 || IsVerbLikeCue(m + 2))))
            {
                end = m; // "... but noted that ...", "... and criticized the party": a second report of the same speaker
                break;
            }

            // "Stroud said she would not, then added that ...": a comma and "then" before the speaker's next verb of saying.
            if (IsPunct(m, ',') && m > j && Is(m + 1, "then") && m + 2 < b && CueAt(m + 2, b, out CueFlags thenFlags) > 0 && IsVerbLikeCue(m + 2)
                && (thenFlags & CueFlags.DirectOnly) == 0)
            {
                end = m;
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

            // "decided not to enter the race and she performed well", "seek to minimize liabilities and creditors look to ...": after
            // an infinitive report, "and" with a subject and verb of its own opens the writer's next clause (not "to make sure
            // that Trump and Pence are ...", where the "and" joins the subjects of a clause inside the report).
            if (Is(m, "and") && Is(j, "to") && m > j + 2 && !IsPunct(m - 1, ',') && NewSubjectAndVerbAt(m + 1, b) && !HasSubordinator(j, m))
            {
                end = m;
                break;
            }

            // "agreed to release millions in cash so Mr. Clarke could start the work": after an infinitive report, "so" with a
            // subject and a modal of its own gives the writer's purpose.
            if (Is(m, "so") && Is(j, "to") && m > j + 2 && (IsSubjectPronoun(m + 1) && QuoteWords.ClauseAuxiliaries.Contains(Word(m + 2))
                                                         || NounPhraseThenModal(m + 1, b)))
            {
                end = m;
                break;
            }

            // "is highlighting his Iowa win as he urges conservatives to unite", "opposed it as he positioned himself for his run":
            // after an object with no verb of its own, an "as" clause with a subject of its own is the writer's time (not "just
            // as they did", a comparison that completes the report).
            if (Is(m, "as") && m > j && !Is(m - 1, "just") && (IsSubjectPronoun(m + 1) && !Is(m + 1, "it") && !Is(m + 1, "you") && !Is(m + 1, "i"))
                && IsPastOrPresentVerb(m + 2) && !HasClauseVerb(j, m))
            {
                end = m - 1 > j && Is(m - 1, "even") ? m - 1 : m; // ("... even as he defended ..."; "just as they did" compares)
                break;
            }

            // "endorsed Jeb Bush for president and midwifed the Gang of Eight bill", "denied the charges and counter-accused her of
            // battery": after an object with no verb of its own, "and" and a past verb open the subject's next deed.
            // ("called the figures "the result of hard work" and credited tougher enforcement": quoted words with no verb of their own
            // are part of the object.)
            if (Is(m, "and") && m > j && NextDeedAt(m + 1, b) && !HasClauseVerb(j, m, quotedAsWords: true))
            {
                end = m;
                break;
            }

            // "said the tragedy showed the need to ... and again called for EU funding", "said heavy rainfall was likely ... and
            // issued an orange alert": after a report whose subject is a thing, a deed of the kind a speaker does is the
            // speaker's (not "said he posed a threat and refused to drop the gun": a person's report may go on).
            if (Is(m, "and") && m > j + 2 && SpeakersDeedAt(m + 1, b) && !IsPersonSubject(j) && HasClauseVerb(j, m, quotedAsWords: true))
            {
                end = IsPunct(m - 1, ',') ? m - 1 : m;
                break;
            }

            if (Is(m, "and") && m + 2 < b && IsCapitalizedName(m + 1) && !QuoteWords.CapitalizedNonNames.Contains(Word(m + 1))
                && (CueAt(m + 2, b, out _) > 0 && IsVerbLikeCue(m + 2)
                    || IsCapitalizedName(m + 2) && CueAt(m + 3, b, out _) > 0 && IsVerbLikeCue(m + 3)))
            {
                end = m; // "... and Democrats accused the GOP of ...": another speaker's report
                break;
            }

            if (Is(m, "and") && IsPunct(m - 1, ',') && (AnotherSpeakersReport(m + 1, b) || NewReportWithThat(m + 1, b, anyStart: true) || BareSubjectSays(m + 1, b)))
            {
                end = m - 1; // "..., and the reports said ...", "..., and farm groups said ...": a second report with a speaker of its own
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

            // (Not "the Speaker was weighing a stopgap but had not yet floated it": a report with its own subject and verb goes on.)
            if ((Is(m, "but") || Is(m, "yet")) && m + 1 < b && QuoteWords.MatrixAuxiliaries.Contains(Word(m + 1)) && !HasClauseVerb(j, m, quotedAsWords: true))
            {
                end = m; // "... willingness to change the law but has been met with opposition": the subject's next deed
                break;
            }

            // "called for more school investment in a statement on Thursday.": the medium that closes the sentence is the writer's,
            // with its addressee ("announced her resignation in a letter to the board.").
            if (m > j + 1 && Is(m, "in") && (Is(m + 1, "a") || Is(m + 1, "an")) && m + 2 < b
                && (IsMediumNoun(m + 2) || IsWordToken(m + 3) && IsMediumNoun(m + 3))
                && (IsMediumNoun(m + 2) ? m + 3 : m + 4) is int afterMedium
                && (TailIsShort(m, b) || AddresseeTail(afterMedium, b) || ParticipleAfterComma(afterMedium, b)
                    // ("claimed responsibility in a video posted on TikTok": the medium and where it went out.)
                    || afterMedium < b && Word(afterMedium) is "posted" or "published" or "released" or "aired" or "broadcast" or "shared"))
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

            if (m > j + 2 && IsThenDeed(m + 1, b))
            {
                end = m; // "..., then spent 40 minutes talking about trade": the subject's next deed
                break;
            }

            // "..., as the corruption trial got underway", "..., as she opened a three-day bus tour": a clause of time with a
            // subject and a verb of its own is the writer's (not "as a way to ...", "as the press knows": a phrase, an
            // attribution).
            if (Is(m + 1, "as") && m > j + 2 && AsClauseAt(m + 2, b) && HasClauseVerb(j, m, quotedAsWords: true))
            {
                end = m;
                break;
            }

            if (IsTrailingParticiple(m + 1) && m == j + 1 && ParentheticalClose(m, b) is int phraseEnd and > 0)
            {
                m = phraseEnd; // "Millennials, numbering 75.3 million, surpassed ...": a participle phrase inside the subject
                continue;
            }

            // (Not "a kind, loving and admirable person": an -ing word that an "and" joins to the next is an adjective in a list.)
            // (Nor "rebuilding the military, taking care of veterans, ...": after a report that opens with a gerund, the next
            // gerund is the next item of its list.)
            // (Nor "including fallen trees, flying debris and coastal flooding": after "including" or "such as", the next item.)
            if (IsTrailingParticiple(m + 1) && !(Is(m + 2, "and") || Is(m + 2, "or")) && !OpensWithGerund(j, b) && !IncludingBefore(j, m)
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
            // (", but would grant them work permits", ", but will make Iran rich": a modal with no subject of its own
            // goes on with the reported clause's subject; ", but said ...", ", but cautioned ..." are the speaker's next words,
            // and after an infinitive, "to remain in the hospital, but was treated as an outpatient", the speaker's own.)
            if (QuoteWords.ClauseBreaks.Contains(Word(m + 1)) && !(Is(m + 1, "but") && (IsContrastTail(m + 2) || !Is(j, "to") && SharedSubjectPredicateAt(m + 2, b))))
            {
                end = m;
                break;
            }

            if (OpensWritersComparison(m + 1, b))
            {
                end = m; // ", compared with four in 10 who ...", ", below analysts' estimates", ", even as ...", ", hours after ...": the writer's
                         // comparison or time
                break;
            }

            // "More than two-thirds of the reefs showed signs of bleaching, the Australian Institute of Marine Science said on
            // Thursday.": an attribution that closes the sentence is another cue's, and the words before it its report.
            if (ClosingAttributionAt(m + 1, b))
            {
                end = m;
                break;
            }

            // "he did not support Mr. Trump, the presumed Putin favorite.": a closing description is the writer's.
            // (Not inside a list: "celebrated his heroes, including the musician Chuck Berry, the baseball player Willie Mays and ...".)
            // (Nor the list's last items: "accepted $380,000 in consulting fees, a boat and a condominium in Florida".)
            if ((Is(m + 1, "the") || Is(m + 1, "a") || Is(m + 1, "an")) && IsClosingDescription(m + 1, b, afterName: IsCapitalized(m - 1) || IsPunct(m - 1, ')'))
                && !OpensListBefore(j, m) && !ListTail(m + 1, b))
            {
                end = m;
                break;
            }

            // "the pill would cost about $15,000, a price that some doctors said would put it out of reach": a noun in apposition
            // whose relative clause holds another speaker's verb of saying is the writer's, with that speaker's report.
            if (QuoteWords.Articles.Contains(Word(m + 1)) && IsWordToken(m + 2) && (Is(m + 3, "that") || Is(m + 3, "which"))
                && RelativeReportAt(m + 4, b))
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

            // "... had resisted earlier requests, which she called "a failure of nerve."": a relative clause with a pronoun and a
            // verb of saying of its own is a second report; so is "..., when the state incorrectly stated that ...".
            if (RelativeWithOwnSpeaker(m + 1, b)
                || (Is(m + 1, "when") || Is(m + 1, "where")) && (SubjectAndCue(m + 2, b) || AnotherSpeakersReport(m + 2, b) || NewReportWithThat(m + 2, b, anyStart: true)))
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
            if (Is(m + 1, "and") && NounPhraseThenVerb(m + 2, b) && !IsLastOfList(j, m))
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
    /// A noun phrase that opens with a capital or "the", of up to four words with no verb among them, then an auxiliary or a
    /// modal: "Mr. Clarke could", "the state would" (not "Trump said he would").
    /// </summary>
    private bool NounPhraseThenModal(int from, int b)
    {
        for (int m = from + 1; m < b && m <= from + 4; m++)
        {
            if (QuoteWords.ClauseAuxiliaries.Contains(Word(m)))
            {
                return IsCapitalized(from) || Is(from, "the");
            }

            if (!IsWordToken(m) && !IsPunct(m, '.') || IsVerbLikeCue(m) || IsPastTense(m) || IsSubjectPronoun(m))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a word of <paramref name="words"/> stands in [<paramref name="from"/>, <paramref name="to"/>) (a short window).</summary>
    private bool WordWithin(int from, int to, SpanSet words)
    {
        for (int m = from; m < to; m++)
        {
            if (words.Contains(Word(m)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> ends an item of a list of noun phrases that opened at or after
    /// <paramref name="from"/>: "the mayor, the governor, and the senator have agreed" (an earlier comma with no verb between).
    /// </summary>
    private bool IsLastOfList(int from, int comma)
    {
        for (int m = comma - 1; m > from && m > comma - 8; m--)
        {
            // (Not a date's comma: "the Sept. 11, 2001, attacks".)
            if (IsPunct(m, ',') && _tokens[m - 1].Kind != TokenKind.Number && _tokens[m + 1].Kind != TokenKind.Number)
            {
                return !HasClauseVerb(m + 1, comma);
            }
        }

        return false;
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
                   && !IsLyAdverb(i) && !Is(i, "also") && !Is(i, "still")
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

    /// <summary>
    /// A report that opens with a gerund and its object ("rebuilding the military", "eliminating caucuses,"), not with a
    /// gerund that is the subject of a verb ("waterboarding constitutes torture").
    /// </summary>
    private bool OpensWithGerund(int j, int b) =>
        IsTrailingParticiple(j) && j + 1 < b && (!IsLikelyVerb(j + 1) && !QuoteWords.FiniteVerbs.Contains(Word(j + 1)) || IsPunct(j + 2, ','));

    /// <summary>"then" and a past form at <paramref name="i"/>: the subject's next deed ("..., then spent 40 minutes ...").</summary>
    private bool IsThenDeed(int i, int b) => Is(i, "then") && i + 1 < b && IsPastTense(i + 1);

    /// <summary>
    /// Whether a subject and its verb open a clause at <paramref name="i"/> ("the trial got underway", "she opened", "Congress
    /// grappled"): a subject pronoun, or up to five words of a noun phrase or a name, then a past form or a finite verb that is
    /// no cue.
    /// </summary>
    private bool AsClauseAt(int i, int b)
    {
        if (i >= b - 1 || !IsWordToken(i))
        {
            return false;
        }

        int v;
        if (IsSubjectPronoun(i) && !Is(i, "you"))
        {
            v = i + 1;
        }
        else if (QuoteWords.Articles.Contains(Word(i)) || QuoteWords.PossessivePronouns.Contains(Word(i)) || IsCapitalizedName(i) && !IsCapitalized(i - 1))
        {
            v = i + 1;
            while (v < b && v < i + 6 && (IsWordToken(v) || _tokens[v].Kind == TokenKind.Clitic) && !IsPastTense(v) && !QuoteWords.ClauseAuxiliaries.Contains(Word(v))
                   && !QuoteWords.NounPhraseStops.Contains(Word(v)))
            {
                v++;
            }
        }
        else
        {
            return false;
        }

        while (v < b && (Is(v, "also") || Is(v, "still") || Is(v, "quickly") || IsLyAdverb(v)))
        {
            v++;
        }

        // ("as he is still very active with ...", "as the economy is shrinking": a present state gives the report's reason.)
        if (v < b && (Is(v, "is") || Is(v, "are") || Is(v, "am") || _tokens[v].Kind == TokenKind.Clitic))
        {
            return false;
        }

        // ("as she has for decades", "as he did in 2012": an auxiliary alone compares, and the comparison is the report's.)
        if (v < b && QuoteWords.ClauseAuxiliaries.Contains(Word(v)) && (v + 1 >= b || !IsWordToken(v + 1) || QuoteWords.NotSpeakerStarts.Contains(Word(v + 1))))
        {
            return false;
        }

        return v < b && (IsPastTense(v) || QuoteWords.ClauseAuxiliaries.Contains(Word(v)) || v == i + 1 && IsLikelyVerb(v))
               && CueAt(v, b, out _) == 0;
    }

    /// <summary>A lowercase finite verb after a subject: a past tense, a present in "-s" ("urges", "campaigns") or a finite verb.</summary>
    private bool IsPastOrPresentVerb(int i) =>
        i < _tokens.Length && (IsPastTense(i) || QuoteWords.FiniteVerbs.Contains(Word(i)) || IsLikelyVerb(i));

    /// <summary>
    /// Whether "including" or "such as" opens a list among the twelve tokens before <paramref name="to"/> that is still open: no
    /// finite verb, "and" or "or" after it.
    /// </summary>
    private bool IncludingBefore(int from, int to)
    {
        for (int m = to - 1; m >= from && m >= to - 12; m--)
        {
            if (Is(m, "including") || Is(m, "such") && Is(m + 1, "as"))
            {
                return true;
            }

            if (QuoteWords.FiniteVerbs.Contains(Word(m)) || IsTerminator(m) || Is(m, "and") || Is(m, "or"))
            {
                return false; // ("such as equal pay and child care, reciting ...": a list that "and" closed)
            }
        }

        return false;
    }

    /// <summary>
    /// Whether "which" or "what" and a subject of its own with a verb of saying start at <paramref name="i"/>: a subject
    /// pronoun other than "it" ("which she called "a failure of nerve"") or a plural noun ("which analysts estimated at $18
    /// million an episode", "which critics called ...").
    /// </summary>
    private bool RelativeWithOwnSpeaker(int i, int b)
    {
        if (i + 2 >= b || !(Is(i, "which") || Is(i, "what")) || !IsWordToken(i + 1))
        {
            return false;
        }

        if (IsSubjectPronoun(i + 1))
        {
            return !Is(i + 1, "it") && CueAt(i + 2, b, out _) > 0 && IsVerbLikeCue(i + 2);
        }

        // ("which industry analysts estimated": one lower-case word may come before the plural.)
        for (int n = i + 1; n <= i + 2 && n + 1 < b; n++)
        {
            if (!IsWordToken(n) || !char.IsLower(_text[_tokens[n].Start]) || QuoteWords.NounPhraseStops.Contains(Word(n)) || QuoteWords.FiniteVerbs.Contains(Word(n)))
            {
                return false;
            }

            if (Word(n).EndsWith("s", StringComparison.Ordinal) && Word(n).Length > 3 && CueAt(n + 1, b, out _) > 0 && IsVerbLikeCue(n + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one to three lower-case words with no verb among them and a plain verb of saying start at
    /// <paramref name="i"/>: a subject with no determiner and its verb ("farm groups said", "many economists say").
    /// </summary>
    private bool BareSubjectSays(int i, int b)
    {
        for (int v = i; v < b && v <= i + 3; v++)
        {
            if (v > i && IsPlainSayingVerb(v))
            {
                return true;
            }

            if (!IsWordToken(v) || !char.IsLower(_text[_tokens[v].Start]) || QuoteWords.NounPhraseStops.Contains(Word(v))
                || QuoteWords.FiniteVerbs.Contains(Word(v)) || IsPastTense(v) || Word(v).EndsWith("ing", StringComparison.Ordinal) || IsSubjectPronoun(v))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"found", "finds", "show", "shows", "showed": what a poll, a survey or a study closes its sentence with.</summary>
    private bool IsFindingVerb(int i) => Is(i, "found") || Is(i, "finds") || Is(i, "show") || Is(i, "shows") || Is(i, "showed");

    /// <summary>
    /// Whether an attribution that closes its sentence starts at <paramref name="i"/>: a pronoun or a subject of at most
    /// seven words that opens with a determiner or a capital, a plain verb of saying and a short tail (", the health
    /// district said Tuesday.", ", he said."), or a time or place and then the writer's phrase after a comma (", the
    /// Institute said on Thursday, after months of record ocean temperatures.").
    /// </summary>
    private bool ClosingAttributionAt(int i, int b)
    {
        if (i >= b || !IsWordToken(i))
        {
            return false;
        }

        int v = i + 1;
        if (!IsSubjectPronoun(i))
        {
            if (!IsCapitalized(i) && !QuoteWords.Determiners.Contains(Word(i)))
            {
                return false;
            }

            while (v < b && v < i + 7 && (IsWordToken(v) || IsPossessiveClitic(v)) && !IsPlainSayingVerb(v) && !IsFindingVerb(v)
                   && !QuoteWords.FiniteVerbs.Contains(Word(v)) && !IsPastTense(v))
            {
                v++;
            }
        }

        // ("Voters say the economy is improving, the survey found.": a finding closes the sentence as a saying does.)
        if (v >= b || !(IsPlainSayingVerb(v) || IsFindingVerb(v) && !IsSubjectPronoun(i)))
        {
            return false;
        }

        // (", the lawyer told reporters.": a telling closes the sentence with its hearer.)
        if (TailIsShort(v + 1, b) || (Is(v, "told") || Is(v, "tells")) && HearerThenShortTail(v + 1, b))
        {
            return true;
        }

        // ("..., the Australian Institute of Marine Science said on Thursday, after months of record ocean temperatures.": a
        // time or place after the verb, then the writer's phrase.)
        for (int c = v + 1; c < b && c <= v + 6; c++)
        {
            if (IsPunct(c, ','))
            {
                return c + 1 < b && QuoteWords.WritersTailStarts.Contains(Word(c + 1)) && OnlyAdjuncts(v + 1, c);
            }

            if (!IsWordToken(c) && _tokens[c].Kind != TokenKind.Number)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a short subject (a pronoun, a name or a determiner's noun phrase), at most two auxiliaries or adverbs and a
    /// verb of saying of any kind start at <paramref name="i"/>: "the governor shot back", "Trump boasted", "he was criticized".
    /// </summary>
    private bool SubjectThenCue(int i, int b)
    {
        if (i >= b || !IsWordToken(i))
        {
            return false;
        }

        int v = i;
        if (IsSubjectPronoun(v))
        {
            v++;
        }
        else if (IsCapitalized(v) || QuoteWords.Determiners.Contains(Word(v)))
        {
            v++;
            while (v < b && v < i + 5 && (IsWordToken(v) || IsPossessiveClitic(v)) && !IsVerbLikeCue(v) && !QuoteWords.FiniteVerbs.Contains(Word(v))
                   && !(v > i + 1 && CueAt(v, b, out _) > 0))
            {
                v++;
            }
        }

        if (v == i)
        {
            return false;
        }

        for (int aux = 0; aux < 2 && v < b && (QuoteWords.ClauseAuxiliaries.Contains(Word(v)) || Is(v, "also") || IsLyAdverb(v)); aux++)
        {
            v++; // ("he was criticized", "she quickly shot back")
        }

        return v < b && CueAt(v, b, out _) > 0 && (IsVerbLikeCue(v) || IsPastTense(v) || IsLikelyVerb(v));
    }

    /// <summary>A lowercase past tense: a word in "-ed" or an irregular past ("went", "took").</summary>
    private bool IsPastTense(int i) =>
        _tokens[i].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i].Start])
        && (Word(i).EndsWith("ed", StringComparison.Ordinal) || QuoteWords.IrregularPastVerbs.Contains(Word(i)));

    /// <summary>
    /// Whether the words at <paramref name="i"/>, after a comma, open the writer's comparison or time rather than more of a
    /// report: "compared with ...", "more than ...", "up from ...", "below analysts' estimates", "even as ...", "before
    /// leaving ...", "hours after ...".
    /// </summary>
    private bool OpensWritersComparison(int i, int b) =>
        Is(i, "compared") && (Is(i + 1, "with") || Is(i + 1, "to"))
        || Is(i, "as") && (Is(i + 1, "have") || Is(i + 1, "has") || Is(i + 1, "had") || Is(i + 1, "did") || Is(i + 1, "do") || Is(i + 1, "does")) // ", as have other Democrats
        || (Is(i, "more") || Is(i, "less")) && Is(i + 1, "than") || (Is(i, "up") || Is(i, "down")) && Is(i + 1, "from")
        || (Is(i, "below") || Is(i, "above") || Is(i, "short") || Is(i, "ahead")) && IsWordToken(i + 1) && !Is(i + 1, "and")
        || Is(i, "even") && Is(i + 1, "as") && !(Is(i + 2, "a") || Is(i + 2, "an")) // (not ", even as a candidate,")
        || (Is(i, "before") || Is(i, "after")) && i + 1 < b && _tokens[i + 1].Kind == TokenKind.Word
           && Word(i + 1).EndsWith("ing", StringComparison.Ordinal) && !QuoteWords.ParticiplePrepositions.Contains(Word(i + 1))
        || (Is(i, "hours") || Is(i, "days") || Is(i, "minutes") || Is(i, "weeks")) && (Is(i + 1, "after") || Is(i + 1, "before"));

    /// <summary>
    /// Whether a relative clause whose pronoun came just before <paramref name="from"/> opens with a short subject and a verb of
    /// saying whose object is the gap: "[that] some doctors said would ...", "[which] analysts say is ...".
    /// </summary>
    private bool RelativeReportAt(int from, int b)
    {
        for (int m = from + 1; m < b && m <= from + 4; m++)
        {
            if (!IsWordToken(m))
            {
                return false;
            }

            if (CueAt(m, b, out CueFlags flags) == 1 && (flags & CueFlags.DirectOnly) == 0 && IsVerbLikeCue(m))
            {
                return m + 1 < b && QuoteWords.GapAuxiliaries.Contains(Word(m + 1));
            }
        }

        return false;
    }

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

    /// <summary>"even though", "even if", "even as", "even after": "even" and the subordinator it stresses, at <paramref name="i"/>.</summary>
    private bool EvenBeforeSubordinator(int i) => Is(i, "even") && QuoteWords.Subordinators.Contains(Word(i + 1));

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
        if (j - s0 > MaxClause)
        {
            return false; // (no opening clause runs that long; bounds the walk below on a sentence of thousands of tokens)
        }

        bool opensSentence = true;
        if (s0 + 1 < j && (Is(s0, "and") || Is(s0, "but")) && (QuoteWords.Subordinators.Contains(Word(s0 + 1)) || EvenBeforeSubordinator(s0 + 1)))
        {
            (s0, opensSentence) = (s0 + 1, false); // "And when asked to leave, he reportedly refused", "But even after the growth cooled, ..."
        }
        else if (s0 < j && IsCapitalized(s0))
        {
            // "In June 2001, after a desperate HP asked workers to ..., 80,000 employees volunteered", "Since June 16, when he
            // asked ...": a short opening phrase of time or place, then the clause.
            for (int c = s0 + 1; c < j && c <= s0 + 5; c++)
            {
                if (IsPunct(c, ','))
                {
                    if (c + 1 < j && (QuoteWords.Subordinators.Contains(Word(c + 1)) || EvenBeforeSubordinator(c + 1)))
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
                 || EvenBeforeSubordinator(s0)
                 || Is(s0, "with") && opensSentence)) // ("With Democratic leaders worried about ..., Obama is ...": an absolute phrase)
        {
            return false;
        }

        // ("After Mr. Trump took possession of the jet in 2011 he made changes": past the clause's verb, a subject pronoun opens
        // the main clause without a comma; after a "With" phrase, which has no verb, any subject pronoun does: "With a smile he
        // said ...".)
        bool verb = Is(s0, "with");
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
    /// A deed of a speaker's kind at <paramref name="i"/>, after "and" and an adverb ("again called for", "issued an orange
    /// alert", "also urged the government to"): a past form of <see cref="QuoteWords.SpeakerDeeds"/> before its object.
    /// </summary>
    private bool SpeakersDeedAt(int i, int b)
    {
        while (i < b && (Is(i, "again") || Is(i, "also") || Is(i, "then") || Is(i, "later")))
        {
            i++;
        }

        return i + 1 < b && _region[i] == NoRegion && QuoteWords.SpeakerDeeds.Contains(Word(i))
               && (QuoteWords.Determiners.Contains(Word(i + 1)) || Is(i + 1, "for") || Is(i + 1, "on"));
    }

    /// <summary>Whether the clause that opens at <paramref name="j"/> has a person's pronoun or a capitalized name for its subject.</summary>
    private bool IsPersonSubject(int j) =>
        IsSubjectPronoun(j) && !Is(j, "it") || IsCapitalizedName(j) && !QuoteWords.CapitalizedNonNames.Contains(Word(j)) && !QuoteWords.Determiners.Contains(Word(j));

    /// <summary>
    /// Whether the words at <paramref name="i"/>, after an "and", are a past verb with no subject of its own ("midwifed the
    /// bill", "even questioned the star's identity", "was acquitted", "once again did not like"), opening its object: a
    /// determiner, pronoun, name, preposition or "to" follows (not "dedicated service", an adjective and its noun).
    /// </summary>
    private bool NextDeedAt(int i, int b)
    {
        while (i < b && (IsLyAdverb(i) || Is(i, "even") || Is(i, "then") || Is(i, "later") || Is(i, "also") || Is(i, "again") || Is(i, "once") && Is(i + 1, "again")))
        {
            i++;
        }

        if (i + 1 >= b || _region[i] != NoRegion)
        {
            return false;
        }

        if (Is(i, "was") || Is(i, "were") || Is(i, "did") || Is(i, "has") || Is(i, "had"))
        {
            return IsPastTense(i + 1) || Is(i + 1, "not") || Is(i + 1, "never") || Is(i + 1, "repeatedly");
        }

        if (!IsPastTense(i) || _tokens[i + 1].Kind != TokenKind.Word || Is(i, "united") || Is(i, "related") || Is(i, "based"))
        {
            return false;
        }

        return QuoteWords.Determiners.Contains(Word(i + 1)) || QuoteWords.PersonalPronouns.Contains(Word(i + 1)) || IsCapitalized(i + 1)
               || Is(i + 1, "to") || Is(i + 1, "that") || Is(i + 1, "whether") || Is(i + 1, "with") || Is(i + 1, "on") || Is(i + 1, "for") || Is(i + 1, "against")
               || Is(i + 1, "back") || Is(i + 1, "right") || Is(i + 1, "out") || Is(i + 1, "up")
               || IsPluralObject(i + 1); // ("and made comments about ...", "and raised concerns")
    }

    /// <summary>
    /// Whether the verb of saying that introduces a report at <paramref name="j"/> (within four tokens before it, "that" and a
    /// hearer between them) is in the present tense: "say", "says", "tells", "argues".
    /// </summary>
    private bool PresentCueBefore(int j)
    {
        for (int m = j - 1; m >= 0 && m >= j - 4; m--)
        {
            if (_tokens[m].Kind != TokenKind.Word || _region[m] != NoRegion)
            {
                return false;
            }

            if (_cues.Word(Word(m)) != CueFlags.None && char.IsLower(_text[_tokens[m].Start]))
            {
                ReadOnlySpan<char> w = Word(m);
                return w is "say" || w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a past-tense verb sits in [<paramref name="from"/>, <paramref name="to"/>) outside quoted words (read back at
    /// most 60 tokens from <paramref name="to"/>, so that a clause-end scan stays linear on a run-on sentence).
    /// </summary>
    private bool HasPastVerb(int from, int to)
    {
        for (int m = Math.Max(from, to - 60); m < to; m++)
        {
            if (_region[m] == NoRegion && IsPastTense(m) && !IsCompoundAdjective(m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether "that", a relative pronoun or a wh-word sits in [<paramref name="from"/>, <paramref name="to"/>) (read back at
    /// most 60 tokens from <paramref name="to"/>, as <see cref="HasPastVerb"/>).
    /// </summary>
    private bool HasSubordinator(int from, int to)
    {
        for (int m = Math.Max(from, to - 60); m < to; m++)
        {
            if (QuoteWords.RelativeStarts.Contains(Word(m)) || QuoteWords.WhWords.Contains(Word(m)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a clause with a subject of its own opens at <paramref name="i"/>: "he", "she", "they" or "we", or one to three
    /// capitalized words (a possessive between them, "Illinois's Mark Kirk"), then a past or present verb; or an article, one
    /// to three lower-case words and a past verb with a determiner after it and no modal soon after ("the migration crisis
    /// ushered a stream of refugees").
    /// </summary>
    private bool NewSubjectAndVerbAt(int i, int end)
    {
        if (i + 1 >= end)
        {
            return false;
        }

        if (Is(i, "he") || Is(i, "she") || Is(i, "they") || Is(i, "we"))
        {
            return IsPastOrPresentVerb(i + 1) || QuoteWords.ClauseAuxiliaries.Contains(Word(i + 1));
        }

        if (Is(i, "there") && (Is(i + 1, "is") || Is(i + 1, "are") || Is(i + 1, "was") || Is(i + 1, "were")))
        {
            return true; // "... and there were none of the hecklers"
        }

        // ("... and the migration crisis ushered a stream of refugees into Europe": a definite noun phrase, a past verb and its
        // object; not "the money raised by ...", a participle.)
        if (Is(i, "the") || Is(i, "a") || Is(i, "an"))
        {
            for (int v = i + 2; v < end - 1 && v <= i + 4; v++)
            {
                if (!IsWordToken(v - 1) || !char.IsLower(_text[_tokens[v - 1].Start]) || IsPastTense(v - 1))
                {
                    break;
                }

                // (Not "the savings generated the following year would go to schools": a modal after it makes the verb a participle.)
                if (IsPastTense(v) && QuoteWords.Determiners.Contains(Word(v + 1)) && !WordWithin(v + 2, Math.Min(end, v + 6), QuoteWords.ClauseAuxiliaries))
                {
                    return true;
                }
            }
        }

        int m = i;
        while (m < end && m < i + 5 && (IsCapitalizedName(m) && !QuoteWords.CapitalizedNonNames.Contains(Word(m)) && !QuoteWords.Determiners.Contains(Word(m))
                                        || m > i && IsPossessiveClitic(m)))
        {
            m++;
        }

        return m > i && m < end && !IsPossessiveClitic(m - 1) && (IsPastTense(m) || QuoteWords.FiniteVerbs.Contains(Word(m)));
    }

    /// <summary>A lower-case plural noun at <paramref name="i"/> that can be a verb's bare object ("comments", "concerns"), not a verb form.</summary>
    private bool IsPluralObject(int i)
    {
        ReadOnlySpan<char> w = Word(i);
        return _tokens[i].Kind == TokenKind.Word && w.Length > 3 && char.IsLower(w[0]) && w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal)
               && !w.EndsWith("us", StringComparison.Ordinal) && !QuoteWords.FiniteVerbs.Contains(w)
               && !QuoteWords.NounPhraseStops.Contains(w);
    }

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

    /// <summary>
    /// A verb at <paramref name="i"/> after ", but" with no subject of its own and no cue: a modal with a verb after it ("would
    /// grant", "will make"). (A bare past verb, "but downplayed the issue", is as often the speaker's own, and so are "could not
    /// be reached", "did not provide details", "would not comment".)
    /// </summary>
    private bool SharedSubjectPredicateAt(int i, int b)
    {
        if (i + 1 >= b || !IsWordToken(i) || CueAt(i, b, out _) > 0)
        {
            return false;
        }

        // (Not "did not provide details", "could not be reached for comment": what the speaker did or did not do next.)
        if (QuoteWords.Modals.Contains(Word(i)))
        {
            int v = i + 1;
            while (v < b && (_tokens[v].Kind == TokenKind.Clitic || Is(v, "not") || Is(v, "also") || Is(v, "still")))
            {
                v++;
            }

            return v < b && IsWordToken(v) && char.IsLower(_text[_tokens[v].Start]) && CueAt(v, b, out _) == 0
                   && !QuoteWords.Determiners.Contains(Word(v)) && !IsSubjectPronoun(v) && !Is(v, "be")
                   && !QuoteWords.NoCommentVerbs.Contains(Word(v));
        }

        return false;
    }

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
    /// Whether quoted words that open at <paramref name="open"/> and close before <paramref name="closeEnd"/>, in the clause that
    /// starts at <paramref name="from"/>, sit inside an aside on the sentence's subject, so that the verb after them is the
    /// subject's, not an attribution of the words: a relative clause or a description set off by commas ("Serafinowicz, who's
    /// starred in "Parks and Recreation," posted the clip", "Washington, star of television's "Scandal," thanked Obama"), or a
    /// relative clause right after them ("through "tax reform," which he described as ...").
    /// </summary>
    private bool InSubjectAside(int from, int open, int closeEnd)
    {
        int next = IsPunct(closeEnd, ',') ? closeEnd + 1 : closeEnd;
        if (next < _tokens.Length && (Is(next, "which") || Is(next, "who") || Is(next, "whom")))
        {
            return true;
        }

        // ("Still, the fact that the race "is a dead heat right now," Cruz said": words that open with a verb are a predicate.)
        // (Likewise "the prime minister "looked ashen,"".)
        if (open + 1 < _tokens.Length && (QuoteWords.FiniteVerbs.Contains(Word(open + 1)) || IsPastTense(open + 1)))
        {
            return false;
        }

        // (A description or a participle's phrase has no verb of its own before the words: not "With Mr. Manafort's help, the
        // party was "working to change its image," ...".)
        // (Other quoted words of the aside may come first: "who's starred in "Parks and Recreation" and "Guardians of the Galaxy,"".)
        for (int m = open - 1; m > from && m >= open - 24; m--)
        {
            if (_tokens[m].Kind == TokenKind.Quote && QuotedAsideOpen(m) is int earlier)
            {
                m = earlier;
                continue;
            }

            if (IsTerminator(m) || _tokens[m].Kind == TokenKind.Quote)
            {
                break;
            }

            if (IsPunct(m, ',') && IsWordToken(m + 1) && m + 1 < open)
            {
                AsideOpener opener = AsideOpenerAt(m + 1);
                if (opener == AsideOpener.Relative || opener == AsideOpener.Description && !HasClauseVerb(m + 1, open))
                {
                    return true;
                }

                break;
            }
        }

        // A capitalized subject with no verb of its own, then a comma that opens the aside holding the words: a description
        // with no verb and no comma of its own before them. (Not "Still, golf clubs are "just scratching out a profit," ...",
        // "The program, known as the Renewable Fuel Standard, "can continue ...": the words are the predicate.)
        for (int m = from + 1; m < open && m <= from + 6; m++)
        {
            if (IsPunct(m, ','))
            {
                if (!IsCapitalized(from) || HasClauseVerb(from, m) || !IsWordToken(m + 1) || !char.IsLower(_text[_tokens[m + 1].Start])
                    || HasClauseVerb(m + 1, open))
                {
                    return false;
                }

                for (int c = m + 1; c < open; c++)
                {
                    if (IsPunct(c, ',') || IsTerminator(c) || _tokens[c].Kind is TokenKind.Quote or TokenKind.Dash)
                    {
                        return false;
                    }
                }

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
    /// Tokens [from, to) are a phrase of place or occasion with no verb ("On this weekend's broadcast of "Fox News Sunday,"",
    /// "In an interview on CBS's "Face the Nation,""): the attribution after it reports what follows, not the phrase.
    /// </summary>
    private bool IsAdjunctPhrase(int from, int to)
    {
        while (from < to && !IsWordToken(from))
        {
            from++;
        }

        if (from >= to || !(Is(from, "on") || Is(from, "in") || Is(from, "at") || Is(from, "during") || Is(from, "after") || Is(from, "before")
                            || Is(from, "within") || Is(from, "by") || Is(from, "since") || Is(from, "until") || Is(from, "amid") || Is(from, "throughout")))
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

        // ("The filing shows that ...", "the ruling says": a noun in "-ing" after an article is the subject, and the cue its verb.)
        if (k - 2 >= a && QuoteWords.Articles.Contains(Word(k - 2)) && QuoteWords.IngNouns.Contains(w) && (k + 1 >= _tokens.Length || Is(k + 1, "that")))
        {
            return false;
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
    private bool IsClosingDescription(int from, int b, bool afterName = false)
    {
        for (int m = from; m < b; m++)
        {
            if (afterName && m > from + 2 && Is(m, "who"))
            {
                // "Rep. Don Beyer (D-Va.), a former lieutenant governor who can raise the cash to run statewide.": the name's
                // description runs on through its relative clause to the sentence's end.
                return IsClosingClause(m + 1, b);
            }

            if (IsPunct(m, ',') || _tokens[m].Kind == TokenKind.Quote || _tokens[m].Kind == TokenKind.Dash)
            {
                return false;
            }

            if (IsTerminator(m))
            {
                return m >= b - 1;
            }

            // ("a higher level of uncertainty than on other economic questions": a cue word in the plural after an adjective is a noun.)
            if (IsWordToken(m) && (QuoteWords.FiniteVerbs.Contains(Word(m))
                                   || CueAt(m, b, out _) > 0 && !(m > from && Word(m).EndsWith("s", StringComparison.Ordinal) && !IsVerbLikeCue(m)
                                                                  && IsWordToken(m - 1) && char.IsLower(_text[_tokens[m - 1].Start]) && !IsLyAdverb(m - 1)
                                                                  && !QuoteWords.BetweenSubjectAndVerb.Contains(Word(m - 1)))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The last items of a list after its comma: an article, one to three words and "and" before another article, number or
    /// possessive ("a boat and a condominium", "a car and two boats"), or, after a lowercase item, before a bare noun phrase
    /// that closes the sentence ("a beach house, a boat and designer clothing").
    /// </summary>
    private bool ListTail(int from, int b)
    {
        for (int m = from + 2; m < b - 1 && m <= from + 4; m++)
        {
            if (!IsWordToken(m))
            {
                return false;
            }

            if (Is(m, "and"))
            {
                // ("a beach house, a boat and designer clothing": or a bare noun phrase that closes the sentence, after a thing
                // and not a name: "Mr. Trump, the presumed favorite and longtime rival" describes him.)
                return QuoteWords.Articles.Contains(Word(m + 1)) || IsCountAt(m + 1) || QuoteWords.PossessivePronouns.Contains(Word(m + 1))
                       || from >= 2 && IsWordToken(from - 2) && char.IsLower(_text[_tokens[from - 2].Start]) && IsWordToken(m + 1) && char.IsLower(_text[_tokens[m + 1].Start]) && !IsLikelyVerb(m + 1)
                          && !QuoteWords.FiniteVerbs.Contains(Word(m + 1)) && IsClosingDescription(m + 1, b);
            }
        }

        return false;
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

        // (", then added that ...": a comma before "then" joins the verbs as "and" does.)
        return Is(m, "and") || Is(m, "but") || IsPunct(m, ',') && Is(m + 1, "then");
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

    /// <summary>
    /// The token after a sentence's fronted phrase of place, time or occasion that ends in a comma within twelve tokens
    /// ("In an email in May 2022, ..."), with no lowercase verb in it; else <paramref name="a"/>.
    /// </summary>
    private int AfterFrontedPhrase(int a, int to)
    {
        if (!IsCapitalized(a) || !QuoteWords.OccasionPrepositions.Contains(Word(a)))
        {
            return a;
        }

        for (int m = a + 1; m < to && m <= a + 12; m++)
        {
            if (IsPunct(m, ','))
            {
                return m + 1 < to ? m + 1 : a;
            }

            // (A lowercase verb makes it a clause: "In saying so, ..." is not passed. "May" in "in May 2022" is a month.)
            if (!IsWordToken(m) && _tokens[m].Kind is not (TokenKind.Number or TokenKind.Clitic)
                || char.IsLower(_text[_tokens[m].Start]) && (QuoteWords.FiniteVerbs.Contains(Word(m)) || IsLikelyVerb(m)))
            {
                return a;
            }
        }

        return a;
    }

    /// <summary>The subject of the clause a participle cue (", saying ...") hangs on: the previous cue's subject, else the sentence's.</summary>
    private bool ParticipleSubject(int k, int a, out int start, out int end)
    {
        // "After saying her right foot was swollen, she was taken ...": a participle in a fronted phrase takes the subject of
        // the main clause that follows the phrase.
        // ("In a statement announcing the pick, the union called ...": the medium in such a phrase is the main subject's.)
        if ((k == a || k - 1 == a && (QuoteWords.GerundPrepositions.Contains(Word(k - 1)) || Is(k - 1, "having"))
             || k - 1 > a && QuoteWords.Media.Contains(Word(k - 1)) && InFrontedPhrase(k, a))
            && ClauseSubject(a, Math.Min(_tokens.Length, SentenceEnd(k)), out start, out end, out _) && start > k)
        {
            return true;
        }

        if (Is(k - 1, "and") && SubordinateClauseSubject(k - 1, a, out start, out end))
        {
            return true;
        }

        // "... when Trump, after railing against carried interest, produced ...": an adjunct set off right after a name takes
        // that name.
        if (k - 3 > a && QuoteWords.GerundPrepositions.Contains(Word(k - 1)) && IsPunct(k - 2, ',') && IsCapitalizedName(k - 3)
            && _tokens[k - 3].Kind == TokenKind.Word
            && !QuoteWords.CapitalizedNonNames.Contains(Word(k - 3)))
        {
            int first = k - 3;
            while (first - 1 > a && IsCapitalizedName(first - 1) && !QuoteWords.CapitalizedNonNames.Contains(Word(first - 1)))
            {
                first--;
            }

            // (Not "In Iowa, after railing against ethanol subsidies, Cruz finished first": a place after a preposition.)
            if (!QuoteWords.OccasionPrepositions.Contains(Word(first - 1)) && !Is(first - 1, "from") && !Is(first - 1, "of")
                && !Is(first - 1, "to") && !Is(first - 1, "for") && !Is(first - 1, "with") && !Is(first - 1, "by"))
            {
                start = first;
                end = k - 2;
                return true;
            }
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
        // ("His rival, Congresswoman Marisol Quispe, told supporters ... and called on them to ...": a verb joined to the first
        // takes the name the first verb's subject gives in its description.)
        // ("In an email in May 2022, a deputy chief engineer, Harlan Voight, wrote ... and asked staff to ...": past a fronted
        // phrase of place or time.)
        if (!afterOccasion && AfterCoordinator(k) && SubjectWithAppositives(AfterFrontedPhrase(a, k - 1), k - 1, out start, out end, out _))
        {
            return true;
        }

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

            // ("His aides say it is too early to discuss a Senate run but noted ...": an infinitive's subject is not after it.)
            int pn = CueAt(m, k, out _);
            if (pn > 0 && !Word(m).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && (SubjectBefore(m, a, out start, out end) || !Is(m - 1, "to") && SubjectAfter(m + pn, k, out start, out end)))
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

        // ("More than 2,000 scientists signed an open letter urging ...": a count is the subject, not the capitalized "More".)
        if ((Is(from, "more") || Is(from, "fewer") || Is(from, "less")) && Is(from + 1, "than") && IsCountAt(from + 2))
        {
            int e = from + 3;
            while (e < k && e < from + 6 && IsWordToken(e) && char.IsLower(_text[_tokens[e].Start]) && !IsPastTense(e)
                   && !QuoteWords.FiniteVerbs.Contains(Word(e)) && CueAt(e, k, out _) == 0)
            {
                e++;
            }

            if (e > from + 3)
            {
                (start, end) = (from, e);
                return true;
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

    /// <summary>
    /// Whether a hearer of at most three words ("reporters", "the station", "league officials") and then a short tail close
    /// the sentence from <paramref name="from"/>: ", the lawyer told reporters.", ", the league told fans on Sunday.".
    /// </summary>
    private bool HearerThenShortTail(int from, int b)
    {
        int i = from;
        while (i < b && i < from + 3 && IsWordToken(i) && !QuoteWords.VerbAdjuncts.Contains(Word(i)) && !IsPastTense(i)
               && !QuoteWords.FiniteVerbs.Contains(Word(i)) && !Is(i, "that"))
        {
            i++;
        }

        return TailIsShort(i, b);
    }

    private bool TailIsShort(int from, int b)
    {
        int words = 0;
        for (int m = from; m < b; m++)
        {
            if (IsTerminator(m))
            {
                // ("(The French are big fans of it, Mr. Madden said.)": the parenthesis that closes the sentence.)
                return m == b - 1 || IsTerminator(b - 1) || m == b - 2 && IsPunct(b - 1, ')');
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
}
