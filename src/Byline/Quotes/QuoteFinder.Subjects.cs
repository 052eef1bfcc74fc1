using Byline.Entities;
using Byline.Text;

namespace Byline.Quotes;

// Finding who speaks: the subject before or after a cue, names, roles, relative pronouns and appositives.
internal sealed partial class QuoteFinder
{
    /// <summary>Whether an adjective cue opens at <paramref name="k"/>: "critical of", "skeptical of", "concerned about".</summary>
    private bool IsAdjectiveCue(int k) => QuoteWords.AdjectiveCueHeads.Contains(Word(k)) && (Is(k + 1, "of") || Is(k + 1, "about"));

    /// <summary>
    /// Whether a lower-case copula stands before the adjective cue at <paramref name="k"/>, past adverbs and a negation ("has
    /// been sharply critical of", "remain skeptical of", "weren't too concerned about"): the adjective is the subject's stance,
    /// not a description of the noun before it ("a report critical of the agency found").
    /// </summary>
    private bool CopulaBefore(int k)
    {
        int m = k - 1;
        while (m >= 0 && m > k - 5 && IsAdjectiveModifier(m))
        {
            m--;
        }

        return m >= 0 && (_tokens[m].Kind is TokenKind.Word or TokenKind.Clitic) && QuoteWords.Copulas.Contains(Word(m));
    }

    /// <summary>
    /// A word of degree or a negation between a copula and an adjective cue: "very", "somewhat", "sharply", "not", "n't" ("were
    /// somewhat critical of"; not the "as" of a comparison, "as concerned about immigration as"); the subject search passes them
    /// as <see cref="CopulaBefore"/> does.
    /// </summary>
    private bool IsAdjectiveModifier(int m) =>
        IsWordToken(m) && (IsLyAdverb(m) || QuoteWords.DegreeWords.Contains(Word(m)) && !Is(m, "as") || Word(m) is "not" or "never" or "long" or "already")
        || _tokens[m].Kind == TokenKind.Clitic && Word(m) is "n't" or "n’t";

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

        // "The statute she cited says", "The letter they sent said": a noun and its relative clause without "that", a pronoun and
        // a past verb (a verb of saying too: it reports nothing there).
        if (j - 3 >= lower && IsWordToken(j) && char.IsLower(_text[_tokens[j].Start]) && (Word(j).EndsWith("ed", StringComparison.Ordinal) || QuoteWords.IrregularPastVerbs.Contains(Word(j)))
            && IsNounBeforeBareRelative(j, allowI: false))
        {
            start = j - 3;
            end = j + 1;
            return true;
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

        // "Democratic voters are slightly more likely to say that ...", "Cruz was quick to deny ...": the subject of the copula
        // whose adjective the infinitive completes.
        else if (j - 2 > lower && Is(j, "to") && QuoteWords.RaisingAdjectives.Contains(Word(j - 1)))
        {
            j -= 2;
            while (j > lower && j > cue - 6 && (QuoteWords.DegreeWords.Contains(Word(j)) || IsLyAdverb(j)))
            {
                j--;
            }

            if (Is(j, "seem") || Is(j, "seems") || Is(j, "seemed"))
            {
                j--; // "the court's conservatives seemed likely to say ..."
            }
            else if (!(Is(j, "is") || Is(j, "are") || Is(j, "was") || Is(j, "were") || Is(j, "be") || Is(j, "been")))
            {
                return false;
            }
        }

        if (j < lower || Is(j, "to") || j - 1 >= lower && CannotBeSubjectOfBareVerb(j - 1, j, cue))
        {
            return false; // ("on a morning show, ...": a noun, not a verb after an occasion phrase)
        }

        int guard = 0;
        bool placeAdverb = false;
        bool skippedDay = false;
        // ("economists remain skeptical of": a copula before an adjective cue, in lower case: "Remain said" names a campaign.)
        bool adjectiveCue = IsAdjectiveCue(cue);
        while (j >= lower && guard++ < 8)
        {
            if (_tokens[j].Kind is TokenKind.Word or TokenKind.Clitic && (QuoteWords.BetweenSubjectAndVerb.Contains(Word(j)) || IsLyAdverb(j)
                                                                          || adjectiveCue && (QuoteWords.Copulas.Contains(Word(j)) || IsAdjectiveModifier(j)))
                && !IsCapitalizedName(j) && StandaloneCount(j, lower) < 0) // ("they both said", but "Both said")
            {
                placeAdverb |= Is(j, "here") || Is(j, "there");
                skippedDay |= QuoteWords.DayAndMonthNames.Contains(Word(j)) || Is(j, "week") || Is(j, "month") || Is(j, "weekend") || Is(j, "year");

                j--;
                continue;
            }

            // ("A poll released this month found": "this" of the time just skipped.)
            if (skippedDay && Is(j, "this") && j + 1 < cue && char.IsLower(_text[_tokens[j].Start]))
            {
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

            // ("One of the former assistants, Terrence Hollins, denied wrongdoing and said ...": the name in the subject's
            // description, as for the first verb.)
            // ("In an email in May 2022, a deputy chief engineer, Harlan Voight, wrote ... and asked": past a fronted phrase.)
            int clauseStart = AfterFrontedPhrase(Math.Max(lower, SentenceStart(j)), j);
            if (SubjectWithAppositives(clauseStart, j, out start, out end, out int appositiveVerb) && appositiveVerb < j - 1
                || ClauseSubject(clauseStart, j, out start, out end, out int firstVerb) && firstVerb < j - 1)
            {
                return true;
            }
        }

        if (j >= lower && IsPunct(j, ')'))
        {
            // ("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a staffer) says": past the aside.)
            int k = j - 1;
            while (k >= lower && k > j - 24 && !IsPunct(k, '(') && !IsTerminator(k))
            {
                if (_tokens[k].Kind == TokenKind.Quote)
                {
                    if (QuotedAsideOpen(k) is not int quoteOpen)
                    {
                        break;
                    }

                    k = quoteOpen;
                }

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
            // ("Donald Trump - who said he would "bomb" the oil fields - said": past a fragment inside the aside.)
            int k = j - 1;
            while (k >= lower && k > j - 24 && _tokens[k].Kind != TokenKind.Dash && !IsTerminator(k))
            {
                if (_tokens[k].Kind == TokenKind.Quote)
                {
                    if (QuotedAsideOpen(k) is not int quoteOpen)
                    {
                        break;
                    }

                    k = quoteOpen;
                }

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

        bool describedByParticiple = false;
        if (TimesSharedBefore(j, lower) is int participle and >= 0)
        {
            j = participle - 1; // "A video viewed more than 4 million times on TikTok claims": the video, not the count or the platform
            describedByParticiple = true;
        }
        else if (skippedDay && j - 1 >= lower && _tokens[j].Kind == TokenKind.Word && char.IsLower(_text[_tokens[j].Start])
            && Word(j).EndsWith("ed", StringComparison.Ordinal) && IsWordToken(j - 1) && !QuoteWords.NounPhraseStops.Contains(Word(j - 1))
            && NounPhraseBefore(j - 1, lower, out _, out _))
        {
            j--; // "an audit released Monday showed": the participle and its day describe the noun before them
            describedByParticiple = true;
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
            start = ApproximationStart(start, lower); // ("more than 4 in 10 said", "nearly six in 10 say": the approximation belongs to the share.)
            return true;
        }

        // "Joe Scarborough, host of MSNBC's "Morning Joe," said": the comma that closes the appositive sits inside the title's marks.
        // ("Mr. Manafort, citing "the unique magic of Trump," said": or a participle's quoted object inside the aside.)
        if (j - 1 > lower && IsClosingAfterComma(j) && (IsTitleCase(FirstInside(_pairs[_region[j]]), j) || IsNoOnesWords(_region[j])
                                                        || _isFragment[_region[j]] && (IsObjectOfAsideParticiple(_pairs[_region[j]].OpenToken)
                                                                                       || OpensAsideBefore(_pairs[_region[j]].OpenToken, lower))))
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

                // "Democrats were supportive, though Sen. Alana Whitcombe, D-Vt., warned": a name after the conjunction that opens
                // its clause.
                if ((QuoteWords.Subordinators.Contains(Word(p + 1)) || QuoteWords.ClauseBreaks.Contains(Word(p + 1)) || Is(p + 1, "and"))
                    && NounPhraseBefore(k - 1, p + 2, out int ns, out int ne) && ne == k && IsProperNameRun(ns, ne) && (ns == p + 2 || OnlyTitleWords(p + 2, ns)))
                {
                    (start, end) = (ns, ne);
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

            // "The bill's sponsor, Rep. Tom Brightwater (R-Ariz.), told": a party label in parentheses closes the name.
            if (k >= lower && IsPunct(k, ',') && j - 3 > k + 1 && IsPunct(j - 1, ')') && IsPunct(j - 3, '(') && IsStateLabel(j - 2, j - 1))
            {
                j -= 3;
            }

            // "A department spokeswoman, Erin Walsh, said": the name inside the commas, after a lower-case word of its title
            // ("The law's sponsor, state Sen. Rita Coombs, said", "former Gov. ...").
            int named = k + 1;
            if (named < j && _tokens[named].Kind == TokenKind.Quote && _region[named] != NoRegion && _pairs[_region[named]].CloseToken == named)
            {
                named++; // (the comma was inside a title's marks: "The director of "Low Tide," Samuel Breuer, said")
            }

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
                // before the name; the name opens with a known first name. "Iran's chief negotiator, Deputy Foreign Minister Hamid
                // Reza Tavakoli, told": or the tagger read the title and the person's name.)
                if (named == j)
                {
                    for (int f = j - 2; f > k + 1 && f >= j - 4; f--)
                    {
                        if (IsCapitalized(f) && (FirstNameGenders.Of(Word(f)) != '\0' || IsPersonAt(f, j)) && IsProperNameRun(f, j)
                            && (QuoteWords.NameTitles.Contains(Word(f - 1)) && OnlyTitleWords(k + 1, f) || IsTitleAt(k + 1, f)))
                        {
                            named = f;
                            break;
                        }
                    }
                }

                // ("One of them, retired schoolteacher Marjorie Kent, told ...": a few lowercase words of description before a
                // name that opens with a known first name.)
                if (named == j)
                {
                    int f = article ? k + 2 : k + 1;
                    if (f < j - 3 && (IsPlaceAt(f, f + 1) || IsMentionAt(f, f + 1, EntityType.Nationality)))
                    {
                        f++; // "One of them, Atlanta developer Simone Draper, said", "Kenyan police officer ...": where the person is from
                    }

                    while (f < j - 2 && f < k + 5 && IsWordToken(f) && char.IsLower(_text[_tokens[f].Start]) && !IsVerbLikeCue(f)
                           && !QuoteWords.FiniteVerbs.Contains(Word(f)) && !QuoteWords.RelativeStarts.Contains(Word(f))
                           && !QuoteWords.NounPhraseStops.Contains(Word(f))) // (not "a former speechwriter for George W. Bush")
                    {
                        f++;
                    }

                    if (f > k + 1 && IsCapitalized(f) && (FirstNameGenders.Of(Word(f)) != '\0' || IsPersonAt(f, j)) && IsProperNameRun(f, j) && j - f >= 2)
                    {
                        named = f;
                    }
                }

                // ("one of my students, a 14-year-old named Aaliyah, told me": the name the description gives, one word or more.)
                if (named == j && j - 2 > k + 1 && IsCapitalized(j - 1))
                {
                    int given = CapitalizedRunStart(j - 1, Math.Max(k + 2, j - 3));
                    if (Is(given - 1, "named"))
                    {
                        named = given;
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
                // "Gloria Nakamura, whose husband, Ken, was diagnosed ..., said": a predicate after the comma belongs to a
                // relative clause; its subject, and a name set off inside it, are no one's appositive: back to the pronoun.
                if (k + 1 < _tokens.Length && IsWordToken(k + 1) && char.IsLower(_text[_tokens[k + 1].Start])
                    && (QuoteWords.FiniteVerbs.Contains(Word(k + 1)) || (IsPastTense(k + 1) || IsLikelyVerb(k + 1)) && !IsTrailingParticiple(k + 1))
                    && RelativeOpenedBefore(k, lower) is int opened)
                {
                    k = opened;
                }

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

                // "Moody's, the credit rating agency, said", "McDonald's, the burger chain, said": a name that ends in "'s" (a
                // shop's or an agency's) before its description.
                if (h - 1 >= lower && _tokens[h].Kind == TokenKind.Clitic && IsPossessiveClitic(h) && IsCapitalized(h - 1)
                    && QuoteWords.Articles.Contains(Word(k + 1)) && NounPhraseBefore(h - 1, lower, out start, out end) && IsProperNameRun(start, end))
                {
                    end = h + 1;
                    return true;
                }

                // "One, who asked not to be named, said ...", "Another, who ..., told ...": a determiner standing alone as the
                // subject before its relative clause.
                if (h >= lower && (h == lower || !IsWordToken(h - 1)) && QuoteWords.PronounLikeDeterminers.Contains(Word(h)) && Is(k + 1, "who"))
                {
                    start = h;
                    end = h + 1;
                    return true;
                }

                // ("Transit Workers Local 88, whose members ..., called": a number that ends a name, not an age set off by commas.)
                bool nameNumber = h - 1 >= lower && _tokens[h].Kind == TokenKind.Number && IsCapitalized(h - 1) && _tokens[h - 1].Kind == TokenKind.Word
                                  && !QuoteWords.DayAndMonthNames.Contains(Word(h - 1)) && !_text.AsSpan(_tokens[h - 1].End).StartsWith(".", StringComparison.Ordinal); // (not "Oct. 20,")
                if (h >= lower && (_tokens[h].Kind != TokenKind.Number || nameNumber) && NounPhraseBefore(nameNumber ? h - 1 : h, lower, out start, out end))
                {
                    if (nameNumber)
                    {
                        end = h + 1;
                    }

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

                        // "A Western diplomat who attended the talks, speaking on condition of anonymity, said": the object of a
                        // "who" clause's verb is no subject; the clause's antecedent is.
                        else if (AntecedentOfRelativeObject(start, lower) is int relativeHead && relativeHead != start)
                        {
                            int pronoun = start - 1;
                            while (pronoun > relativeHead && !Is(pronoun, "who"))
                            {
                                pronoun--;
                            }

                            (start, end) = (relativeHead, pronoun);

                            // ("Marty West, an education professor at Harvard who previously worked for ..., called": the name the
                            // description is set off after.)
                            if (start - 2 >= lower && IsPunct(start - 1, ',') && QuoteWords.Articles.Contains(Word(start)) && char.IsLower(_text[_tokens[start].Start]))
                            {
                                int n = CapitalizedRunStart(start - 2, Math.Max(lower, start - 6));
                                if (IsProperNameRun(n, start - 1) && (n == lower || !IsWordToken(n - 1) || !IsCapitalized(n - 1)))
                                {
                                    (start, end) = (n, start - 1);
                                }
                            }
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

        // "Some say ...", "while others say ...", "Many said ...": a determiner standing alone as the subject (also before an
        // auxiliary or an adverb: "Some are quietly saying ...").
        if ((j == cue - 1 || j < cue - 1 && OnlyAuxiliariesBetween(j + 1, cue)) && QuoteWords.PronounLikeDeterminers.Contains(Word(j)) && (j == lower || !IsWordToken(j - 1) || QuoteWords.NounPhraseStops.Contains(Word(j - 1))))
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

        // "state and local officials said", "U.S. and European officials said": two modifiers joined before one noun.
        // (Not "Clinton's team and her Democratic allies", "declined to comment and Senate aides", "Former Secretary of State
        // and Democratic presidential frontrunner Hillary Clinton": a common noun after a modifier.)
        if (end - start >= 2 && start - 2 >= lower && (Is(start - 1, "and") || Is(start - 1, "or"))
            && char.IsLower(_text[_tokens[end - 1].Start]) && !QuoteWords.Determiners.Contains(Word(start)) && !QuoteWords.PersonalPronouns.Contains(Word(start - 2))
            && !Is(start - 3, "to") && !IsPossessiveClitic(start - 1)
            && (_tokens[start - 2].Kind == TokenKind.Abbreviation && IsCapitalized(start - 2)
                || IsWordToken(start - 2) && (IsCapitalized(start - 2) && IsCapitalized(start) || char.IsLower(_text[_tokens[start - 2].Start]) && !IsLikelyVerb(start - 2)))
            && (start - 2 == lower || !IsWordToken(start - 3) || QuoteWords.NounPhraseStops.Contains(Word(start - 3))))
        {
            start -= 2;
        }

        // ("A Quinnipiac University poll of the state's likely voters released last week found": the poll, not its voters.)
        if (describedByParticiple)
        {
            int modified = start; // ("the state's likely voters": past the modifiers the phrase left out)
            while (modified - 1 > lower && modified > start - 5 && (IsWordToken(modified - 1) && char.IsLower(_text[_tokens[modified - 1].Start]) || IsPossessiveClitic(modified - 1))
                   && !Is(modified - 1, "of") && !(QuoteWords.NounPhraseStops.Contains(Word(modified - 1)) && !QuoteWords.Determiners.Contains(Word(modified - 1))))
            {
                modified--;
            }

            if (modified - 2 >= lower && Is(modified - 1, "of") && DescriptionHead(modified, lower) is int head && head < modified)
            {
                start = head;
            }
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

        // "Voters in Ohio and Michigan say", "officials on and off the island say": a phrase whose objects or prepositions are
        // coordinated is read from its first preposition, so that its head noun, not its last object, is the subject.
        int uncoordinated = start;
        int coordinated = start = CoordinatedPhraseObjectStart(start, lower);

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
                                      // ("Officials from agencies in three states said": the plural may open the sentence.)
                                      || IsWordToken(start - 2) && (char.IsLower(_text[_tokens[start - 2].Start]) || SentenceStart(start - 2) == start - 2)
                                         && (IsRoleWord(start - 2) || Word(start - 2).EndsWith("s", StringComparison.Ordinal) || Is(start - 2, "people")))
                                  && !(Is(start - 1, "of") && IsCapitalized(start - 2) && SentenceStart(start - 2) != start - 2)
                                  && NounPhraseBefore(start - 2, lower, out int s3, out _) && !QuoteWords.PersonalPronouns.Contains(Word(s3))
                                  && (!IsCapitalized(start - 2) || IsRoleWord(start - 2) || SentenceStart(start - 2) == start - 2); hop++)
                {
                    start = s3;
                }
            }
            else if (head == start - 2 && (Is(start - 1, "of") || (Is(start - 1, "in") || Is(start - 1, "among")) && QuoteWords.PronounLikeDeterminers.Contains(Word(head))
                                                                       && StandaloneStart(head, lower))
                     && (QuoteWords.PronounLikeDeterminers.Contains(Word(head)) || QuoteWords.NumberWords.Contains(Word(head)))
                     && _tokens[head].Kind == TokenKind.Word)
            {
                start = head; // "one of the former prosecutors said", "many of his supporters say", "two of the people said", "Some in the party say"

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

        if (coordinated != uncoordinated && start == coordinated)
        {
            start = uncoordinated; // (no head noun before the phrase: the last object stands)
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
        // ("A beekeeper who manages 900 hives and who has lost a third of his colonies each winter said": counts inside, and
        // two relative clauses joined by "and", the first one's pronoun.)
        for (int m = j; m > lower && m >= j - 30; m--)
        {
            // ("A taxi driver who asked that only his first name, Goran, be used said": a name set off inside the clause.)
            if (IsPunct(m, ',') && m < j && PreviousComma(m, lower) is int nameComma && nameComma >= m - 4 && nameComma > lower
                && IsPunct(nameComma, ',') && IsProperNameRun(nameComma + 1, m))
            {
                m = nameComma;
                continue;
            }

            if (!IsWordToken(m) && _tokens[m].Kind != TokenKind.Clitic && _tokens[m].Kind != TokenKind.Number)
            {
                return -1;
            }

            if (Is(m, "who") && m - 1 > lower && Is(m - 1, "and") && char.IsLower(_text[_tokens[m].Start]))
            {
                m--; // the "and" that joins this clause to the one before; go on to that one's pronoun
                continue;
            }

            // ("A police report that was obtained by the Times said", "A report that was released Monday found": "that" or
            // "which" before a passive's auxiliary, right after a noun, opens a relative clause on the subject.)
            if ((Is(m, "that") || Is(m, "which")) && m - 1 > lower && m + 2 <= j && char.IsLower(_text[_tokens[m].Start])
                && (Is(m + 1, "was") || Is(m + 1, "were") || Is(m + 1, "is") || Is(m + 1, "are") || Is(m + 1, "had") || Is(m + 1, "has"))
                && IsWordToken(m - 1) && char.IsLower(_text[_tokens[m - 1].Start]) && !QuoteWords.NounPhraseStops.Contains(Word(m - 1))
                && !IsLikelyVerb(m - 1) && !IsVerbLikeCue(m - 1) && IsPastTense(m + 2))
            {
                return m;
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
            // ("An official who spoke on condition of anonymity because he was not authorized to discuss the talks said": but a
            // clause with a verb of its own before the cue's goes on inside the relative clause.)
            if ((IsSubjectPronoun(m) || QuoteWords.Subordinators.Contains(Word(m)) || Is(m, "that")) && !HasClauseVerb(m + 1, j + 1)
                || Is(m, "and") || Is(m, "but") || Is(m, "or"))
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
        // ("Nearly a third say", "A majority say": a share of people takes a plural verb.)
        if (head != cue - 1 || Is(head, "percent") || Is(head, "third") || Is(head, "quarter") || Is(head, "fifth") || Is(head, "majority")
            || Is(head, "minority") || Is(head, "plurality") || !QuoteWords.SingularDeterminers.Contains(Word(start)) && !theName
            || head > start + 1 && IsNounThenName(start + 1) && cue + 1 < _tokens.Length && QuoteWords.GapAuxiliaries.Contains(Word(cue + 1)))
            // ("a tactic Democrats hope will ...": the name is the subject of a reduced relative clause, whose gap the
            // auxiliary after the verb shows)
        {
            return false;
        }

        ReadOnlySpan<char> verb = Word(cue);
        return !(verb.EndsWith("s", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                 || verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || _cues.Word(verb) == CueFlags.None
                 || QuoteWords.IrregularPastVerbs.Contains(verb)); // "A study found that ...", "a source told ..."
    }

    /// <summary>
    /// Where the object of a coordinated prepositional phrase starts, read from the phrase's first preposition, for the last
    /// conjunct at <paramref name="start"/>: "Voters in [Ohio and] Michigan", "officials on [and off] the island"; or
    /// <paramref name="start"/> when no preposition stands before the coordination.
    /// </summary>
    private int CoordinatedPhraseObjectStart(int start, int lower)
    {
        // ("Biden spoke in Pittsburgh and Harris said": after a verb, "and" joins two clauses, not two objects.)
        bool NounBefore(int preposition) => preposition - 1 >= lower && IsWordToken(preposition - 1) && IsNounLike(preposition - 1)
                                            && !IsPastTense(preposition - 1) && !QuoteWords.IrregularPastVerbs.Contains(Word(preposition - 1));

        // "on and off the island", "in and around the capital": the prepositions are coordinated; the phrase is read from "and".
        if (start - 3 >= lower && _tokens[start - 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[start - 1].Start])
            && (QuoteWords.SubjectPrepositions.Contains(Word(start - 1)) || Is(start - 1, "off")) && (Is(start - 2, "and") || Is(start - 2, "or"))
            && QuoteWords.SubjectPrepositions.Contains(Word(start - 3)) && NounBefore(start - 3))
        {
            return start - 2;
        }

        // "in Ohio and Michigan", "at the Pentagon and the State Department": the objects are; the phrase is read from the first.
        if (start - 3 >= lower && (Is(start - 1, "and") || Is(start - 1, "or")) && NounPhraseBefore(start - 2, lower, out int first, out int firstEnd)
            && firstEnd == start - 1 && first - 1 >= lower && _tokens[first - 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[first - 1].Start])
            && QuoteWords.SubjectPrepositions.Contains(Word(first - 1)) && !Is(first - 1, "of") && !QuoteWords.PersonalPronouns.Contains(Word(first))
            && NounBefore(first - 1))
        {
            return first;
        }

        return start;
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
        if (IsPunct(j, ',') || IsPunct(j, '(') || j >= 0 && _tokens[j].Kind == TokenKind.Dash) // ("Sen. Chris Murphy (who called it ...)")
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

        // "a retired casino dealer from Henderson who says ...", "Darlene Hupp, 63, a retired schoolteacher from Ankeny, who said
        // ...": a place after "from" or "in" is where the one described is from; "who" stands for that one.
        if (start - 2 >= 0 && (Is(start - 1, "from") || Is(start - 1, "in")) && IsPlaceAt(start, end)
            && IsWordToken(start - 2) && char.IsLower(_text[_tokens[start - 2].Start])
            && NounPhraseBefore(start - 2, Math.Max(0, start - 10), out int resident, out int residentEnd))
        {
            (start, end) = (resident, residentEnd);
            start = DescriptionHead(start, Math.Max(0, start - 10)); // ("the leader of the opposition in North-Rhine Westphalia")
        }

        // "Bill Tanner, 70, who said ...", "Bill Tanner, a retired trucker, who said ...": past an age or a description set
        // off by commas, to the name it follows.
        int opened = start - 1 >= 0 && QuoteWords.Articles.Contains(Word(start - 1)) && char.IsLower(_text[_tokens[start - 1].Start]) ? start - 1 : start;
        bool describedPhrase = end - start == 1 && _tokens[start].Kind == TokenKind.Number || opened < start || QuoteWords.Articles.Contains(Word(start)) && char.IsLower(_text[_tokens[start].Start]);
        if (describedPhrase && opened - 4 >= 0 && IsPunct(opened - 1, ',') && _tokens[opened - 2].Kind == TokenKind.Number && IsPunct(opened - 3, ','))
        {
            opened -= 2; // ("Darlene Hupp, 63, a retired schoolteacher, who ...": past the age too)
        }

        // ("Gov. Marisol Encinas, a Democrat who has promised to veto it": or an indefinite description right before "who".)
        if (who - 1 >= 0 && (IsPunct(who - 1, ',') || end == who && (Is(opened, "a") || Is(opened, "an")))
            && opened - 2 >= 0 && IsPunct(opened - 1, ',') && describedPhrase && IsCapitalized(opened - 2))
        {
            int named = CapitalizedRunStart(opened - 2, Math.Max(0, opened - 7));

            if (IsProperNameRun(named, opened - 1))
            {
                (start, end) = (named, opened - 1);

                // ("Gov. Terry E. Branstad of Iowa, a Republican who ...": the person, not the state after "of".)
                if (named - 2 >= 0 && Is(named - 1, "of") && IsPlaceAt(named, opened - 1) && IsCapitalized(named - 2))
                {
                    int person = CapitalizedRunStart(named - 2, Math.Max(0, named - 8));

                    if (IsProperNameRun(person, named - 1))
                    {
                        (start, end) = (person, named - 1);
                    }
                }
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

    /// <summary>
    /// The first token of the run of capitalized words and abbreviations that ends at <paramref name="last"/>, read back no
    /// further than <paramref name="lowest"/>: the start of a name before a comma ("Bill Tanner, a retired trucker, who ...").
    /// </summary>
    private int CapitalizedRunStart(int last, int lowest)
    {
        int s = last;
        while (s - 1 >= lowest && (IsCapitalized(s - 1) || _tokens[s - 1].Kind == TokenKind.Abbreviation))
        {
            s--;
        }

        return s;
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

            // ("Pieter van Rensburg", "Juan Carlos de la Fuente": lowercase particles inside a name.)
            if (!IsCapitalized(i))
            {
                if (i > from && i + 1 < to && IsWordToken(i) && EntityPipeline.IsNameParticle(Word(i)))
                {
                    continue;
                }

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
                // ("The director of "Low Tide," Samuel Breuer, said": the comma inside the marks sets off the name after them.)
                if (IsPunct(k - 1, ',') && _region[k] != NoRegion && _pairs[_region[k]].CloseToken == k && k + 1 < i && IsProperNameRun(k + 1, i)
                    && QuotedAsideOpen(k) is int)
                {
                    return k - 1;
                }

                // ("Ruth Castellanos, author of "The Rent Trap," a best-selling book, said": past a title in its marks.)
                // ("Smith, who called the plan "a disaster", said": past a fragment inside an aside.)
                if (QuotedAsideOpen(k) is not int quoteOpen || _isFragment[_region[k]] && !IsNoOnesWords(_region[k]) && !OpensAsideBefore(quoteOpen, lower))
                {
                    break;
                }

                k = quoteOpen;
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

        // ("a florist in Austin, Texas, said": a state written out after its city, between commas.)
        if (to - from == 1 && from >= 2 && IsPunct(from - 1, ',') && IsCapitalized(from - 2) && IsPlaceAt(from, to) && UsStates.IsStateName(Word(from)))
        {
            return true;
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

    /// <summary>
    /// The comma before "who", "whose" or "which" that opens the relative clause whose subject ends at the comma
    /// <paramref name="k"/>, within eight tokens, past one name set off by commas ("whose husband, Ken,"); else null.
    /// </summary>
    private int? RelativeOpenedBefore(int k, int lower)
    {
        for (int m = k - 1; m > lower && m >= k - 8; m--)
        {
            if ((Is(m, "who") || Is(m, "whose") || Is(m, "which")) && IsPunct(m - 1, ','))
            {
                return m - 1;
            }

            if (IsPunct(m, ',') && !(m + 1 < k && IsProperNameRun(m + 1, k)))
            {
                return null;
            }

            if (!IsWordToken(m) && !IsPunct(m, ','))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The opening mark of the quoted words that close at <paramref name="close"/> when they are one stretch that is no one's
    /// speech (a title, a name given, a fragment of the writer's sentence), which a search back through an aside may pass;
    /// else null.
    /// </summary>
    private int? QuotedAsideOpen(int close) =>
        _region[close] != NoRegion && _pairs[_region[close]].CloseToken == close && _pairs[_region[close]].Parts.Length == 1
        && (_isFragment[_region[close]] || IsNoOnesWords(_region[close]))
            ? _pairs[_region[close]].OpenToken
            : null;

    /// <summary>
    /// Whether an aside set off by a comma opens at most twelve words before the quoted words at <paramref name="open"/>, in
    /// their sentence: a relative clause, a description or a participle ("Smith, who called the plan "a disaster," said ...",
    /// "A representative for the brand, a business pitched as "the ultimate destination," noted ...").
    /// </summary>
    private bool OpensAsideBefore(int open, int lower)
    {
        for (int m = open - 1; m > lower && m >= open - 13; m--)
        {
            if (IsTerminator(m) || _tokens[m].Kind == TokenKind.Quote)
            {
                return false;
            }

            if (IsPunct(m, ',') && IsWordToken(m + 1) && m + 1 < open)
            {
                return AsideOpenerAt(m + 1) != AsideOpener.None;
            }
        }

        return false;
    }

    /// <summary>How a word right after a comma opens an aside.</summary>
    private enum AsideOpener
    {
        /// <summary>It opens none.</summary>
        None,

        /// <summary>A relative pronoun other than "that": ", who ...", ", which ...".</summary>
        Relative,

        /// <summary>A determiner or a participle: ", a business pitched as ...", ", citing ...", ", known as ...".</summary>
        Description,
    }

    /// <summary>How the word at <paramref name="i"/>, right after a comma, opens an aside: see <see cref="AsideOpener"/>.</summary>
    private AsideOpener AsideOpenerAt(int i)
    {
        ReadOnlySpan<char> w = Word(i);
        if (QuoteWords.RelativeStarts.Contains(w) && !w.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return AsideOpener.Relative;
        }

        return QuoteWords.Determiners.Contains(w) || char.IsLower(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))
            ? AsideOpener.Description
            : AsideOpener.None;
    }

    /// <summary>"heard" after anything but a court, jury, inquest or magistrates: no cue ("Manchester Crown Court heard" is one).</summary>
    private bool IsHeardOutsideCourt(int i) =>
        Is(i, "heard") && !(i > 0 && QuoteWords.CourtHearers.Contains(Word(i - 1))
                            || i > 1 && (Is(i - 1, "has") || Is(i - 1, "have") || Is(i - 1, "had")) && QuoteWords.CourtHearers.Contains(Word(i - 2))); // ("a jury has heard")

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

        // "Both said", "All three said", "The two told reporters", "Two said": a quantifier or a count standing alone for the people
        // named before it, at the start of its clause.
        if (StandaloneCount(head, lower) is int countStart and >= 0)
        {
            start = countStart;
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
    /// clause of the writer's that says when, not what; with <paramref name="allowAs"/> false, not one that opens with "as"
    /// ("a move intended as a signal that ...": after a verb that is no plain saying verb, "as" may hold what is judged).
    /// </summary>
    private bool OpensTimeClause(int from, int b, bool allowAs = true)
    {
        int m = from;
        while (m < b && m < from + 4 && IsWordToken(m) && (QuoteWords.DayAndMonthNames.Contains(Word(m)) || Is(m, "on") || Is(m, "yesterday") || Is(m, "today")))
        {
            m++;
        }

        // ("..., he said after meeting Thursday with Trump aides.", "..., she said while campaigning in Iowa": a gerund's clause;
        // not a gerund that is itself a cue, which reports on: "..., the CEO said before adding that ...".)
        return m + 2 < b && (allowAs && Is(m, "as") || Is(m, "while") || Is(m, "when") || Is(m, "before") || Is(m, "after"))
               && (IsSubjectPronoun(m + 1) || QuoteWords.Determiners.Contains(Word(m + 1)) || IsCapitalized(m + 1)
                   || !Is(m, "as") && _tokens[m + 1].Kind == TokenKind.Word && char.IsLower(_text[_tokens[m + 1].Start])
                      && Word(m + 1).EndsWith("ing", StringComparison.Ordinal) && _cues.Word(Word(m + 1)) == CueFlags.None);
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
        // ("One Democratic strategist who has advised Markham in the past, speaking ..., said": past a prepositional phrase
        // after the verb or its object.)
        if (phraseStart - 2 > lower && QuoteWords.SubjectPrepositions.Contains(Word(phraseStart - 1)) && char.IsLower(_text[_tokens[phraseStart - 1].Start]))
        {
            int viaVerb = AntecedentOfRelativeObject(phraseStart - 1, lower);
            if (viaVerb != phraseStart - 1)
            {
                return viaVerb;
            }

            if (NounPhraseBefore(phraseStart - 2, lower, out int objectStart, out int objectEnd) && objectEnd == phraseStart - 1 && objectStart < phraseStart - 1
                && AntecedentOfRelativeObject(objectStart, lower) is int viaObject && viaObject != objectStart)
            {
                return viaObject;
            }
        }

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

        return Is(m, "who") && NounPhraseBeforePronoun(m, lower) is int antecedent and >= 0 ? DescriptionHead(antecedent, lower) : phraseStart;
    }

    /// <summary>
    /// The start of the noun phrase that a prepositional object at <paramref name="start"/> belongs to ("an education professor"
    /// for "Harvard" in "an education professor at Harvard", "the leader" for "North-Rhine Westphalia" in "the leader of the
    /// opposition in North-Rhine Westphalia"), or <paramref name="start"/> when no preposition and description come before it.
    /// </summary>
    private int DescriptionHead(int start, int lower)
    {
        int head = start;
        for (int hop = 0; hop < 3 && head - 2 > lower; hop++)
        {
            if (!(Is(head - 1, "at") || Is(head - 1, "of") || Is(head - 1, "from") || Is(head - 1, "in") || Is(head - 1, "for") || Is(head - 1, "with"))
                || !NounPhraseBefore(head - 2, lower, out int ds, out int de) || de != head - 1 || ds >= head - 1)
            {
                break;
            }

            head = ds;
        }

        return head != start && (QuoteWords.Articles.Contains(Word(head)) || IsCapitalized(head) || char.IsLower(_text[_tokens[head].Start])) ? head : start;
    }

    /// <summary>
    /// The start of a quantifier or count that stands alone as a subject and ends at <paramref name="head"/>: "Both", "Each",
    /// "Neither", "All three", "The two", "Two", a number or a share with the words that make it approximate ("At least 21,000",
    /// "Nearly a third") at the start of a sentence or after a clause's comma or conjunction; -1 otherwise.
    /// </summary>
    private int StandaloneCount(int head, int lower)
    {
        ReadOnlySpan<char> w = Word(head);
        int s;
        if (w is "Both" or "Each" or "Neither" or "both" or "each" or "neither")
        {
            s = head;
        }
        else if (QuoteWords.NumberWords.Contains(w) && !(w is "half" or "twice" or "Half" or "Twice"))
        {
            s = head - 1 >= lower && (Is(head - 1, "all") || Is(head - 1, "the") || Is(head - 1, "both")) ? head - 1 : head;
        }
        else if (_tokens[head].Kind == TokenKind.Number && !IsYear(head) || w is "third" or "thirds" or "quarter" or "quarters" or "fifth" or "fifths")
        {
            // "At least 21,000 said", "More than 200 said", "Nearly a third say", "Two-thirds said": a number or a share of the
            // people asked, with the words that make it approximate.
            s = head;
            if (_tokens[head].Kind != TokenKind.Number)
            {
                if (!(head - 1 >= lower && (Is(head - 1, "a") || Is(head - 1, "one") || Is(head - 1, "two") || Is(head - 1, "three"))))
                {
                    return -1;
                }

                s = head - 1;
            }

            s = ApproximationStart(s, lower);
        }
        else
        {
            return -1;
        }

        // (Not "Two objectors, ...", "The two lawmakers": the count stands alone only before a verb, an adverb or a comma.)
        if (head + 1 < _tokens.Length && IsWordToken(head + 1) && !IsVerbLikeCue(head + 1) && !QuoteWords.FiniteVerbs.Contains(Word(head + 1))
            && !QuoteWords.BetweenSubjectAndVerb.Contains(Word(head + 1)) && !IsLyAdverb(head + 1) && !IsPastTense(head + 1))
        {
            return -1;
        }

        // (Not "one of the two said", "the other two": only at the clause's start.)
        return StandaloneStart(s, lower) ? s : -1;
    }

    /// <summary>
    /// The start of the words that make the count starting at <paramref name="count"/> approximate: "at least", "more than",
    /// "fewer than", "up to", "just over", "nearly", "about", ...; <paramref name="count"/> itself when there are none.
    /// </summary>
    private int ApproximationStart(int count, int lower)
    {
        int s = count;
        if (s - 2 >= lower && (Is(s - 2, "at") && Is(s - 1, "least") || (Is(s - 2, "more") || Is(s - 2, "fewer") || Is(s - 2, "less")) && Is(s - 1, "than")
                               || Is(s - 2, "up") && Is(s - 1, "to") || Is(s - 2, "just") && (Is(s - 1, "over") || Is(s - 1, "under"))))
        {
            return s - 2;
        }

        return s - 1 >= lower && (Is(s - 1, "nearly") || Is(s - 1, "almost") || Is(s - 1, "about") || Is(s - 1, "roughly") || Is(s - 1, "some")
                                  || Is(s - 1, "only") || Is(s - 1, "just") || Is(s - 1, "over") || Is(s - 1, "around") || Is(s - 1, "approximately"))
            ? s - 1
            : s;
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
        if (next + 1 < to && Is(n + 1, "the") && QuoteWords.CompanyNouns.Contains(Word(next)))
        {
            next++; // "Teddy Nakashima of the firm Blackwater Labs"
        }

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
    /// a number or a role's "of" is a noun, the head of the speaker's noun phrase, not a verb (a singular one after a
    /// definite determiner, "a", "an", "another" or "each": "A report said"; not after "one": "one says").
    /// </summary>
    private bool IsNounAfterDeterminer(int head, int lower)
    {
        // ("the congressional report said", "a new poll shows", "a police report indicates": one modifier between the
        // determiner and the noun; "the foundation predicts" is a noun and its verb.)
        // ("the IMF report stated": a name for the modifier of a document.)
        if (head - 2 >= lower && IsWordToken(head + 1) && _tokens[head - 1].Kind is TokenKind.Word or TokenKind.Abbreviation
            && (char.IsLower(_text[_tokens[head - 1].Start]) && IsModifierWord(head - 1) || IsCapitalized(head - 1) && IsDocumentNoun(head))
            && IsSingularDeterminer(head - 2))
        {
            return !Word(head).EndsWith("ed", StringComparison.Ordinal) && !Word(head).EndsWith("ing", StringComparison.Ordinal);
        }

        // ("A National Transportation Safety Board report found": a name of several words modifies the document.)
        if (IsDocumentNoun(head) && head - 2 >= lower && IsCapitalized(head - 1) && IsWordToken(head + 1))
        {
            int m = head - 1;
            while (m - 1 >= lower && m > head - 7 && IsCapitalized(m - 1) && !QuoteWords.Determiners.Contains(Word(m - 1)))
            {
                m--;
            }

            if (m - 1 >= lower && (QuoteWords.Articles.Contains(Word(m - 1)) || Is(m - 1, "this")))
            {
                return !Word(head).EndsWith("ed", StringComparison.Ordinal) && !Word(head).EndsWith("ing", StringComparison.Ordinal);
            }
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
                             : IsSingularDeterminer(head - 1) || Is(head - 1, "another") || Is(head - 1, "each")); // ("A report said", "Our report shows")
    }

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> closes a relative clause without "that" on the noun before its pronoun:
    /// a determiner, a lower-case noun and a lower-case subject pronoun ("The statute she cited", "The letter they sent"), or
    /// with <paramref name="allowI"/> also "I" ("The letter I sent").
    /// </summary>
    private bool IsNounBeforeBareRelative(int verb, bool allowI) =>
        verb - 3 >= 0 && IsSubjectPronoun(verb - 1) && (char.IsLower(_text[_tokens[verb - 1].Start]) || allowI && Is(verb - 1, "I"))
        && IsWordToken(verb - 2) && char.IsLower(_text[_tokens[verb - 2].Start]) && !IsLikelyVerb(verb - 2) && !QuoteWords.NounPhraseStops.Contains(Word(verb - 2))
        && QuoteWords.Determiners.Contains(Word(verb - 3));

    /// <summary>An article, "this" or a possessive determiner at <paramref name="i"/>: "the report", "a report", "this report", "our report".</summary>
    private bool IsSingularDeterminer(int i) => QuoteWords.Articles.Contains(Word(i)) || Is(i, "this") || QuoteWords.PossessivePronouns.Contains(Word(i));

    /// <summary>
    /// The noun phrase a participle (or "familiar", "close" and the like) and its prepositional phrase describe, when the
    /// phrase's object starts at <paramref name="start"/>: "A senior official involved in [the negotiations]", "Residents living
    /// near [the plant]", "Two people familiar with [the investigation]", "Two Republicans close to [Amadi]"; null
    /// when the word before the preposition is no such participle ("his low standing in the polls", "who previously worked
    /// for") or the phrase before it is no determined or named noun phrase.
    /// </summary>
    private (int Start, int End)? DescribedByParticiple(int start, int lower)
    {
        if (start - 3 < lower || _tokens[start - 1].Kind != TokenKind.Word || !char.IsLower(_text[_tokens[start - 1].Start])
            || !(QuoteWords.SubjectPrepositions.Contains(Word(start - 1)) || Is(start - 1, "to") && (Is(start - 2, "close") || Is(start - 2, "loyal") || Is(start - 2, "friendly")))
            || !IsWordToken(start - 2) || !char.IsLower(_text[_tokens[start - 2].Start]))
        {
            return null;
        }

        ReadOnlySpan<char> participle = Word(start - 2);
        if (participle.Length <= 4 || QuoteWords.ParticiplePrepositions.Contains(participle)
            || !(participle.EndsWith("ed", StringComparison.Ordinal) || participle is "living" or "working" or "serving" or "speaking" or "representing"
                 || participle is "familiar" or "close" or "loyal" or "knowledgeable" or "privy" or "sympathetic" or "friendly" or "allied")
            || !IsWordToken(start - 3) || QuoteWords.NounPhraseStops.Contains(Word(start - 3)) || IsLyAdverb(start - 3)
            || !NounPhraseBefore(start - 3, lower, out int described, out int describedEnd)
            || !(QuoteWords.Determiners.Contains(Word(described)) || IsCapitalized(described)) || QuoteWords.PersonalPronouns.Contains(Word(described)))
        {
            return null;
        }

        return (described, describedEnd);
    }

    /// <summary>
    /// The participle of "viewed more than 4 million times on TikTok", "shared 60,000 times on Facebook", "watched millions of
    /// times" ending at <paramref name="j"/>, after the noun it describes; or -1.
    /// </summary>
    private int TimesSharedBefore(int j, int lower)
    {
        int m = j;
        // ("on TikTok", "across Facebook and X": the platform)
        int platform = m;
        while (platform > lower && platform > j - 6 && (IsCapitalized(platform) || Is(platform, "and") && IsCapitalized(platform - 1)))
        {
            platform--;
        }

        if (platform < j && (Is(platform, "on") || Is(platform, "across")))
        {
            m = platform - 1;
        }

        if (m - 2 < lower || !Is(m, "times"))
        {
            return -1;
        }

        m--; // the count: "4 million", "60,000", "millions of", "thousands of"
        if (Is(m, "of") && (Is(m - 1, "millions") || Is(m - 1, "thousands") || Is(m - 1, "hundreds")))
        {
            m -= 2;
        }
        else if (Is(m, "million") || Is(m, "thousand") || Is(m, "billion"))
        {
            m -= IsCountAt(m - 1) ? 2 : 1;
        }
        else if (IsCountAt(m))
        {
            m--;
        }
        else
        {
            return -1;
        }

        if (Is(m, "than") && (Is(m - 1, "more") || Is(m - 1, "fewer")))
        {
            m -= 2;
        }
        else if (Is(m, "over") || Is(m, "nearly") || Is(m, "about") || Is(m, "almost") || Is(m, "some"))
        {
            m--;
        }

        return m - 1 >= lower && _tokens[m].Kind == TokenKind.Word && char.IsLower(_text[_tokens[m].Start])
               && (Word(m).EndsWith("ed", StringComparison.Ordinal) || Is(m, "seen") || Is(m, "shown") || QuoteWords.IrregularPastVerbs.Contains(Word(m)))
               && IsWordToken(m - 1) && !QuoteWords.NounPhraseStops.Contains(Word(m - 1))
            ? m
            : -1;
    }

    /// <summary>Whether token <paramref name="i"/> opens its clause: the sentence's start, or after a comma, a semicolon, "and" or "but".</summary>
    private bool StandaloneStart(int i, int lower) =>
        i == lower || i == SentenceStart(i) || i - 1 >= 0 && (IsPunct(i - 1, ',') || IsPunct(i - 1, ';') || Is(i - 1, "and") || Is(i - 1, "but"));

    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="to"/>) are all auxiliaries or adverbs of the verb.</summary>
    private bool OnlyAuxiliariesBetween(int from, int to)
    {
        for (int m = from; m < to; m++)
        {
            if (!(_tokens[m].Kind is TokenKind.Word or TokenKind.Clitic && (QuoteWords.BetweenSubjectAndVerb.Contains(Word(m)) || IsLyAdverb(m))))
            {
                return false;
            }
        }

        return true;
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
}
