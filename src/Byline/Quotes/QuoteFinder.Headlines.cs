using Byline.Text;

namespace Byline.Quotes;

// Headline attributions, the making of a reported quote with its fragments, and partial quotes left over.
internal sealed partial class QuoteFinder
{
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
    private bool OpensParenthesisWithin(int from, int to) => OpenParenthesisWithin(from, to) >= 0;

    /// <summary>The last opening parenthesis in [<paramref name="from"/>, <paramref name="to"/>) with no closing one after it, or -1.</summary>
    private int OpenParenthesisWithin(int from, int to)
    {
        for (int m = to - 1; m >= from; m--)
        {
            if (IsPunct(m, ')'))
            {
                return -1;
            }

            if (IsPunct(m, '('))
            {
                return m;
            }
        }

        return -1;
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
        // "Sen. Chris Murphy (who called it a farce) says ...": a report whose cue stands inside parentheses ends with them.
        if (cueStart >= 0 && from > cueStart && OpenParenthesisWithin(SentenceStart(cueStart), cueStart) >= 0)
        {
            // (Past a pair opened after the cue: "said the World Health Organization (WHO) had been notified".)
            for (int m = cueStart + 1, depth = 0; m < to; m++)
            {
                if (IsPunct(m, '('))
                {
                    depth++;
                }
                else if (IsPunct(m, ')') && depth-- == 0)
                {
                    to = m;
                    break;
                }
            }
        }

        // A dateline is no part of what was said: "WASHINGTON (AP) — Donald Trump has invested ..., according to ...".
        if (from < to && OpensSentence(from))
        {
            from = AfterDateline(from, to);
            from = AfterThatSaid(from, to);
        }

        // Trim punctuation and quotation marks that are not part of a quoted fragment at both ends.
        while (from < to && !IsWordToken(from) && !(_tokens[from].Kind == TokenKind.Quote && _region[from] != NoRegion))
        {
            from++;
        }

        // (A closing parenthesis whose opening one is inside stays: "blasted the Federal Bureau of Investigation (FBI)".)
        // (A possessive that ends the clause stays too: "thicker than Earth's".)
        while (to > from && !IsWordToken(to - 1) && !(_tokens[to - 1].Kind == TokenKind.Quote && _region[to - 1] != NoRegion)
               && !(IsPunct(to - 1, ')') && OpensParenthesisWithin(from, to - 1)) && !IsPossessiveClitic(to - 1))
        {
            to--;
        }

        if (CountWords(from, to) < minWords)
        {
            return false;
        }

        // ("columns Bradley wrote while a student at Marquette": a time or reason with no verb of its own after the cue is the
        // writer's adjunct, not what was said.)
        // ("asked if ...", "knowing when and how to ...": an indirect question may open with "if" or "when".)
        // ("said while wages rise, rents rise faster": a subordinate clause then the main one is a report.)
        if (from > cueStart && cueStart >= 0 && QuoteWords.Subordinators.Contains(Word(from)) && !Is(from, "if") && !Is(from, "when")
            && _region[from] == NoRegion && !HasClauseVerb(from + 1, to) && FirstCommaBefore(from, to) == to)
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
    /// After "That said," or "That being said," opening [<paramref name="from"/>, <paramref name="to"/>): the writer's turn,
    /// no part of what was said; else <paramref name="from"/>.
    /// </summary>
    private int AfterThatSaid(int from, int to)
    {
        int marker = Is(from, "that") && Is(from + 1, "said") ? from + 2
            : Is(from, "that") && Is(from + 1, "being") && Is(from + 2, "said") ? from + 3 : -1;
        return marker > 0 && marker + 1 < to && IsPunct(marker, ',') ? marker + 1 : from;
    }

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

        // ("words such as "ambassador,"": examples, not a judgment; "It comes across as "too loud"", "came off as "arrogant"": how
        // something seems, with no object judged)
        if (asAt - 2 < lower || !Is(asAt, "as") || Is(asAt - 1, "such") || Is(asAt - 1, "across") || Is(asAt - 1, "off"))
        {
            return -1;
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
            bool past = w.EndsWith("ed", StringComparison.Ordinal) || (Is(v, "gone") || Is(v, "went")) && Is(v + 1, "after"); // ("has gone after Trump as a "leech"")
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

    /// <summary>
    /// The end of quoted words judged through "as", with a second judgment joined by "and" ("as a "human leech" and a "spoiled
    /// brat."").
    /// </summary>
    private int JudgedListEnd(QuoteMarkPair pair)
    {
        int end = pair.CloseToken + CloseWidth(pair.CloseToken);
        int next = end + (Is(end, "and") && (Is(end + 1, "a") || Is(end + 1, "an")) ? 2 : Is(end, "and") ? 1 : 0);
        return next > end && next < _tokens.Length && _region[next] != NoRegion && _pairs[_region[next]].OpenToken == next && _isFragment[_region[next]]
            ? _pairs[_region[next]].CloseToken + CloseWidth(_pairs[_region[next]].CloseToken)
            : end;
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
            if (covered[FirstInside(pair)]) // (at most the closing mark: always a token)
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

                int n = CueAt(k, b, out CueFlags cueFlags);
                int ss = -1, se = -1;
                if (n == 0 || IsNamingParticiple(k, a) || !(SubjectBefore(k, a, out ss, out se) || (Is(k - 1, "and") || Is(k - 1, "but")) && ParticipleSubject(k, a, out ss, out se))
                    || IsNounAfterPreposition(k, ss, a))
                {
                    continue;
                }

                int from = k + n;
                if (Is(from, "that"))
                {
                    from++;
                }

                int to = ClauseEndInRelative(from, b, ss); // ("The scientists, who describe it as a "glue", hope ...")
                if ((cueFlags & CueFlags.Object) != 0)
                {
                    to = JudgmentEnd(from, to); // ("used the phrase "Islamic terrorism" often in his campaign": the words, not when)
                }

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
            if (!done && JudgmentVerbBeforeAs(pair.OpenToken, a) is int jv and >= 0 && !IsTitleCase(FirstInside(pair), pair.CloseToken)
                && (SubjectBefore(jv, a, out int jss, out int jse) || ParticipleSubject(jv, a, out jss, out jse))
                && (Is(jv + 1, "after") ? jv + 2 : jv + 1) is int judgedFrom
                && MakeReported(judgedFrom, JudgedListEnd(pair), jv, judgedFrom, jss, jse, out Found judged) && judged.Kind == QuoteKind.Partial)
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
                && !IsTitleCase(FirstInside(pair), pair.CloseToken) && !IsNoOnesWords(_region[pair.OpenToken])
                && TryAttributeAfter(closeEnd, Math.Min(b, closeEnd + PostWindow), out int pcs, out int pce, out int pss, out int pse)
                && pcs > pair.CloseToken && pss >= 0 && !IsAdjunctPhrase(a, closeEnd) && !InSubjectAside(a, pair.OpenToken, closeEnd)
                && MakeReported(a, pair.CloseToken + CloseWidth(pair.CloseToken), pcs, pce, pss, pse, out Found after) && after.Kind == QuoteKind.Partial)
            {
                if (QuotedObject(pcs, Math.Min(_tokens.Length, pcs + 16)) is (int os, int oe))
                {
                    after = after with { SpeakerStart = os, SpeakerEnd = oe }; // ", the agency quoted a commander as saying."
                }

                found.Add(after);
                for (int c = pcs; c < pce; c++)
                {
                    _cueUsed[c] = true;
                }
            }
        }
    }
}
