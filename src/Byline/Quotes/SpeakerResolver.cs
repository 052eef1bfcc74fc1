using System.Collections.Immutable;
using Byline.Entities;
using Byline.Text;

namespace Byline.Quotes;

/// <summary>
/// Turns the speaker phrase found next to each quote into a <see cref="QuoteSpeaker"/>. With entity mentions
/// (<see cref="QuoteExtractionContext.Mentions"/>), the speaker is the entity of the mention inside the phrase, a
/// pronoun resolves to the nearest compatible person mention before it, and a description ("the spokeswoman") to the
/// entity that carries that title. Without mentions it falls back to the phrase itself: names are cleaned of titles
/// and joined to an earlier full name that ends with the same surname, pronouns to the nearest earlier speaker name.
/// A quote paragraph with no cue continues the previous quote's speaker.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly QuoteExtractionContext _context;
    private readonly QuoteFinder _finder;
    private readonly string _text;
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private Dictionary<string, int>? _rivals; // entity id -> index of its first mention after "rival", built on first use
    private Dictionary<string, int>? _ages; // person entity id -> the age the article gives, built on first use
    private readonly List<NameRecord> _names = [];   // speaker names seen so far (fallback mode), in text order
    private readonly Dictionary<string, Gender> _entityGender = new(StringComparer.Ordinal);
    private string? _previousSpeakerEntity;     // the entity the previous quote's speaker resolved to
    private bool _continues;                    // the quote's cue goes on with the previous speaker: "he added"
    private int _quoteAfterPrevious = -1;       // for ""...," she said" near the previous quote: where that quote ended
    private QuoteSpeaker? _previousNearby;      // the previous quote's speaker, in this paragraph or the one before
    private TextSpan _previousSpan;             // the previous attributed quote's span
    private readonly List<TextSpan> _quoted = [];  // the direct quotes' spans, in text order
    private readonly List<TextSpan> _interruptingSpeakers = []; // speakers named inside those spans, between their parts

    private enum Gender : byte
    {
        Unknown,
        Male,
        Female,
        Plural,
    }

    private sealed record NameRecord(int Position, string Name, string? EntityId, Gender Gender, string? Role);

    public SpeakerResolver(QuoteExtractionContext context, QuoteFinder finder)
    {
        _context = context;
        _finder = finder;
        _text = context.Text;
        foreach (Entity e in context.Entities)
        {
            _entities[e.Id] = e;
        }
    }

    private bool HasMentions => !_context.Mentions.IsDefaultOrEmpty;

    public ImmutableArray<Quote> Resolve(
        List<(TextSpan Span, QuoteKind Kind, int CueStart, int CueEnd, int SpeakerStart, int SpeakerEnd, TextSpan[] Fragments, bool Continuation, int NamedStart, int NamedEnd)> found,
        CancellationToken cancellationToken)
    {
        var quotes = ImmutableArray.CreateBuilder<Quote>(found.Count);
        _quoted.Clear();
        _interruptingSpeakers.Clear();
        foreach (var f in found)
        {
            if (f.Kind == QuoteKind.Direct)
            {
                _quoted.Add(f.Span);
                // (The speaker of an attribution that interrupts the quote is no quoted word: ""...," Marchetti says. "..."" names
                // Marchetti for the next "she"; the rest of the attribution stays hidden: "Ryan told CNN about extending his
                // support to Trump" gives no "Trump" for the next "He said".)
                // (Only someone the article named before the quote: a new voice, "said Patel, a longtime volunteer", takes no
                // "she" that went on meaning the person the piece is about.)
                if (f.Fragments.Length > 0 && f.SpeakerStart >= 0)
                {
                    TextSpan named = SpanOf(f.SpeakerStart, f.SpeakerEnd);
                    if (f.Span.Contains(named) && NamedBefore(named, f.Span.Start))
                    {
                        _interruptingSpeakers.Add(named);
                    }
                }
            }
        }

        QuoteSpeaker? previous = null;
        bool previousCouldSpeak = false; // (not "the saga over his future threatened to ...": no one to go on quoting)
        int previousParagraph = int.MinValue;
        int previousEnd = -1;
        int previousSpeakerSentence = -1;
        for (int i = 0; i < found.Count; i++)
        {
            if ((i & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var f = found[i];
            QuoteSpeaker? speaker = null;
            int paragraphsSince = previous is null ? int.MaxValue : ParagraphIndexAt(f.Span.Start) - previousParagraph;
            _previousSpeakerEntity = previous?.EntityId;
            _previousNearby = paragraphsSince <= 1 ? previous : null;
            _continues = paragraphsSince <= 1 && f.CueStart >= 0 && IsContinuationCue(f.CueStart);
            // ""...," she said" after the previous speaker's quote in this paragraph or the one before: the pronoun most often
            // goes on with that speaker, not with someone the speaker talked about; so does a pronoun speaker in the sentence
            // where the previous quote's speaker spoke ("She praised the actor, who she said "carries the whole show"").
            bool pronounSpeaker = f.SpeakerStart >= 0 && f.SpeakerEnd - f.SpeakerStart == 1;
            _quoteAfterPrevious = paragraphsSince <= 1 && !_continues && pronounSpeaker
                                  && (f.Kind == QuoteKind.Direct && _finder.TokenAt(f.SpeakerStart).Start >= f.Span.End
                                      || previousSpeakerSentence == SentenceIndexAt(_finder.TokenAt(f.SpeakerStart).Start))
                ? previousEnd : -1;
            if (f.SpeakerStart >= 0 && f.NamedStart != -1)
            {
                // An interview's label: "Q:" names no one, "A:" the interviewee named in the introduction.
                TextSpan label = SpanOf(f.SpeakerStart, f.SpeakerEnd);
                speaker = f.NamedStart >= 0 ? FromPhrase(f.NamedStart, f.NamedEnd) with { Span = label } : new QuoteSpeaker(label, null, null);
            }
            else if (f.SpeakerStart >= 0 && previous is not null && previous.Span == SpanOf(f.SpeakerStart, f.SpeakerEnd))
            {
                speaker = previous; // "It said ... but warned that ...": one subject, two reports
            }
            else if (f.SpeakerStart >= 0)
            {
                speaker = FromPhrase(f.SpeakerStart, f.SpeakerEnd);
            }
            else if (f.Kind == QuoteKind.Direct && f.Continuation && previous is not null && previousCouldSpeak && previousEnd >= 0 && paragraphsSince <= 2)
            {
                speaker = previous;
            }

            QuoteCue? cue = null;
            if (f.CueStart >= 0 && f.CueEnd > f.CueStart)
            {
                TextSpan cueSpan = SpanOf(f.CueStart, f.CueEnd);
                cue = new QuoteCue(cueSpan, _text.Substring(cueSpan.Start, cueSpan.Length));
            }

            quotes.Add(new Quote(f.Span, f.Kind)
            {
                Speaker = speaker,
                Cue = cue,
                Fragments = f.Fragments.Length == 0 ? [] : [.. f.Fragments],
            });

            if (speaker is not null)
            {
                if (!ReferenceEquals(speaker, previous))
                {
                    // (An intention of something unnamed, "the saga over his future threatened to overshadow ...", leaves no one
                    // whose quotes the next paragraph could go on with.)
                    previousCouldSpeak = speaker.EntityId is not null || f.SpeakerStart < 0 || f.Kind != QuoteKind.Indirect
                                         || !_text.AsSpan(f.Span.Start).StartsWith("to ", StringComparison.Ordinal) || _finder.CouldSpeak(f.SpeakerStart, f.SpeakerEnd);
                }

                previous = speaker;
                previousSpeakerSentence = SentenceIndexAt(speaker.Span.Start);
                previousEnd = f.Span.End;
                _previousSpan = f.Span;
                previousParagraph = ParagraphIndexAt(f.Span.End);
            }
        }

        return quotes.MoveToImmutable();
    }

    private int ParagraphIndexAt(int position)
    {
        ImmutableArray<TextSpan> ps = _context.Paragraphs;
        int lo = 0, hi = ps.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (ps[mid].End < position)
            {
                lo = mid + 1;
            }
            else if (ps[mid].Start > position)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return lo;
    }

    private bool IsContinuationCue(int cue)
    {
        ReadOnlySpan<char> w = _finder.Word(cue);
        return w.Equals("added", StringComparison.OrdinalIgnoreCase) || w.Equals("adds", StringComparison.OrdinalIgnoreCase)
            || w.Equals("continued", StringComparison.OrdinalIgnoreCase) || w.Equals("continues", StringComparison.OrdinalIgnoreCase)
            || (w.Equals("went", StringComparison.OrdinalIgnoreCase) || w.Equals("goes", StringComparison.OrdinalIgnoreCase))
               && cue + 1 < _finder.TokenCount && _finder.Word(cue + 1).Equals("on", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How many mentions start before <paramref name="position"/> (they are sorted): the index to scan back from.</summary>
    private int MentionsStartingBefore(int position) => MentionSearch.StartingBefore(_context.Mentions, position);

    private bool InQuotedWords(TextSpan span) => Within(_quoted, span) && !Within(_interruptingSpeakers, span);

    /// <summary>Whether a person mentioned inside <paramref name="span"/> has a mention of the same entity before <paramref name="position"/>.</summary>
    private bool NamedBefore(TextSpan span, int position)
    {
        foreach (EntityMention m in MentionsIn(span))
        {
            if (m.Type == EntityType.Person && m.EntityId is { } id && _entities.TryGetValue(id, out Entity? entity)
                && entity.Mentions.Length > 0 && entity.Mentions[0].Start < position)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="span"/> lies inside one of <paramref name="spans"/> (sorted, not overlapping).</summary>
    private static bool Within(List<TextSpan> spans, TextSpan span)
    {
        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (spans[mid].End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < spans.Count && spans[lo].Start <= span.Start && span.End <= spans[lo].End;
    }

    private int SentenceIndexAt(int position)
    {
        ImmutableArray<Sentence> ss = _context.Sentences;
        int lo = 0, hi = ss.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (ss[mid].Span.End <= position)
            {
                lo = mid + 1;
            }
            else if (ss[mid].Span.Start > position)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return lo;
    }

    /// <summary>The text span of the tokens [start, end).</summary>
    private TextSpan SpanOf(int start, int end) => TextSpan.FromBounds(_finder.TokenAt(start).Start, _finder.TokenAt(end - 1).End);

    /// <summary>The speaker for the phrase of tokens [start, end).</summary>
    private QuoteSpeaker FromPhrase(int start, int end)
    {
        TextSpan phrase = SpanOf(start, end);
        ReadOnlySpan<char> first = _finder.Word(start);
        if (end - start == 1 && first is "who" or "Who" or "which" or "Which") // (not "The WHO said": the World Health Organization)
        {
            // "an architect who said ...": the attribution rests on "who"; the speaker is its antecedent.
            if (_finder.AntecedentOf(start, out int s, out int e))
            {
                QuoteSpeaker antecedent = FromPhrase(s, e);
                return antecedent with { Span = phrase };
            }

            return new QuoteSpeaker(phrase, null, null);
        }

        // ("the agency quoted him as saying": an object pronoun stands for its person too, and so does a possessive one: "His
        // verdict was blunt: "..."".)
        bool pronoun = end - start == 1 && (QuoteWords.PersonalPronouns.Contains(first) || first.Equals("him", StringComparison.OrdinalIgnoreCase)
                                            || first.Equals("her", StringComparison.OrdinalIgnoreCase) || first.Equals("them", StringComparison.OrdinalIgnoreCase)
                                            || first.Equals("his", StringComparison.OrdinalIgnoreCase) || first.Equals("their", StringComparison.OrdinalIgnoreCase));
        if (pronoun && first is "I" && _context.Authors.Length == 1)
        {
            return Writer(phrase); // "Last week I wrote that ...", "I told the board that ...": the byline's one author
        }

        if (HasMentions)
        {
            return pronoun ? ResolvePronounWithMentions(phrase) : ResolvePhraseWithMentions(start, end, phrase);
        }

        return pronoun ? ResolvePronounFallback(start, phrase) : ResolvePhraseFallback(start, end, phrase);
    }

    // ------------------------------------------------------------------ with entities

    private QuoteSpeaker ResolvePhraseWithMentions(int start, int end, TextSpan phrase)
    {
        // "Greenberg's research suggests", "Smith's analysis found": a person's own working stands for the person.
        if (end - start >= 3 && end - start <= 5 && QuoteWords.WorkingNouns.Contains(_finder.Word(end - 1)))
        {
            for (int k = end - 2; k > start && k >= end - 4; k--)
            {
                if (_finder.IsPossessiveClitic(k))
                {
                    if (LastIssuerIn(start, k) is { } possessor && possessor.Type == EntityType.Person)
                    {
                        return SpeakerFor(phrase, possessor);
                    }

                    break;
                }
            }
        }

        // "the 24-year-old", "the Spaniard", "the former Chelsea boss", "the actress": a definite description of one person.
        if (_finder.Is(start, "the") && end - start <= 4 && (IsPersonNoun(end - 1) || end - start == 2 && IsDemonym(end - 1, phrase))
            && DescribedPerson(end, phrase) is { } described)
        {
            return described;
        }

        // "A federal judge on Tuesday blocked a California law, ruling that ... U.S. District Judge Miriam Okafor wrote ...":
        // a description with no one before it names the person the next sentences give its role as a title.
        // ("the judge" only where no person is named before it: else it may be someone named before.)
        if ((_finder.Is(start, "a") || _finder.Is(start, "an") || _finder.Is(start, "the") && !PersonNamedBefore(phrase.Start)) && end - start <= 4
            && (IsPersonNoun(end - 1) || QuoteWords.Roles.Contains(_finder.Word(end - 1)))
            && !(end < _finder.TokenCount && (_finder.Is(end, "at") || _finder.Is(end, "of") || _finder.Is(end, "for") || _finder.Is(end, "from")
                                              || _finder.Is(end, "with"))) // ("an analyst at Barclays": someone of their own)
            && NamedLaterWithRole(phrase, _finder.Word(end - 1)) is { } later)
        {
            return later;
        }

        EntityMention? best = null;
        foreach (EntityMention m in MentionsIn(phrase))
        {
            // A nationality is the speaker only as the phrase's head ("Republicans said"), not as a modifier
            // ("the French minister said"); titles, dates and amounts never are.
            bool head = m.Span.End >= phrase.End - 1;
            if (AfterPreposition(start, end, m.Span.Start, out bool commonHead)
                && (commonHead || best is { } before && (m.Type == EntityType.Gpe || before.Type == EntityType.Person
                                                         && (m.Type == EntityType.Organization || m.Type == EntityType.Person))))
            {
                continue; // "a spokesman for Clinton", "advisers to Mr. Obama", "Sen. Sanders of Vermont", "Jim Clarke of Investec",
                          // "Ana Ruiz of Jefferies" (a firm the tagger read as a person)
            }

            if (IsPossessorOfRelation(m, phrase))
            {
                continue; // "Merkel's successor", "Japan's chief cabinet secretary": someone else than the possessor
            }

            if (m.Type == EntityType.Organization && Entities.EntityPipeline.IsPlatformName(_text.AsSpan(m.Span.Start, m.Span.Length)) && MediumAfter(m.Span.End))
            {
                continue; // "Bush's Facebook post", "a Telegram channel": the medium, not who wrote in it
            }

            if (m.Type == EntityType.Person || m.Type == EntityType.Organization || m.Type == EntityType.Gpe
                || (m.Type == EntityType.Nationality && head))
            {
                best = m; // the last mention in the phrase is its head ("Clinton campaign spokesman Brian Fallon")
            }
        }

        // "Microsoft CFO Amy Hood said", "Rivian Chief Executive RJ Scaringe said": a name after a role heads the phrase,
        // though the tagger read only the company before it.
        if (best is { } modifier && NameAfterRole(start, end, modifier) is int nameStart and >= 0)
        {
            TextSpan nameSpan = SpanOf(nameStart, end);
            return new QuoteSpeaker(nameSpan, null, _text.Substring(nameSpan.Start, nameSpan.Length));
        }

        // "Pakistan's army said", "The former Chelsea boss said", "Trump aides said": a name before a common noun that heads the
        // phrase modifies it; the speaker is the army, the boss, the aides, not the country, club or candidate.
        // ("Hillary Clinton's campaign said" still speaks for Clinton.)
        if (best is { } premodifier && premodifier.Type != EntityType.Nationality && HeadAfter(premodifier, end)
            && !(premodifier.Type == EntityType.Person && QuoteWords.PersonsBodies.Contains(_finder.Word(end - 1)))
            && !(premodifier.Type == EntityType.Organization && QuoteWords.IssuedDocuments.Contains(_finder.Word(end - 1))
                 && !PrepositionBefore(start, premodifier))) // (not "voters in a recent CBS News poll": the voters)
        {
            best = null; // (but "A Government Accountability Office report found" speaks for the office that issued it)
        }

        // "The Texas Republican promised ...", "the Iowa Democrat said": a place before a party member's noun describes the
        // person last named, not the place.
        if (best is { } placeWord && (placeWord.Type == EntityType.Gpe || placeWord.Type == EntityType.Location || placeWord.Type == EntityType.Nationality) && IsPartyMemberDescription(start, end))
        {
            best = null;
        }

        if (best is { } mention)
        {
            QuoteSpeaker named = SpeakerFor(mention.Span, mention);
            Remember(mention.Span.Start, named.Name!, named.EntityId, GenderOfPhrase(start, end), RoleOf(start, end) ?? AppositiveRole(start, end));
            return named;
        }

        // "Her son said" after "She is survived by a son, Peter": the relative an appositive named.
        if (RelativeNamedBefore(start, end, phrase) is { } relative)
        {
            return relative;
        }

        // "The statement said": the document named earlier speaks for whoever issued it.
        if (IssuerOfDocument(start, end, phrase) is { } issuer)
        {
            return issuer;
        }

        // "Tesco said ... The retailer said": a definite organization noun is the organization last named.
        if (OrganizationDescribed(start, end, phrase) is { } organization)
        {
            return organization;
        }

        // "Fulham signed the winger. A club statement said ...", "a company spokeswoman said": the body the statement or the
        // spokesperson speaks for.
        if (end - start == 3 && (_finder.Is(start, "a") || _finder.Is(start, "an") || _finder.Is(start, "the"))
            && QuoteWords.OrganizationNouns.Contains(_finder.Word(start + 1)) && char.IsLower(_text[_finder.TokenAt(start + 1).Start])
            && (_finder.Is(start + 2, "statement") || _finder.Is(start + 2, "spokesman") || _finder.Is(start + 2, "spokeswoman")
                || _finder.Is(start + 2, "spokesperson"))
            && OrganizationDescribed(start, start + 2, phrase, anyDeterminer: true) is { } body)
        {
            return body;
        }

        // A description: "the spokeswoman" is the entity that carries that title, or the last speaker with that role.
        // ("a spokeswoman", "one longtime adviser": an indefinite description introduces someone new.)
        // ("the foreign minister" is the Foreign Minister, not the Defence Minister named first; "the officer" a Sergeant or a
        // Detective Inspector.)
        string? role = RoleOf(start, end);
        if (role is not null && !IsIndefinite(start) && !RoleOfAnother(start, RoleIndex(start, end), end))
        {
            // Of several holders, the one mentioned last before the description ("Christie said ... The governor claimed").
            // A place in the description must be in the title: "the Ohio governor" is no Governor of another state.
            Entity? first = null, full = null, untagged = null;
            int firstAt = -1, fullAt = -1, untaggedAt = -1;
            int roleAt = RoleIndex(start, end);
            bool bare = roleAt == start + 1 || roleAt == start + 2 && _finder.Is(start + 1, "police");
            foreach (Entity e in _context.Entities)
            {
                if (!FirstMentionBefore(e, phrase.Start))
                {
                    continue;
                }

                int at = int.MinValue; // the entity's last mention before the description, read once when a title fits
                foreach (string title in e.Titles)
                {
                    if (!TitleHasRole(title, role, bare) || LacksRank(title, start, roleAt))
                    {
                        continue;
                    }

                    // ("Rep. Brock Haldane spoke .... The Florida congressman said": a place the article never tied to anyone
                    // fits the last holder of the role whom it gave no place either.)
                    bool placeInTitle = TitleHasPlace(title, start, roleAt);
                    if (!placeInTitle && !HasPlaceTag(e, phrase.Start))
                    {
                        at = at == int.MinValue ? LastMentionBefore(e, phrase.Start) : at;
                        if (at > untaggedAt)
                        {
                            (untagged, untaggedAt) = (e, at);
                        }
                    }

                    if (placeInTitle || PlaceNamedWith(e, start, roleAt, phrase.Start))
                    {
                        at = at == int.MinValue ? LastMentionBefore(e, phrase.Start) : at;
                        if (at > firstAt)
                        {
                            (first, firstAt) = (e, at);
                        }

                        if (at > fullAt && TitleHasModifiers(title, start, roleAt))
                        {
                            (full, fullAt) = (e, at);
                        }
                    }
                }
            }

            if ((full ?? first) is { } holder)
            {
                return new QuoteSpeaker(phrase, holder.Id, holder.Name);
            }

            if (untagged is not null && OnlyStatesBefore(start, roleAt) && SentenceIndexAt(phrase.Start) - SentenceIndexAt(untaggedAt) <= 1
                && !PlacedHolderNamed(role, start, roleAt, phrase.Start))
            {
                return new QuoteSpeaker(phrase, untagged.Id, untagged.Name);
            }

            for (int k = _names.Count - 1; k >= 0 && k >= _names.Count - 200; k--)
            {
                if (_names[k].Role is { } known && (known.Contains(role, StringComparison.OrdinalIgnoreCase) || bare && IsSameRole(role, known))
                    && !LacksRank(known, start, roleAt)
                    && TitleHasPlace(known, start, roleAt)
                    && _names[k].EntityId is not null)
                {
                    return new QuoteSpeaker(phrase, _names[k].EntityId, _names[k].Name);
                }
            }
        }

        // "Sen. Carter Vollmer spoke in Des Moines. The Texas Republican promised ...", "Gov. Theo Markham signed an order. "...,"
        // the Democratic presidential candidate said", "the nominee replied": a party member or a candidate is the person the
        // last sentences opened with, or the previous speaker.
        // (Not someone the article gives the other party, nor a president for "the Wisconsin Republican"; "the Arizona
        // Republican" is whoever the article tied to Arizona: "Sen. John McCain (R-Ariz.)".)
        bool partyMember = IsPartyMemberDescription(start, end), campaignRole = !partyMember && IsCampaignDescription(start, end);
        if (partyMember && PersonTiedToPlace(start, end - 1, phrase.Start) is { } tied)
        {
            return new QuoteSpeaker(phrase, tied.Id, tied.Name);
        }

        if ((partyMember || campaignRole) && end - start <= 5
            && DescribedPerson(end, phrase) is { EntityId: { } candidateId } candidate && _entities.TryGetValue(candidateId, out Entity? candidatePerson)
            && FitsPartyDescription(candidatePerson, start, end, phrase.Start)
            && SentenceIndexAt(LastMentionBefore(candidatePerson, phrase.Start)) >= SentenceIndexAt(phrase.Start) - 1
            && (!campaignRole || CalledCandidateBefore(candidatePerson, phrase.Start) || PartyOf(candidatePerson, phrase.Start) != '\0'))
        {
            return candidate; // (named in this sentence or the one before; "the candidate" only for someone called so before or given a party)
        }

        // "A former nurse at St. Agnes testified that .... Rachel Dunn, who worked in the unit, told jurors ...": a lede's
        // indefinite description of a person is the person the next sentence opens with, named there for the first time.
        if (role is not null && IsIndefinite(start) && NamedInNextSentence(phrase) is { } named2)
        {
            return new QuoteSpeaker(phrase, named2.Id, named2.Name);
        }

        return new QuoteSpeaker(phrase, null, CleanName(start, end));
    }

    /// <summary>
    /// The person whose name opens the sentence after the lede that <paramref name="phrase"/> opens, when the article names
    /// that person there for the first time; null otherwise.
    /// </summary>
    private Entity? NamedInNextSentence(TextSpan phrase)
    {
        ImmutableArray<Sentence> sentences = _context.Sentences;
        int si = SentenceIndexAt(phrase.Start);
        if (si + 1 >= sentences.Length || sentences[si].Span.Start != phrase.Start || !HasMentions)
        {
            return null;
        }

        // (Only the lede, the sentence that opens one of the first two paragraphs: "A teacher from Lviv said .... Mohammed,
        // who asked ..., said ..." in the middle of a story are two people.)
        int paragraph = ParagraphIndexAt(phrase.Start);
        if (paragraph > 1 || paragraph < _context.Paragraphs.Length && _context.Paragraphs[paragraph].Start != phrase.Start)
        {
            return null;
        }

        int next = sentences[si + 1].Span.Start;
        int m = MentionsStartingBefore(next + 1) - 1;
        if (m < 0 || _context.Mentions[m].Span.Start != next || _context.Mentions[m].Type != EntityType.Person || _context.Mentions[m].EntityId is not { } id)
        {
            return null;
        }

        return _entities.TryGetValue(id, out Entity? e) && e.Mentions[0].Start == next ? e : null;
    }

    /// <summary>
    /// "Her son said" after "She is survived by a son, Peter": for a possessive pronoun and a family relation, the last person
    /// an appositive before the phrase named with that relation ("a son, Peter", "his wife, Noor Haddad", "Peter Voss, her
    /// son"); null if none.
    /// </summary>
    private QuoteSpeaker? RelativeNamedBefore(int start, int end, TextSpan phrase)
    {
        if (end - start != 2 || !QuoteWords.PossessivePronouns.Contains(_finder.Word(start)))
        {
            return null;
        }

        ReadOnlySpan<char> noun = _finder.Word(start + 1);
        if (!QuoteWords.MaleRelations.Contains(noun) && !QuoteWords.FemaleRelations.Contains(noun))
        {
            return null;
        }

        // Within this paragraph and the two before; a person named in another sentence between the two may be the one the
        // pronoun stands for ("His wife, Ana Ruiz, was injured. The suspect, Mark Cole, surrendered. His wife said ..."), so
        // then no one.
        int paragraph = ParagraphIndexAt(phrase.Start);
        int floor = paragraph > 2 ? _context.Paragraphs[paragraph - 2].Start : 0;
        int otherSentence = -1;
        ImmutableArray<EntityMention> mentions = _context.Mentions;
        for (int i = MentionsStartingBefore(phrase.Start) - 1; i >= 0 && mentions[i].Span.Start >= floor; i--)
        {
            EntityMention m = mentions[i];
            if (m.Type != EntityType.Person || m.EntityId is not { } id)
            {
                continue;
            }

            int first = _finder.TokenIndexOf(m.Span.Start), last = _finder.TokenIndexOf(m.Span.End - 1);
            bool introducedBefore = first >= 2 && _finder.Word(first - 1) is "," && _finder.Word(first - 2).Equals(noun, StringComparison.OrdinalIgnoreCase);
            bool describedAfter = last >= 0 && last + 3 < start && _finder.Word(last + 1) is ","
                                  && QuoteWords.PossessivePronouns.Contains(_finder.Word(last + 2))
                                  && _finder.Word(last + 3).Equals(noun, StringComparison.OrdinalIgnoreCase);
            int sentence = SentenceIndexAt(m.Span.Start);
            if (otherSentence >= 0 && otherSentence != sentence)
            {
                return null; // (someone else named in a sentence of its own between)
            }

            if (introducedBefore || describedAfter)
            {
                return _entities.TryGetValue(id, out Entity? e) ? new QuoteSpeaker(phrase, id, e.Name) : null;
            }

            otherSentence = sentence;
        }

        return null;
    }

    /// <summary>
    /// The person a definite description (an age, a position on a team, a trade, a nationality) that ends at
    /// <paramref name="end"/> refers to: the person who opened one of the last sentences (of this paragraph or the two before)
    /// since the previous speaker spoke ("Bukayo Saka scored twice. "...," said the 24-year-old."), else the person who spoke
    /// just before ("Okafor, 21, said ... "That one was for her," the forward said."); null when what the article says of that
    /// person does not fit the noun ("the judge" is no lawyer).
    /// </summary>
    private QuoteSpeaker? DescribedPerson(int end, TextSpan phrase)
    {
        ReadOnlySpan<char> noun = _finder.Word(end - 1);

        // "Cranston, 52, joined the club in 2021. ... The 52-year-old said": the one person the article gives that age;
        // "Swedish tennis player Marco Lindqvist ... the Swede said": the one person it introduces with that nationality.
        string demonym = char.IsUpper(noun[0]) ? noun.ToString() : string.Empty;
        string adjective = demonym.Length > 0 ? QuoteWords.DemonymAdjective(demonym) : string.Empty;
        if ((QuoteWords.AgeIn(noun) is int age ? OnlyPerson(phrase.Start, id => AgeOf(id) == age)
                : demonym.Length > 0 ? OnlyPerson(phrase.Start, id => HasNationality(id, demonym, adjective)) : null)
            is { } described && _entities.TryGetValue(described, out Entity? person))
        {
            return new QuoteSpeaker(phrase, described, person.Name);
        }

        QuoteSpeaker? previous = PreviousPersonSpeaker();
        int paragraph = ParagraphIndexAt(phrase.Start);
        int floor = paragraph > 1 ? _context.Paragraphs[paragraph - 2].Start : 0;
        if (previous is not null)
        {
            floor = Math.Max(floor, previous.Span.End); // a person named since the previous speaker spoke comes first
        }

        ImmutableArray<EntityMention> mentions = _context.Mentions;
        for (int i = MentionsStartingBefore(phrase.Start) - 1; i >= 0 && mentions[i].Span.Start >= floor; i--)
        {
            EntityMention m = mentions[i];
            // ("Kai Mensah scored twice, and Lyle was quick to shield him. "...," the 52-year-old told ...": or a clause's after ", and".)
            if (m.Type == EntityType.Person && m.EntityId is { } id && !InQuotedWords(m.Span) && (OpensSentence(m.Span, afterTitle: true) || OpensCoordinateClause(m.Span)))
            {
                return Fits(id, noun) && _entities.TryGetValue(id, out Entity? e) ? new QuoteSpeaker(phrase, id, e.Name) : null;
            }
        }

        return previous is not null && Fits(previous.EntityId!, noun) ? previous with { Span = phrase } : null;
    }

    /// <summary>
    /// The unnamed person a verb of asking takes in the pronoun's sentence before it ("When I asked one board member about
    /// that, she ..."): "one", "a", "an" or "another" and up to four words, ending in a person or role noun, with no person
    /// named between it and the pronoun; or null.
    /// </summary>
    private string? AskedUnnamedBefore(TextSpan pronoun)
    {
        int p = Token.IndexAt(_context.Tokens.AsSpan(), pronoun.Start);
        int si = SentenceIndexAt(pronoun.Start);
        if (si >= _context.Sentences.Length)
        {
            return null;
        }

        int first = Math.Max(_context.Sentences[si].FirstToken, p - 20);
        for (int k = first; k < p - 2; k++)
        {
            if (!(_finder.Is(k, "asked") || _finder.Is(k, "asking")) || !(_finder.Is(k + 1, "one") || _finder.Is(k + 1, "a") || _finder.Is(k + 1, "an") || _finder.Is(k + 1, "another")))
            {
                continue;
            }

            for (int e = k + 2; e < p && e <= k + 5; e++)
            {
                if (IsPersonNoun(e) || QuoteWords.Roles.Contains(_finder.Word(e)) || QuoteWords.AskedPeople.Contains(_finder.Word(e)))
                {
                    TextSpan np = SpanOf(k + 1, e + 1);
                    foreach (EntityMention m in MentionsIn(TextSpan.FromBounds(np.Start, pronoun.Start)))
                    {
                        if (m.Type == EntityType.Person)
                        {
                            return null;
                        }
                    }

                    return _text.Substring(np.Start, np.Length);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an unnamed speaker's description ("woman", "retired casino dealer") fits a pronoun: its noun's sex ("woman",
    /// "mother"), or a person's noun of either sex whose report opened with that same pronoun ("A neighbor said she heard ...").
    /// </summary>
    private bool UnnamedPersonFits(string description, Gender want)
    {
        ReadOnlySpan<char> head = description.AsSpan(description.LastIndexOf(' ') + 1);
        // (One person: not "Both women", "The Vermont senators".)
        Gender g = head is "woman" or "girl" or "lady" || QuoteWords.FemaleRelations.Contains(head) ? Gender.Female
            : head is "man" or "boy" || QuoteWords.MaleRelations.Contains(head) ? Gender.Male : Gender.Unknown;
        if (g != Gender.Unknown)
        {
            return g == want;
        }

        if (head is "women" or "men" || !(QuoteWords.Roles.Contains(head) || QuoteWords.PersonNouns.Contains(head) || head is "neighbor" or "neighbour" or "resident" or "witness" or "voter" or "owner"))
        {
            return false;
        }

        ReadOnlySpan<char> report = _text.AsSpan(_previousSpan.Start, _previousSpan.Length);
        return want == Gender.Female ? report.StartsWith("she ", StringComparison.Ordinal) : report.StartsWith("he ", StringComparison.Ordinal);
    }

    /// <summary>Whether a mention opens a clause joined by ", and", ", but" or a semicolon ("..., and Lyle was quick to ...").</summary>
    private bool OpensCoordinateClause(TextSpan span)
    {
        ReadOnlySpan<char> before = _text.AsSpan(0, span.Start).TrimEnd(' ');
        return before.EndsWith(", and", StringComparison.Ordinal) || before.EndsWith(", but", StringComparison.Ordinal) || before.Length > 0 && before[^1] == ';';
    }

    /// <summary>Whether a person's mention outside quoted words starts before <paramref name="position"/>.</summary>
    private bool PersonNamedBefore(int position)
    {
        ImmutableArray<EntityMention> mentions = _context.Mentions;
        for (int i = MentionsStartingBefore(position) - 1; i >= 0; i--)
        {
            if (mentions[i].Type == EntityType.Person && !InQuotedWords(mentions[i].Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first person named after <paramref name="phrase"/>, in its paragraph or the next, with the phrase's role noun as
    /// a title right before the name ("Judge Miriam Okafor" for "a federal judge"), outside quoted words; null when none is.
    /// </summary>
    private QuoteSpeaker? NamedLaterWithRole(TextSpan phrase, ReadOnlySpan<char> noun)
    {
        ImmutableArray<EntityMention> mentions = _context.Mentions;
        int paragraph = ParagraphIndexAt(phrase.Start);
        for (int i = MentionsStartingBefore(phrase.End); i < mentions.Length && ParagraphIndexAt(mentions[i].Span.Start) <= paragraph + 1; i++)
        {
            EntityMention m = mentions[i];
            if (m.Type != EntityType.Person || m.EntityId is not { } id || InQuotedWords(m.Span) || !_entities.TryGetValue(id, out Entity? e))
            {
                continue;
            }

            int t = Token.IndexAt(_context.Tokens.AsSpan(), m.Span.Start);
            if (t > 0 && _finder.Word(t - 1).Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return new QuoteSpeaker(phrase, id, e.Name);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the noun can describe the entity: no title or role the article gives it is of another kind. An age fits anyone
    /// of that age or of no stated age; a nationality anyone; a family relation anyone of its sex.
    /// </summary>
    private bool Fits(string entityId, ReadOnlySpan<char> noun)
    {
        if (QuoteWords.AgeIn(noun) is int age)
        {
            return AgeOf(entityId) is not int given || given == age; // (not the 41-year-old for "the 34-year-old")
        }

        if (noun.EndsWith("-year-old", StringComparison.Ordinal) || char.IsUpper(noun[0]) || QuoteWords.CampaignNouns.Contains(noun))
        {
            return true; // (a governor or a senator may be "the candidate")
        }

        // A family relation fits anyone of its sex, whatever their trade ("Mathare resident Peter Kamau ... said the father").
        bool male = QuoteWords.MaleRelations.Contains(noun), female = QuoteWords.FemaleRelations.Contains(noun);
        if (male || female)
        {
            Gender g = _entities.TryGetValue(entityId, out Entity? person) ? KnownGender(person) : Gender.Unknown;
            return g == Gender.Unknown || g == (male ? Gender.Male : Gender.Female);
        }

        bool known = false;
        foreach (string title in _entities[entityId].Titles)
        {
            known = true;
            if (title.AsSpan().Contains(noun, StringComparison.OrdinalIgnoreCase) || IsSameRole(noun, title))
            {
                return true;
            }
        }

        for (int k = _names.Count - 1; k >= 0 && k >= _names.Count - 200; k--)
        {
            if (_names[k].EntityId == entityId && _names[k].Role is { } role)
            {
                known = true;
                if (role.AsSpan().Contains(noun, StringComparison.OrdinalIgnoreCase) || IsSameRole(noun, role))
                {
                    return true;
                }
            }
        }

        return !known;
    }

    /// <summary>
    /// Whether the pronoun's sentence opens with a question put to the speaker ("Asked whether he was running against Pell ...,
    /// he said", "When asked about Pell, she said"), whose names are no antecedents of the pronoun.
    /// </summary>
    private bool OpensWithQuestion(TextSpan pronoun)
    {
        int si = SentenceIndexAt(pronoun.Start);
        if (si < 0)
        {
            return false;
        }

        int first = _context.Sentences[si].FirstToken;
        while (first < _finder.TokenCount && _finder.TokenAt(first).Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            first++; // (past an opening quotation mark)
        }

        return first < _finder.TokenCount && (_finder.Is(first, "asked") || _finder.Is(first, "when") && first + 1 < _finder.TokenCount && _finder.Is(first + 1, "asked"));
    }

    /// <summary>
    /// The person whose name is the subject of "asked whether/if/about/why/how ..." in the sentence right before the
    /// pronoun's, or null: "Whitlock asked whether he would consider Castellaw. "...," he said" is the one asked, not Whitlock.
    /// </summary>
    private string? AskerBefore(TextSpan pronoun)
    {
        int si = SentenceIndexAt(pronoun.Start);
        if (si < 1 || !HasMentions)
        {
            return null;
        }

        ImmutableArray<EntityMention> mentions = _context.Mentions;
        for (int i = MentionsStartingBefore(pronoun.Start) - 1; i >= 0; i--)
        {
            EntityMention m = mentions[i];
            int ms = SentenceIndexAt(m.Span.Start);
            if (ms < si - 1)
            {
                break;
            }

            if (ms != si - 1 || m.Type != EntityType.Person || m.EntityId is null)
            {
                continue;
            }

            int t = Token.IndexAt(_context.Tokens.AsSpan(), m.Span.End);
            if (t + 1 < _finder.TokenCount && _finder.Is(t, "asked")
                && (_finder.Is(t + 1, "whether") || _finder.Is(t + 1, "if") || _finder.Is(t + 1, "about") || _finder.Is(t + 1, "why") || _finder.Is(t + 1, "how")))
            {
                return m.EntityId;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a person fits a party or campaign description [start, end): the article gives them no other party ("Republican
    /// Donald Trump", "Sen. Tim Kaine (D-Va.)" for "the Democratic nominee"), and a description with a place is no president's.
    /// </summary>
    private bool FitsPartyDescription(Entity person, int start, int end, int before)
    {
        char want = '\0';
        bool place = false;
        for (int k = start + 1; k < end; k++)
        {
            ReadOnlySpan<char> w = _finder.Word(k);
            want = PartyLetter(w) is var letter and not '\0' ? letter : want;
            place |= _finder.TokenAt(k).Kind == TokenKind.Word && char.IsUpper(w[0]) && IsPlaceWord(_finder.TokenAt(k).Start);
        }

        if (place)
        {
            if (HasPlaceTag(person, before) && !PlaceNamedWith(person, start, end - 1, before))
            {
                return false; // ("Sen. Marco Rubio, R-Fla." is no Arizona Republican)
            }

            foreach (string title in person.Titles)
            {
                if (title.StartsWith("President", StringComparison.OrdinalIgnoreCase) || title.StartsWith("Vice President", StringComparison.OrdinalIgnoreCase)
                    || title.StartsWith("Secretary", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        if (want == '\0')
        {
            return true;
        }

        char party = PartyOf(person, before);
        return party == '\0' || party == want;
    }

    /// <summary>
    /// Whether the article called the person a candidate, nominee or front-runner before <paramref name="before"/>: "Republican
    /// presidential candidate Donald Trump", "GOP front-runner Donald Trump".
    /// </summary>
    private bool CalledCandidateBefore(Entity person, int before)
    {
        foreach (TextSpan mention in person.Mentions)
        {
            if (mention.Start >= before)
            {
                break;
            }

            int t = Token.IndexAt(_context.Tokens.AsSpan(), mention.Start);
            for (int k = t - 1; k >= 0 && k >= t - 2; k--)
            {
                if (QuoteWords.CampaignNouns.Contains(_finder.Word(k)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The one person the article tied to the places in [start + 1, roleAt) before <paramref name="before"/>, or null.</summary>
    private Entity? PersonTiedToPlace(int start, int roleAt, int before)
    {
        Entity? tied = null;
        foreach (Entity e in _context.Entities)
        {
            if (e.Type == EntityType.Person && FirstMentionBefore(e, before) && PlaceNamedWith(e, start, roleAt, before))
            {
                if (tied is not null)
                {
                    return null;
                }

                tied = e;
            }
        }

        return tied;
    }

    /// <summary>
    /// The party the article gives a person before <paramref name="before"/>: 'R' or 'D' from "Republican Donald Trump",
    /// "Democratic presidential candidate Hillary Clinton", "Sen. Tim Kaine (D-Va.)", "Sen. Marco Rubio, R-Fla."; '\0' when
    /// it gives none or both.
    /// </summary>
    private char PartyOf(Entity person, int before)
    {
        char party = '\0';
        foreach (TextSpan mention in person.Mentions)
        {
            if (mention.Start >= before)
            {
                break;
            }

            char found = '\0';
            int t = Token.IndexAt(_context.Tokens.AsSpan(), mention.Start);
            for (int k = t - 1; k >= 0 && k >= t - 4; k--)
            {
                ReadOnlySpan<char> w = _finder.Word(k);
                if (_finder.TokenAt(k).Kind is not (TokenKind.Word or TokenKind.Abbreviation))
                {
                    break;
                }

                if (PartyLetter(w) is var letter and not '\0')
                {
                    found = letter;
                    break;
                }
            }

            int end = Math.Min(_text.Length, mention.End + 4);
            ReadOnlySpan<char> after = _text.AsSpan(mention.End, end - mention.End);
            if (after.Length == 4 && (after.StartsWith(" (", StringComparison.Ordinal) || after.StartsWith(", ", StringComparison.Ordinal)) && after[3] == '-'
                && after[2] is 'R' or 'D')
            {
                found = after[2];
            }

            if (found != '\0')
            {
                if (party != '\0' && party != found)
                {
                    return '\0';
                }

                party = found;
            }
        }

        return party;
    }

    /// <summary>'R' for "Republican" or "GOP", 'D' for "Democrat" or "Democratic", '\0' for any other word.</summary>
    private static char PartyLetter(ReadOnlySpan<char> w) => w is "Republican" or "GOP" ? 'R' : w is "Democrat" or "Democratic" ? 'D' : '\0';

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) is "the" and a party member's noun ("Republican", "Democrat")
    /// with only places and a few adjectives before it: "the Texas Republican", "the former Iowa Democrat".
    /// </summary>
    private bool IsPartyMemberDescription(int start, int end)
    {
        if (!_finder.Is(start, "the") || end - start < 2 || end - start > 5 || !(_finder.Is(end - 1, "Republican") || _finder.Is(end - 1, "Democrat")))
        {
            return false;
        }

        return OnlyDescriptionModifiers(start + 1, end - 1, campaign: false);
    }

    /// <summary>
    /// Whether every word in [<paramref name="from"/>, <paramref name="to"/>) is an adjective of <see
    /// cref="QuoteWords.DescriptionAdjectives"/> or a place, or for a campaign's description also a party or "presidential".
    /// </summary>
    private bool OnlyDescriptionModifiers(int from, int to, bool campaign)
    {
        for (int k = from; k < to; k++)
        {
            ReadOnlySpan<char> w = _finder.Word(k);
            if (!(QuoteWords.DescriptionAdjectives.Contains(w) || campaign && w is "presidential" or "Democratic" or "Republican" or "GOP" or "party's" or "vice"
                  || _finder.TokenAt(k).Kind == TokenKind.Word && char.IsUpper(w[0]) && IsPlaceWord(_finder.TokenAt(k).Start)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) is "the" and a campaign's noun for a person ("candidate",
    /// "nominee", "front-runner") with only a party, places, "presidential" and a few adjectives before it: "the Democratic
    /// presidential candidate", "the nominee", "the GOP front-runner".
    /// </summary>
    private bool IsCampaignDescription(int start, int end)
    {
        if (!_finder.Is(start, "the") || end - start < 2 || !QuoteWords.CampaignNouns.Contains(_finder.Word(end - 1)))
        {
            return false;
        }

        // (A bare "the nominee" may be a nominee for an office at a hearing, "the incumbent" any officeholder: only with a party
        // or "presidential" are they the campaign's.)
        if (end - start == 2 && (_finder.Is(end - 1, "nominee") || _finder.Is(end - 1, "incumbent") || _finder.Is(end - 1, "challenger")))
        {
            return false;
        }

        return OnlyDescriptionModifiers(start + 1, end - 1, campaign: true);
    }

    /// <summary>
    /// Whether the article tied a place to any mention of <paramref name="e"/> before <paramref name="before"/>: "Sen. Nathan
    /// Greenleaf of Vermont", "Rep. Marcus Delacroix (D-Md.)", "Sen. Maria Ochoa, D-N.M.".
    /// </summary>
    private bool HasPlaceTag(Entity e, int before)
    {
        foreach (TextSpan mention in e.Mentions)
        {
            if (mention.Start >= before)
            {
                break;
            }

            int end = Math.Min(Math.Min(before, _text.Length), mention.End + 8);
            ReadOnlySpan<char> after = _text.AsSpan(mention.End, Math.Max(0, end - mention.End));
            if (after.StartsWith(" of ", StringComparison.Ordinal) && after.Length > 4 && char.IsUpper(after[4])
                || (after.StartsWith(" (", StringComparison.Ordinal) || after.StartsWith(", ", StringComparison.Ordinal)) && after.Length > 4 && after[3] == '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every capitalized word in [start + 1, roleAt) is part of a U.S. state's name ("the Florida congressman").</summary>
    private bool OnlyStatesBefore(int start, int roleAt)
    {
        bool any = false;
        for (int k = start + 1; k < roleAt; k++)
        {
            ReadOnlySpan<char> w = _finder.Word(k);
            if (_finder.TokenAt(k).Kind != TokenKind.Word || !char.IsUpper(w[0]))
            {
                continue;
            }

            int last = k;
            while (last + 1 < roleAt && char.IsUpper(_finder.Word(last + 1)[0]))
            {
                last++;
            }

            if (!UsStates.IsStateName(_text.AsSpan(_finder.TokenAt(k).Start, _finder.TokenAt(last).End - _finder.TokenAt(k).Start)))
            {
                return false;
            }

            any = true;
            k = last;
        }

        return any;
    }

    /// <summary>
    /// Whether some holder of <paramref name="role"/> named before <paramref name="before"/> is tied to the places of the
    /// description [start, roleAt) (then an untagged holder is not the one meant).
    /// </summary>
    private bool PlacedHolderNamed(string role, int start, int roleAt, int before)
    {
        foreach (Entity e in _context.Entities)
        {
            if (FirstMentionBefore(e, before) && PlaceNamedWith(e, start, roleAt, before))
            {
                foreach (string title in e.Titles)
                {
                    if (title.Contains(role, StringComparison.OrdinalIgnoreCase) || IsSameRole(role, title))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a description's noun is another word for a given role: "the envoy" or "the diplomat" for an ambassador, "the
    /// lawmaker" for a senator or a representative.
    /// </summary>
    private static bool IsSameRole(ReadOnlySpan<char> noun, string role)
    {
        string[] roles = noun is "envoy" or "diplomat" ? DiplomatRoles : noun is "lawmaker" or "legislator" ? LawmakerRoles
            : noun is "congressman" or "congresswoman" ? HouseRoles : [];
        foreach (string r in roles)
        {
            if (role.Contains(r, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return roles == LawmakerRoles && role == "MP";
    }

    /// <summary>Roles that "the envoy" or "the diplomat" may stand for.</summary>
    private static readonly string[] DiplomatRoles = ["ambassador", "envoy", "diplomat", "consul"];

    /// <summary>Titles that "the congressman" or "the congresswoman" may stand for.</summary>
    private static readonly string[] HouseRoles = ["representative", "congressman", "congresswoman"];

    /// <summary>Roles that "the lawmaker" or "the legislator" may stand for (and an "MP").</summary>
    private static readonly string[] LawmakerRoles = ["senator", "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman", "lawmaker"];

    private static bool IsWeekday(ReadOnlySpan<char> w) =>
        w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    /// <summary>
    /// The age the article gives a person, at the first mention that gives one: "Cranston, 52,", "Cranston (52)",
    /// "52-year-old Phil Cranston"; null when it gives none. Read once per document.
    /// </summary>
    private int? AgeOf(string entityId)
    {
        if (_ages is null)
        {
            _ages = new Dictionary<string, int>(StringComparer.Ordinal);
            ReadOnlySpan<Token> tokens = _context.Tokens.AsSpan();
            foreach (EntityMention m in _context.Mentions)
            {
                if (m.Type != EntityType.Person || m.EntityId is not { } id || _ages.ContainsKey(id))
                {
                    continue;
                }

                int first = Token.IndexAt(tokens, m.Span.Start), after = Token.IndexAt(tokens, m.Span.End);
                int? age = null;
                if (after + 2 < tokens.Length && tokens[after + 1].Kind == TokenKind.Number && TokenText(tokens[after]) is "," or "("
                    && TokenText(tokens[after + 2]) is "," or "." or ")" or "and")
                {
                    age = ParseAge(TokenText(tokens[after + 1]));
                }
                else if (first > 0 && first < tokens.Length && QuoteWords.AgeIn(TokenText(tokens[first - 1])) is int a)
                {
                    age = a;
                }

                if (age is int found)
                {
                    _ages[id] = found;
                }
            }
        }

        return _ages.TryGetValue(entityId, out int known) ? known : null;

        static int? ParseAge(ReadOnlySpan<char> w) =>
            int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n is > 0 and < 130 ? n : null;
    }

    private ReadOnlySpan<char> TokenText(Token t) => _text.AsSpan(t.Start, t.Length);

    /// <summary>
    /// Whether the article introduces the person with the nationality of a demonym: "Swedish tennis player Marco Lindqvist"
    /// for "the Swede", "German Chancellor Olaf Scholz" for "the German" (a capitalized word up to four words before a
    /// mention).
    /// </summary>
    private bool HasNationality(string entityId, string demonym, string adjective)
    {
        ReadOnlySpan<Token> tokens = _context.Tokens.AsSpan();
        foreach (TextSpan m in _entities[entityId].Mentions)
        {
            int first = Token.IndexAt(tokens, m.Start);
            for (int k = first - 1; k >= 0 && k >= first - 4; k--)
            {
                ReadOnlySpan<char> w = TokenText(tokens[k]);
                if (w.Equals(adjective, StringComparison.Ordinal) || w.Equals(demonym, StringComparison.Ordinal))
                {
                    return true;
                }

                if (tokens[k].Kind != TokenKind.Word)
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>The one person entity named before <paramref name="position"/> that satisfies the test; null when none or several do.</summary>
    private string? OnlyPerson(int position, Func<string, bool> test)
    {
        string? only = null;
        foreach (Entity e in _context.Entities)
        {
            if (e.Type != EntityType.Person || !FirstMentionBefore(e, position) || !test(e.Id))
            {
                continue;
            }

            if (only is not null)
            {
                return null;
            }

            only = e.Id;
        }

        return only;
    }

    /// <summary>
    /// Whether a person of the pronoun's gender (or of unknown gender) other than the previous speaker opens a sentence
    /// between the previous quote's end and the pronoun: "Joel Bradshaw, 39, bused down from New York. "...," he said" is Bradshaw.
    /// </summary>
    private bool NewPersonSince(int from, int to, Gender want)
    {
        ImmutableArray<EntityMention> mentions = _context.Mentions;
        for (int i = MentionsStartingBefore(to) - 1; i >= 0 && mentions[i].Span.Start >= from; i--)
        {
            EntityMention m = mentions[i];
            if (m.Type == EntityType.Person && m.EntityId is { } id && id != _previousSpeakerEntity && !InQuotedWords(m.Span) && OpensSentence(m.Span, afterTitle: true))
            {
                Gender g = _entities.TryGetValue(id, out Entity? e) ? KnownGender(e) : Gender.Unknown;
                if (g == want || g == Gender.Unknown)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The previous quote's speaker, in this paragraph or the one before, when it is a named person.</summary>
    private QuoteSpeaker? PreviousPersonSpeaker() =>
        _previousNearby is { EntityId: { } id } near && _entities.TryGetValue(id, out Entity? e) && e.Type == EntityType.Person ? near : null;

    /// <summary>A singular noun for one person: an age ("the 58-year-old"), a player ("the forward"), "the defendant", "the father".</summary>
    private bool IsPersonNoun(int i)
    {
        ReadOnlySpan<char> w = _finder.Word(i);
        return w.EndsWith("-year-old", StringComparison.Ordinal) || QuoteWords.PersonNouns.Contains(w)
               || char.IsLower(w[0]) && (QuoteWords.MaleRelations.Contains(w) || QuoteWords.FemaleRelations.Contains(w));
    }

    /// <summary>A capitalized singular word for a person of a nation, typed so by the tagger or listed in <see cref="QuoteWords.Demonyms"/>: "the Swede", "the Spaniard".</summary>
    private bool IsDemonym(int i, TextSpan phrase)
    {
        ReadOnlySpan<char> w = _finder.Word(i);
        if (!char.IsUpper(w[0]) || w.EndsWith("s", StringComparison.Ordinal))
        {
            return false;
        }

        if (Entities.EntityPipeline.IsAllCaps(w))
        {
            return false; // an acronym in capitals ("GOP")
        }

        bool named = false;
        foreach (EntityMention m in MentionsIn(phrase))
        {
            if (m.Type == EntityType.Nationality)
            {
                return true;
            }

            named |= m.Type == EntityType.Person || m.Type == EntityType.Organization || m.Type == EntityType.Gpe;
        }

        // "the Spaniard", "the Frenchman", "the Norwegian": a demonym the tagger left untyped.
        return !named && QuoteWords.Demonyms.Contains(w);
    }

    /// <summary>
    /// The first token of a name that closes the phrase [start, end) after <paramref name="mention"/> and a role ("CFO Amy
    /// Hood" after "Microsoft"; "RJ Scaringe" after a mention "Rivian Chief Executive" that ends in its role), or -1.
    /// </summary>
    private int NameAfterRole(int start, int end, EntityMention mention)
    {
        int k = start;
        while (k < end && _finder.TokenAt(k).Start < mention.Span.End)
        {
            k++;
        }

        int role = -1;
        for (int i = k; i < end; i++)
        {
            if (!_finder.IsCapitalized(i) && _finder.TokenAt(i).Kind != TokenKind.Abbreviation)
            {
                return -1; // a lowercase word: no name run closes the phrase
            }

            if (QuoteWords.Roles.Contains(_finder.Word(i)))
            {
                role = i;
            }
        }

        bool mentionEndsInRole = k > start && QuoteWords.Roles.Contains(_finder.Word(k - 1)) && mention.Type == EntityType.Person;
        int name = role >= 0 ? role + 1 : mentionEndsInRole ? k : -1;
        return name >= k && name < end && !QuoteWords.NameTitles.Contains(_finder.Word(name)) ? name : -1;
    }

    /// <summary>
    /// Whether a lowercase common noun closes the phrase after <paramref name="mention"/>, with no preposition between them:
    /// "Pakistan's army", "the former Chelsea boss", "Trump aides" (not "a spokesman for Clinton").
    /// </summary>
    private bool HeadAfter(EntityMention mention, int end)
    {
        Token last = _finder.TokenAt(end - 1);
        if (last.Start < mention.Span.End || last.Kind != TokenKind.Word || !char.IsLower(_text[last.Start]))
        {
            return false;
        }

        // ("Corey Lewandowski helped", "Clinton seems": a verb the phrase ran into is no head.)
        ReadOnlySpan<char> head = _finder.Word(end - 1);
        if (head.EndsWith("ed", StringComparison.Ordinal) || head.EndsWith("ing", StringComparison.Ordinal) || QuoteWords.FiniteVerbs.Contains(head)
            || QuoteWords.IrregularPastVerbs.Contains(head) || head.Equals("seems", StringComparison.Ordinal) || head.Equals("appears", StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = end - 1; i >= 0 && _finder.TokenAt(i).Start >= mention.Span.End; i--)
        {
            // ("U.S. and European officials said": a second modifier joined to the name, before the head.)
            if ((_finder.Is(i, "and") || _finder.Is(i, "or")) && i + 1 < end - 1 && _finder.IsCapitalized(i + 1))
            {
                continue;
            }

            if (QuoteWords.NounPhraseStops.Contains(_finder.Word(i)) || QuoteWords.SubjectPrepositions.Contains(_finder.Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the word before <paramref name="position"/> inside the phrase [start, end) is a preposition ("Sanders of",
    /// "a spokesman for", "advisers to Mr.", "a spokeswoman for the"), and whether a common noun heads the phrase before it
    /// ("spokesman", "Aides", "Police" opening the sentence, "people close"): what follows such a preposition is not the
    /// speaker. After a document ("a letter from Clinton", "a statement from the White House") it is.
    /// </summary>
    private bool AfterPreposition(int start, int end, int position, out bool commonHead)
    {
        commonHead = false;
        int k = start;
        while (k < end && _finder.TokenAt(k).End <= position)
        {
            k++;
        }

        int prep = k - 1;
        while (prep > start && (_finder.TokenAt(prep).Kind == TokenKind.Abbreviation || QuoteWords.Honorifics.Contains(_finder.Word(prep))
                                || QuoteWords.Articles.Contains(_finder.Word(prep))))
        {
            prep--; // "advisers to Mr. Obama", "aides to President Obama", "a spokeswoman for the State Department"
        }

        // "Voters in Ohio and Michigan", "officials at the Pentagon and the State Department": the last of coordinated names
        // is the preposition's object as much as the first.
        if (prep > start + 1 && (_finder.Is(prep, "and") || _finder.Is(prep, "or")))
        {
            int p = prep - 1;
            while (p > start && p > prep - 6 && (_finder.IsCapitalized(p) || _finder.TokenAt(p).Kind == TokenKind.Abbreviation
                                                 || QuoteWords.Articles.Contains(_finder.Word(p))))
            {
                p--;
            }

            if (p < prep - 1 && QuoteWords.SpeakerObjectPrepositions.Contains(_finder.Word(p)))
            {
                prep = p;
            }
        }

        // "a memo seen by Reuters", "documents obtained by The Post": who saw or obtained the document did not write it.
        if (prep > start && _finder.Is(prep, "by") && _finder.Word(prep - 1) is "seen" or "obtained" or "reviewed" or "viewed" or "examined"
                or "read" or "heard" or "acquired" or "leaked")
        {
            commonHead = true;
            return true;
        }

        if (prep <= start || !QuoteWords.SpeakerObjectPrepositions.Contains(_finder.Word(prep)))
        {
            return false;
        }

        for (int i = start; i < prep; i++)
        {
            ReadOnlySpan<char> w = _finder.Word(i);
            if (QuoteWords.Media.Contains(w))
            {
                return false; // "a letter from Clinton": the sender speaks
            }

            commonHead |= _finder.TokenAt(i).Kind is TokenKind.Word or TokenKind.Number && w.EndsWith("-year-old", StringComparison.Ordinal) // "the 19-year-old from Sudan"
                          || _finder.TokenAt(i).Kind == TokenKind.Word && !QuoteWords.Determiners.Contains(w) && !QuoteWords.SpeakerObjectPrepositions.Contains(w)
                          && (char.IsLower(_text[_finder.TokenAt(i).Start]) || QuoteWords.IsRole(w)
                              || w.Equals("people", StringComparison.OrdinalIgnoreCase)
                              || _finder.OpensSentence(i) && !_finder.InMention(i, namesOnly: true));
        }

        return true;
    }

    /// <summary>Whether the word before a mention (past a "the") is a preposition of place: "in Ohio", "across the United States".</summary>
    private bool AfterPlacePreposition(TextSpan mention)
    {
        ReadOnlySpan<char> word = WordBefore(mention.Start, out int wordStart);
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            word = WordBefore(wordStart, out _);
        }

        return QuoteWords.PlacePrepositions.Contains(word);
    }

    /// <summary>The run of letters that ends before <paramref name="position"/>, past spaces; empty if punctuation comes first.</summary>
    private ReadOnlySpan<char> WordBefore(int position, out int start)
    {
        int end = position;
        while (end > 0 && _text[end - 1] == ' ')
        {
            end--;
        }

        start = end;
        while (start > 0 && char.IsLetter(_text[start - 1]))
        {
            start--;
        }

        return _text.AsSpan(start, end - start);
    }

    private static bool FirstMentionBefore(Entity e, int position) => !e.Mentions.IsDefaultOrEmpty && e.Mentions[0].Start < position;

    /// <summary>
    /// Whether the role word at <paramref name="roleAt"/> describes someone other than the speaker: the object of a
    /// preposition ("People close to the senator", "the campaign of the former senator") or an owner ("the Texas
    /// senator's allies").
    /// </summary>
    private bool RoleOfAnother(int start, int roleAt, int end)
    {
        for (int k = start + 1; k < roleAt; k++)
        {
            if (_finder.TokenAt(k).Kind == TokenKind.Word && _finder.Word(k) is "to" or "of" or "for" or "with" or "from" or "at" or "by" or "near")
            {
                return true;
            }
        }

        return roleAt + 1 < end && _finder.TokenAt(roleAt + 1).Kind == TokenKind.Clitic && _finder.Word(roleAt + 1) is "'s" or "’s";
    }

    /// <summary>The start of the entity's last mention before <paramref name="position"/>, or -1.</summary>
    private static int LastMentionBefore(Entity e, int position)
    {
        // Mentions are in text order: the last one that starts before the position, by binary search.
        ImmutableArray<TextSpan> mentions = e.Mentions;
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 ? mentions[lo - 1].Start : -1;
    }

    /// <summary>Whether a place or nationality mention covers the character at <paramref name="position"/> ("Ohio", "French").</summary>
    private bool IsPlaceWord(int position)
    {
        int i = MentionsStartingBefore(position + 1) - 1;
        if (i < 0)
        {
            return false;
        }

        EntityMention m = _context.Mentions[i];
        return m.Span.Contains(position) && (m.Type == EntityType.Gpe || m.Type == EntityType.Location || m.Type == EntityType.Nationality);
    }

    /// <summary>
    /// Whether the title holds every place or nationality between the description's first word and its role word at
    /// <paramref name="roleAt"/>: "Florida Senator" for "the Florida senator", never "President" for "the French
    /// president"; true when there is none. (A place after the role, "the senator from Vermont", is left alone: titles
    /// rarely carry it.)
    /// </summary>
    private bool TitleHasPlace(string title, int start, int roleAt)
    {
        for (int k = start + 1; k < roleAt; k++)
        {
            ReadOnlySpan<char> w = _finder.Word(k);
            if (_finder.TokenAt(k).Kind == TokenKind.Word && char.IsUpper(w[0]) && IsPlaceWord(_finder.TokenAt(k).Start)
                && !HasWord(title, w))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether every place between the description's first word and its role word at <paramref name="roleAt"/> is named
    /// right after a mention of <paramref name="e"/> before <paramref name="before"/>: "Sen. Nathan Greenleaf of Vermont" for
    /// "the Vermont senator", "Rep. Marcus Delacroix (D-Md.)" for "the Maryland congressman"; false when there is no place.
    /// </summary>
    private bool PlaceNamedWith(Entity e, int start, int roleAt, int before)
    {
        bool any = false;
        for (int k = start + 1; k < roleAt; k++)
        {
            ReadOnlySpan<char> w = _finder.Word(k);
            if (_finder.TokenAt(k).Kind != TokenKind.Word || !char.IsUpper(w[0]) || !IsPlaceWord(_finder.TokenAt(k).Start))
            {
                continue;
            }

            // ("the New York senator": the place's whole name.)
            int last = k;
            while (last + 1 < roleAt && _finder.TokenAt(last + 1).Kind == TokenKind.Word && char.IsUpper(_finder.Word(last + 1)[0])
                   && IsPlaceWord(_finder.TokenAt(last + 1).Start))
            {
                last++;
            }

            w = _text.AsSpan(_finder.TokenAt(k).Start, _finder.TokenAt(last).End - _finder.TokenAt(k).Start);
            k = last;
            any = true;
            string? abbreviation = UsStates.Abbreviation(w);
            bool named = false;
            foreach (TextSpan mention in e.Mentions)
            {
                if (mention.Start >= before)
                {
                    break;
                }

                int end = Math.Min(before, mention.End + 24);
                ReadOnlySpan<char> after = _text.AsSpan(mention.End, Math.Max(0, end - mention.End));
                if (after.StartsWith(" of ", StringComparison.Ordinal) && after[4..].StartsWith(w, StringComparison.Ordinal)
                    || (after.StartsWith(" (", StringComparison.Ordinal) || after.StartsWith(", ", StringComparison.Ordinal))
                       && after.Length > 4 && after[3] == '-' && (after[4..].StartsWith(w, StringComparison.Ordinal)
                                                                   || abbreviation is not null && after[4..].StartsWith(abbreviation, StringComparison.Ordinal)))
                {
                    named = true;
                    break;
                }
            }

            if (!named)
            {
                return false;
            }
        }

        return any;
    }

    private bool HasLowercaseWord(TextSpan span)
    {
        for (int i = span.Start; i < span.End; i++)
        {
            if (char.IsLower(_text[i]) && (i == span.Start || _text[i - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<EntityMention> MentionsIn(TextSpan phrase)
    {
        ImmutableArray<EntityMention> mentions = _context.Mentions;
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.End <= phrase.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < mentions.Length && mentions[i].Span.Start < phrase.End; i++)
        {
            // A mention that reaches outside the phrase counts only if it reads as a name throughout: a tagger
            // error such as "Karim told The Associated Press" must not swallow the cue.
            if (phrase.Contains(mentions[i].Span)
                || (mentions[i].Span.OverlapsWith(phrase) && !HasLowercaseWord(mentions[i].Span)))
            {
                yield return mentions[i];
            }
        }
    }

    /// <summary>Whether a preposition lies between the phrase's first token and the mention ("voters in a CBS News poll").</summary>
    private bool PrepositionBefore(int start, EntityMention mention)
    {
        for (int i = start; i < _finder.TokenCount && _finder.TokenAt(i).End <= mention.Span.Start; i++)
        {
            if (_finder.Is(i, "in") || _finder.Is(i, "of") || _finder.Is(i, "among") || _finder.Is(i, "by") || _finder.Is(i, "from")
                || _finder.Is(i, "for") || _finder.Is(i, "with") || _finder.Is(i, "at"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The writer, for an "I" outside the quotes (the finder reports nothing inside quoted words): the article's one author,
    /// as the entity of that name when the text names them (a byline line "By Gideon Ashford"), else by name alone.
    /// </summary>
    private QuoteSpeaker Writer(TextSpan pronoun)
    {
        string author = _context.Authors[0];
        foreach (Entity entity in _context.Entities)
        {
            if (entity.Type == EntityType.Person && entity.Name.Equals(author, StringComparison.OrdinalIgnoreCase))
            {
                return new QuoteSpeaker(pronoun, entity.Id, entity.Name);
            }
        }

        return new QuoteSpeaker(pronoun, null, author);
    }

    private QuoteSpeaker ResolvePronounWithMentions(TextSpan pronoun)
    {
        ReadOnlySpan<char> word = _text.AsSpan(pronoun.Start, pronoun.Length);
        // ("We urge him to change course", "as we learned in Iowa": the paper's or the writer's "we" outside the quotes, not
        // the organization named last.)
        if (word.Equals("I", StringComparison.Ordinal) || word.Equals("you", StringComparison.OrdinalIgnoreCase) || word.Equals("we", StringComparison.OrdinalIgnoreCase))
        {
            return new QuoteSpeaker(pronoun, null, null); // the writer or the reader: no entity the article names before
        }

        Gender want = GenderOfPronoun(word);
        ImmutableArray<EntityMention> mentions = _context.Mentions;
        int lo = MentionsStartingBefore(pronoun.Start);

        // "When I asked one board member about that, she laughed and said ...": the one asked, unnamed, earlier in the pronoun's
        // sentence, not someone named before.
        if (want is Gender.Male or Gender.Female && AskedUnnamedBefore(pronoun) is { } asked)
        {
            return new QuoteSpeaker(pronoun, null, asked);
        }

        // The one asked answers: not the asker of the sentence before, nor a person named in a question that opens the
        // pronoun's sentence (read once for the pronoun).
        string? asker = want is Gender.Male or Gender.Female ? AskerBefore(pronoun) : null;
        int questionSentence = want is Gender.Male or Gender.Female && OpensWithQuestion(pronoun) ? SentenceIndexAt(pronoun.Start) : -1;

        // A mention lies in an earlier paragraph when it starts no later than the end of the paragraph before the pronoun's.
        int pronounParagraph = ParagraphIndexAt(pronoun.Start);
        int previousParagraphEnd = pronounParagraph > 0 ? _context.Paragraphs[pronounParagraph - 1].End : int.MinValue;

        // ""...," Tendai Moyo wrote after meeting Governor Thomas Reed. "...," he continued": "added", "continued" and
        // "went on" keep the previous quote's speaker when the pronoun fits them.
        // (Of unknown gender themselves, they still yield to a nearer person of the pronoun's gender.)
        Entity? continued = null;
        if ((_continues || _quoteAfterPrevious >= 0 && !NewPersonSince(_quoteAfterPrevious, pronoun.Start, want))
            && _previousSpeakerEntity is { } previousId && want is Gender.Male or Gender.Female
            && _entities.TryGetValue(previousId, out Entity? previousEntity) && previousEntity.Type == EntityType.Person
            && previousId != asker)
        {
            Gender g = KnownGender(previousEntity);
            if (g == want)
            {
                return new QuoteSpeaker(pronoun, previousId, previousEntity.Name);
            }

            continued = g == Gender.Unknown ? previousEntity : null;
        }

        // "A woman who lives across the street said she heard shots. She said ...": a pronoun that goes on right after an unnamed
        // person's report, of that person's sex (or the report's own pronoun for them), is that person, not someone named before.
        if (want is Gender.Male or Gender.Female && _previousNearby is { EntityId: null, Name: { } unnamed } && _previousSpan.End <= pronoun.Start
            && SentenceIndexAt(pronoun.Start) - SentenceIndexAt(_previousSpan.Start) <= 1 && UnnamedPersonFits(unnamed, want)
            && !NewPersonSince(_previousSpan.End, pronoun.Start, want))
        {
            return new QuoteSpeaker(pronoun, null, unnamed);
        }

        // "In a joint statement, the hospitals said they had offered raises ... and accused the union of ...": "they" or "it"
        // inside the words a body just reported, in the same sentence, is that body (not the union named a sentence before).
        if (want is Gender.Plural or Gender.Unknown && _previousSpan.Contains(pronoun) && _previousNearby is { } reported
            && reported.Span.End <= _previousSpan.Start && SentenceIndexAt(reported.Span.Start) == SentenceIndexAt(pronoun.Start) && IsBodyFor(reported, want))
        {
            return reported with { Span = pronoun };
        }

        // "Maria Lopez, a nurse, and her husband, John, were at home. "...," she said": a person of unknown gender ("John"
        // alone may be a surname) yields to one of the wanted gender in the same sentence, unless they spoke the previous
        // quote ("..., Sanders wrote. "...," he continued"); a lone first name of the other sex goes last.
        EntityMention? unknownGender = null, otherFirstName = null;
        int unknownSentence = -1;
        QuoteSpeaker? body = want == Gender.Unknown ? BodySubjectBefore(pronoun) : null;
        for (int i = lo - 1, seen = 0; i >= 0 && seen < 200; i--, seen++)
        {
            EntityMention m = mentions[i];
            if (body is { } b && m.Span.End <= b.Span.End)
            {
                return b with { Span = pronoun }; // "Amnesty International criticized the law. The union met on Monday. It said ..."
            }

            if (unknownGender is not null && SentenceIndexAt(m.Span.Start) != unknownSentence)
            {
                break;
            }

            bool typeOk = want == Gender.Plural
                ? m.Type == EntityType.Organization || m.Type == EntityType.Nationality
                : want == Gender.Unknown ? m.Type == EntityType.Organization || m.Type == EntityType.Gpe
                : m.Type == EntityType.Person || m.Type == EntityType.Organization && IsSurnameTypedAsOrganization(m);
            if (want is Gender.Plural or Gender.Unknown && (pronoun.Start - m.Span.End > 300 || m.Span.Start <= previousParagraphEnd))
            {
                break; // "they" and "it" look back within their paragraph, no further: a distant outlet or place is no antecedent
            }

            // ""My wife and I rode out Harvey here," he said": a name the speaker says is no antecedent of the attribution, nor
            // one in quotation marks ("introduced himself as "Mr Lam from Shenzhen." ... "...," she said"); nor is the network
            // a post went out on ("said in a post on X ... It said").
            if (!typeOk || m.EntityId is null || InQuotedWords(m.Span) || _finder.InQuoteMarks(m.Span.Start)
                || m.Type == EntityType.Organization && IsMediumPlatform(m.Span))
            {
                continue;
            }

            // "Asked whether he was running against President Andrew Pell ..., he said": a person named in the question put to
            // the speaker is no antecedent of the answer's pronoun; nor is the asker in "Whitlock asked whether he would ...
            // "...," he said" (the one asked answers).
            if (want is Gender.Male or Gender.Female && m.Type == EntityType.Person
                && (questionSentence >= 0 && SentenceIndexAt(m.Span.Start) == questionSentence || m.EntityId == asker))
            {
                continue;
            }

            // "The group met in Ohio on Monday. It said ...": a place named after a preposition of place is where things
            // happen, not the "it" that speaks.
            if (want == Gender.Unknown && m.Type == EntityType.Gpe && AfterPlacePreposition(m.Span))
            {
                continue;
            }

            // "The Pentagon said China had sent 20 warships. It said ...": a name in the words an organization just reported
            // yields to that organization.
            if (want == Gender.Unknown && _previousSpan.Contains(m.Span) && _previousNearby is { EntityId: { } nearId } reporter
                && nearId != m.EntityId && IsBodyFor(reporter, want))
            {
                continue;
            }

            Entity? entity = _entities.GetValueOrDefault(m.EntityId);
            Gender g = GenderOf(m);

            if (want is Gender.Male or Gender.Female && g != Gender.Unknown && g != want)
            {
                continue;
            }

            if (want is Gender.Male or Gender.Female && g == Gender.Unknown)
            {
                if (entity is not null && !entity.Name.Contains(' ', StringComparison.Ordinal)
                    && GenderOfFirstName(entity.Name) is var first && first != Gender.Unknown && first != want)
                {
                    otherFirstName ??= m;
                }
                else if (unknownGender is null)
                {
                    if (m.EntityId == _previousSpeakerEntity)
                    {
                        return PronounOf(pronoun, m, want);
                    }

                    unknownGender = SubjectBefore(i, m, want) ?? m;
                    unknownSentence = SentenceIndexAt(m.Span.Start);
                }

                continue;
            }

            // "Osei said the footage showed Terrell Dawkins "reaching for his wallet." He called for ...": a person named inside
            // the words the previous speaker just reported yields to that speaker.
            if (want is Gender.Male or Gender.Female && _previousNearby is { EntityId: { } reporterId } && reporterId != m.EntityId
                && _previousSpan.Contains(m.Span) && _previousSpan.End <= pronoun.Start
                && _entities.TryGetValue(reporterId, out Entity? reporterEntity) && reporterEntity.Type == EntityType.Person
                && KnownGender(reporterEntity) is var reporterGender && (reporterGender == want || reporterGender == Gender.Unknown))
            {
                _entityGender[reporterId] = want;
                return new QuoteSpeaker(pronoun, reporterId, reporterEntity.Name);
            }

            // "Guardiola was full of praise for Erling Haaland. "He is a machine," he said.": the subject that opens the
            // sentence before the nearest name outranks it.
            return PronounOf(pronoun, want is Gender.Male or Gender.Female ? SubjectBefore(i, m, want) ?? m : m, want);
        }

        if (continued is not null)
        {
            _entityGender[continued.Id] = want;
            return new QuoteSpeaker(pronoun, continued.Id, continued.Name);
        }

        if (unknownGender is { } u)
        {
            return PronounOf(pronoun, u, want);
        }

        // "Councilwoman Hyun-joo Park said ... She told colleagues ...": no person mention fits (the tagger missed or
        // mistyped the name), but the previous quote's speaker, a name of no other sex, does.
        if (otherFirstName is null && want is Gender.Male or Gender.Female && _previousNearby is { Name: { } name } near
            && char.IsUpper(name[0]) && (near.EntityId is null || _entities.TryGetValue(near.EntityId, out Entity? ne) && ne.Type != EntityType.Organization)
            && (GenderOfFullName(name) is var nearGender && (nearGender == want || nearGender == Gender.Unknown)) && (name.Contains(' ', StringComparison.Ordinal) || GenderOfFirstName(name) == want))
        {
            return new QuoteSpeaker(pronoun, near.EntityId, name);
        }

        if (otherFirstName is { } o)
        {
            return PronounOf(pronoun, o, want);
        }

        return BodySpokenLast(pronoun, want, body);
    }

    /// <summary>
    /// "Greenpeace said the spill was huge.⏎⏎It said ...", "The council said the cuts were painful. It said ...", "The unions
    /// said the talks had failed. "...," they said": with no name in reach, "it" and "they" go on with the body that spoke
    /// last, in this paragraph or the one before; else the pronoun names no one.
    /// </summary>
    /// <param name="pronoun">The pronoun.</param>
    /// <param name="want">What the pronoun can refer to.</param>
    /// <param name="bodySubject">The pronoun's <see cref="BodySubjectBefore"/> for "it", else null.</param>
    private QuoteSpeaker BodySpokenLast(TextSpan pronoun, Gender want, QuoteSpeaker? bodySubject)
    {
        if (bodySubject is { } subject
            && (_previousNearby is not { } spoke || spoke.Span.End <= subject.Span.Start))
        {
            return subject with { Span = pronoun };
        }

        return want is Gender.Unknown or Gender.Plural && _previousNearby is { } body && body.Span.End <= pronoun.Start && IsBodyFor(body, want)
            ? new QuoteSpeaker(pronoun, body.EntityId, body.Name)
            : new QuoteSpeaker(pronoun, null, null);
    }

    /// <summary>
    /// "The union met in Ohio on Monday. It said ...", "The group is pushing for what it calls ...": the nearest sentence before
    /// "it" (its own included), in its paragraph or the one before, that opens with an organization noun as its subject ("The
    /// union", "The regional health authority"), as a speaker with no entity; null if no sentence so opens.
    /// </summary>
    private QuoteSpeaker? BodySubjectBefore(TextSpan pronoun)
    {
        ImmutableArray<Sentence> sentences = _context.Sentences;
        int paragraph = ParagraphIndexAt(pronoun.Start);
        int floor = paragraph > 0 ? _context.Paragraphs[paragraph - 1].Start : 0;
        for (int s = Math.Min(SentenceIndexAt(pronoun.Start), sentences.Length - 1), n = 0; s >= 0 && n < 4 && sentences[s].Span.Start >= floor; s--, n++)
        {
            int t = sentences[s].FirstToken, end = sentences[s].EndToken;
            int determiner = t;
            if (t >= end)
            {
                continue;
            }

            // A determiner, or a name's possessive: "Ukraine's air force said ... It said ...".
            if (!(_finder.Is(t, "the") || _finder.Is(t, "a") || _finder.Is(t, "an")))
            {
                while (determiner < Math.Min(end, t + 3) && _finder.TokenAt(determiner).Kind == TokenKind.Word && _finder.IsCapitalized(determiner))
                {
                    determiner++;
                }

                if (determiner == t || determiner >= end || !_finder.IsPossessiveClitic(determiner))
                {
                    continue;
                }
            }

            // The head: an organization noun within three words, lower case, then a word that is not a possessive or "of".
            for (int h = determiner + 1; h < Math.Min(end - 1, determiner + 4); h++)
            {
                TokenKind kind = _finder.TokenAt(h).Kind;
                if (kind != TokenKind.Word || !char.IsLower(_text[_finder.TokenAt(h).Start]))
                {
                    break;
                }

                if (!QuoteWords.OrganizationNouns.Contains(_finder.Word(h)))
                {
                    continue;
                }

                if (_finder.TokenAt(h + 1).Kind != TokenKind.Word || _finder.Is(h + 1, "of") || _finder.TokenAt(h + 1).Start >= pronoun.Start)
                {
                    break;
                }

                // ("Apple said ... The company said ... It said": the description names the company before it, if it can.)
                var span = new TextSpan(_finder.TokenAt(t).Start, _finder.TokenAt(h).End - _finder.TokenAt(t).Start);
                if (determiner > t)
                {
                    return new QuoteSpeaker(span, null, _text.Substring(span.Start, span.Length));
                }

                return OrganizationDescribed(t, h + 1, span) is { EntityId: not null } described
                    ? described with { Span = span }
                    : new QuoteSpeaker(span, null, _text.Substring(_finder.TokenAt(t + 1).Start, _finder.TokenAt(h).End - _finder.TokenAt(t + 1).Start));
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a previous speaker can be "it" (an organization or a country, or an organization noun: "the council") or
    /// "they" (an organization, or a plural noun: "the unions", "officials").
    /// </summary>
    private bool IsBodyFor(QuoteSpeaker speaker, Gender want)
    {
        if (speaker.EntityId is { } id)
        {
            return _entities.TryGetValue(id, out Entity? e)
                   && (e.Type == EntityType.Organization || want == Gender.Unknown && e.Type == EntityType.Gpe);
        }

        // The head noun: the last word before a preposition ("analysts at Morgan Stanley"), else the last word.
        ReadOnlySpan<char> phrase = _text.AsSpan(speaker.Span.Start, speaker.Span.Length).TrimEnd();
        foreach (string preposition in (ReadOnlySpan<string>)[" at ", " of ", " for ", " from ", " with ", " in "])
        {
            int at = phrase.IndexOf(preposition, StringComparison.Ordinal);
            if (at > 0)
            {
                phrase = phrase[..at];
            }
        }

        int space = phrase.LastIndexOf(' ');
        ReadOnlySpan<char> head = space >= 0 ? phrase[(space + 1)..] : phrase;
        if (head.Length < 3 || !char.IsLower(head[0]) && space >= 0 || QuoteWords.PersonalPronouns.Contains(head))
        {
            return false;
        }

        return want == Gender.Unknown
            ? QuoteWords.OrganizationNouns.Contains(head)
            : head.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !head.EndsWith("ss", StringComparison.OrdinalIgnoreCase) || head.Equals("police", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A person of the wanted gender (or of none known) who opens the sentence of the mention at index <paramref name="index"/>,
    /// before it; else null.
    /// </summary>
    private EntityMention? SubjectBefore(int index, EntityMention nearest, Gender want)
    {
        ImmutableArray<EntityMention> mentions = _context.Mentions;
        int sentence = SentenceIndexAt(nearest.Span.Start);
        for (int i = index - 1; i >= 0 && SentenceIndexAt(mentions[i].Span.Start) == sentence; i--)
        {
            EntityMention m = mentions[i];
            if (m.Type != EntityType.Person || m.EntityId is null || m.EntityId == nearest.EntityId || InQuotedWords(m.Span) || !OpensSentence(m.Span, afterTitle: true))
            {
                continue;
            }

            // ("Szabo's lawyer, Martin J. Kealey, countered ...": a possessor that opens the sentence is not its subject; the name
            // set off after the possessed role is, if any.)
            if (IsPossessorMention(m))
            {
                for (int k = i + 1; k < index && k < i + 4; k++)
                {
                    EntityMention named = mentions[k];
                    if (named.Type == EntityType.Person && named.EntityId is not null && named.EntityId != m.EntityId
                        && _text.AsSpan(m.Span.End, named.Span.Start - m.Span.End).Contains(',') && !InQuotedWords(named.Span))
                    {
                        Gender ng = GenderOf(named);
                        return ng == want || ng == Gender.Unknown ? named : null;
                    }
                }

                return null;
            }

            Gender g = GenderOf(m);
            return g == want || g == Gender.Unknown ? m : null;
        }

        return null;
    }

    /// <summary>
    /// Whether a mention is the possessor of a person ("Szabo's lawyer", "Elliott’s father"), not of a thing ("Tuttle's
    /// article") nor a name with a contracted verb ("Christie's been making the case").
    /// </summary>
    private bool IsPossessorMention(EntityMention m)
    {
        int t = Token.IndexAt(_context.Tokens.AsSpan(), m.Span.End);
        if (t < 0 || t + 1 >= _finder.TokenCount || _finder.TokenAt(t).Start != m.Span.End || _finder.Word(t) is not ("'s" or "’s"))
        {
            return false;
        }

        // The possessed is a person: a role or a relation, or a modifier and one ("Szabo's lawyer", "Brandt's campaign manager");
        // not a thing ("Tuttle's article also attacked Christie. He ..." is Tuttle).
        for (int k = t + 1; k <= t + 2 && k < _finder.TokenCount && _finder.TokenAt(k).Kind == TokenKind.Word; k++)
        {
            ReadOnlySpan<char> next = _finder.Word(k);
            if (QuoteWords.IsRole(next) || QuoteWords.PersonNouns.Contains(next) || QuoteWords.MaleRelations.Contains(next) || QuoteWords.FemaleRelations.Contains(next)
                || next is "lawyer" or "lawyers" or "friend" or "colleague" or "successor" or "predecessor" or "partner" or "boss" or "deputy" or "assistant")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The gender of a person mention's entity: the one a pronoun gave it earlier, else its title's ("Mrs. Clinton"), else
    /// its full name's first name ("Thomas Reed" is no "she", "Karen Doyle" no "he").
    /// </summary>
    private Gender GenderOf(EntityMention m)
    {
        Gender g = _entityGender.TryGetValue(m.EntityId!, out Gender known) ? known : GenderOfMention(m);
        return g == Gender.Unknown && _entities.TryGetValue(m.EntityId!, out Entity? e) ? GenderOfFullName(e.Name) : g;
    }

    /// <summary>
    /// ""The fans deserve better," said Collins. She added ...": the previous quote's speaker, a lone known surname or first
    /// name the tagger typed as an organization (out of context after "said"), is a person for "he" and "she".
    /// </summary>
    private bool IsSurnameTypedAsOrganization(EntityMention m) =>
        m.EntityId is { } id && id == _previousSpeakerEntity && _entities.TryGetValue(id, out Entity? e)
        && !e.Name.Contains(' ', StringComparison.Ordinal) && e.Name.Length > 2 && !e.Name.All(char.IsUpper)
        && EntityClusterer.IsKnownName(e.Name) && !EntityClusterer.IsKnownOrganizationOrPlace(e.Name);

    private QuoteSpeaker PronounOf(TextSpan pronoun, EntityMention m, Gender want)
    {
        if (want is Gender.Male or Gender.Female)
        {
            _entityGender[m.EntityId!] = want;
        }

        return SpeakerFor(pronoun, m);
    }

    private static Gender GenderOfFirstName(ReadOnlySpan<char> name) => FirstNameGenders.Of(name) switch
    {
        'm' => Gender.Male,
        'f' => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>The entity's gender: the one a pronoun gave it earlier in the article, else its first name's.</summary>
    private Gender KnownGender(Entity e) => _entityGender.TryGetValue(e.Id, out Gender known) ? known : GenderOfFullName(e.Name);

    /// <summary>The gender of a full name's first name, from <c>Resources/first-name-genders.txt</c>; unknown for one word.</summary>
    private static Gender GenderOfFullName(string name)
    {
        // ("PC Sarah Cole", "DCI Ravi Patel": past a rank in capitals.)
        ReadOnlySpan<char> rest = name;
        int space = rest.IndexOf(' ');
        while (space > 0 && space <= 4 && Entities.EntityPipeline.IsAllCaps(rest[..space]) && rest[(space + 1)..].IndexOf(' ') > 0)
        {
            rest = rest[(space + 1)..];
            space = rest.IndexOf(' ');
        }

        return space <= 0 ? Gender.Unknown : GenderOfFirstName(rest[..space]);
    }

    private Gender GenderOfMention(EntityMention m)
    {
        // A title right before the mention: "Mrs. Clinton", "Mr. Trump".
        int p = m.Span.Start - 1;
        while (p >= 0 && _text[p] == ' ')
        {
            p--;
        }

        int wordEnd = p + 1;
        while (p >= 0 && !char.IsWhiteSpace(_text[p]))
        {
            p--;
        }

        ReadOnlySpan<char> before = _text.AsSpan(p + 1, wordEnd - p - 1);
        if (QuoteWords.MaleTitles.Contains(before))
        {
            return Gender.Male;
        }

        if (QuoteWords.FemaleTitles.Contains(before))
        {
            return Gender.Female;
        }

        // A relation in apposition: "His wife, Keiko Hill,", "her husband Rui Costa".
        ReadOnlySpan<char> relation = before.EndsWith(",") ? before[..^1] : before;
        return QuoteWords.MaleRelations.Contains(relation) ? Gender.Male : QuoteWords.FemaleRelations.Contains(relation) ? Gender.Female : Gender.Unknown;
    }

    // ------------------------------------------------------------------ fallback without entities

    private QuoteSpeaker ResolvePhraseFallback(int start, int end, TextSpan phrase)
    {
        string? name = CleanName(start, end);
        string? role = RoleOf(start, end);
        Gender gender = GenderOfPhrase(start, end);
        if (name is not null && IsProperName(start, end))
        {
            // Join "Okafor" to an earlier "Linda Okafor".
            if (!name.Contains(' ', StringComparison.Ordinal))
            {
                for (int k = _names.Count - 1; k >= 0 && k >= _names.Count - 200; k--)
                {
                    string full = _names[k].Name;
                    if (full.Length > name.Length && full.EndsWith(" " + name, StringComparison.Ordinal))
                    {
                        name = full;
                        gender = gender == Gender.Unknown ? _names[k].Gender : gender;
                        break;
                    }
                }

                if (!name.Contains(' ', StringComparison.Ordinal) && _finder.NameBefore(start, 600, name, out int ns, out int ne))
                {
                    name = TextOf(ns, ne);
                }
            }

            Remember(phrase.Start, name, null, gender, role);
            return new QuoteSpeaker(phrase, null, name);
        }

        if (role is not null)
        {
            for (int k = _names.Count - 1; k >= 0 && k >= _names.Count - 200; k--)
            {
                if (string.Equals(_names[k].Role, role, StringComparison.OrdinalIgnoreCase))
                {
                    return new QuoteSpeaker(phrase, null, _names[k].Name);
                }
            }

            if (_finder.NameWithRoleBefore(start, 600, role, out int rs, out int re))
            {
                return new QuoteSpeaker(phrase, null, TextOf(rs, re));
            }
        }

        return new QuoteSpeaker(phrase, null, name);
    }

    private string TextOf(int start, int end)
    {
        int a = _finder.TokenAt(start).Start, b = _finder.TokenAt(end - 1).End;
        return _text.Substring(a, b - a);
    }

    private QuoteSpeaker ResolvePronounFallback(int token, TextSpan pronoun)
    {
        Gender want = GenderOfPronoun(_text.AsSpan(pronoun.Start, pronoun.Length));
        if (want is Gender.Male or Gender.Female && _finder.NameBefore(token, 80, default, out int ns, out int ne))
        {
            // The nearest name in the text wins over an older speaker, unless that speaker is nearer.
            int namePos = _finder.TokenAt(ns).Start;
            string name = TextOf(ns, ne);
            NameRecord? last = _names.Count > 0 ? _names[^1] : null;
            Gender known = Gender.Unknown;
            foreach (NameRecord r in _names)
            {
                if (r.Name == name)
                {
                    known = r.Gender;
                }
            }

            if ((known == Gender.Unknown || known == want) && (last is null || last.Position <= namePos || last.Gender != want))
            {
                Remember(namePos, name, null, want, null);
                return new QuoteSpeaker(pronoun, null, name);
            }
        }

        if (want is Gender.Male or Gender.Female)
        {
            for (int k = _names.Count - 1; k >= 0 && k >= _names.Count - 8; k--)
            {
                NameRecord r = _names[k];
                if (r.Position < pronoun.Start && (r.Gender == want || r.Gender == Gender.Unknown) && r.Name.Contains(' ', StringComparison.Ordinal) | r.Gender == want)
                {
                    if (r.Gender == Gender.Unknown)
                    {
                        _names[k] = r with { Gender = want };
                    }

                    return new QuoteSpeaker(pronoun, null, r.Name);
                }
            }
        }

        return BodySpokenLast(pronoun, want, want == Gender.Unknown ? BodySubjectBefore(pronoun) : null); // (as with entities: "The unions said ... "...," they said")
    }

    private void Remember(int position, string name, string? entityId, Gender gender, string? role) =>
        _names.Add(new NameRecord(position, name, entityId, gender, role));

    private bool IsProperName(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (_finder.IsCapitalized(k) && !QuoteWords.NameTitles.Contains(_finder.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The phrase's name: its closing capitalized run without titles ("Mayor Linda Okafor" -> "Linda Okafor"), else the phrase
    /// without leading articles, possessives and demonstratives ("the spokesman" -> "spokesman"; a quantifier stays: "some
    /// economists"); null for a lone determiner ("Many said").
    /// </summary>
    private string? CleanName(int start, int end)
    {
        int s = start;
        if (end == start + 1 && _finder.TokenAt(start).Kind == TokenKind.Number)
        {
            return _finder.Word(start).ToString(); // "42% say ...": a share of people
        }

        if (end == start + 1 && QuoteWords.Determiners.Contains(_finder.Word(start)))
        {
            return null; // "Many said ...", "Some argue ...": no one named
        }

        // Prefer the capitalized run at the phrase's end: "Clinton campaign chairman John Podesta" -> "John Podesta".
        int e = end;
        // (A share keeps its last count: "4 in 10", "six of 10"; so does an approximate count: "at least 21,000", "more than 200".)
        while (e > s && _finder.TokenAt(e - 1).Kind is not (TokenKind.Word or TokenKind.Abbreviation)
               && !(_finder.TokenAt(e - 1).Kind == TokenKind.Number && e - 3 >= s && (_finder.Word(e - 2) is "in" or "of"))
               && !(_finder.TokenAt(e - 1).Kind == TokenKind.Number && e - 2 >= s && QuoteWords.CountApproximations.Contains(_finder.Word(e - 2))))
        {
            e--;
        }

        int runStart = e;
        while (runStart > s && _finder.IsCapitalized(runStart - 1) && !QuoteWords.NameTitles.Contains(_finder.Word(runStart - 1)))
        {
            runStart--;
        }

        // (Checked from the start of the whole capitalized name: "officials with the Democratic Congressional Campaign Committee".)
        int nameStart = runStart;
        while (nameStart > s && _finder.IsCapitalized(nameStart - 1))
        {
            nameStart--;
        }

        // (Not a weekday: "a study published Wednesday" names no one; "Prime Minister May" does.)
        if (runStart < e && !(AfterPreposition(s, e, _finder.TokenAt(nameStart).Start, out bool commonHead) && commonHead)
            && !(e - runStart == 1 && IsWeekday(_finder.Word(runStart))))
        {
            s = runStart;
        }
        else
        {
            // ("one of the former prosecutors", "many of his supporters", "those close to him": a determiner before "of" or
            // "close" is the phrase's head.)
            // ("both sides", "many economists": a quantifier before a noun stays; "Many said" alone names no one.)
            while (s < e && QuoteWords.Determiners.Contains(_finder.Word(s))
                   && (s + 1 == e || !QuoteWords.PronounLikeDeterminers.Contains(_finder.Word(s)) && !QuoteWords.NumberWords.Contains(_finder.Word(s)))
                   && !(s + 1 < e && (_finder.Word(s + 1).Equals("of", StringComparison.OrdinalIgnoreCase) || _finder.Word(s + 1).Equals("close", StringComparison.OrdinalIgnoreCase)
                                      || _finder.Word(s + 1).Equals("than", StringComparison.OrdinalIgnoreCase))))
            {
                s++;
            }
        }

        if (s >= e)
        {
            return null;
        }

        int a = _finder.TokenAt(s).Start, b = _finder.TokenAt(e - 1).End;
        string name = _text.Substring(a, b - a);
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        return name.Length == 0 ? null : name;
    }

    /// <summary>Whether a title names the role or, for "officer", a police rank ("Detective Inspector", "Sergeant").</summary>
    private static bool TitleHasRole(string title, string role, bool bare)
    {
        if (title.Contains(role, StringComparison.OrdinalIgnoreCase) || (bare || role is "congressman" or "congresswoman") && IsSameRole(role, title))
        {
            return true;
        }

        // (Only a bare "the officer": "the chief financial officer" is no sergeant; and not "Inspector General".)
        if (role == "officer" && bare && !title.Contains("general", StringComparison.OrdinalIgnoreCase))
        {
            foreach (string rank in PoliceRanks)
            {
                if (title.Contains(rank, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] PoliceRanks = ["sergeant", "inspector", "detective", "constable", "superintendent", "trooper", "patrolman", "patrolwoman"];

    /// <summary>
    /// Whether the title holds every lower-case word between the description's first word and its role word at
    /// <paramref name="roleAt"/>: "Foreign Minister" for "the foreign minister". False when there is no such word.
    /// </summary>
    private bool TitleHasModifiers(string title, int start, int roleAt)
    {
        bool any = false;
        for (int k = start + 1; k < roleAt; k++)
        {
            ReadOnlySpan<char> w = _finder.Word(k);
            if (_finder.TokenAt(k).Kind != TokenKind.Word || !char.IsLower(w[0]) || w is "former" or "then" or "new")
            {
                continue;
            }

            if (!title.AsSpan().Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static readonly string[] Ranks = ["deputy", "vice", "assistant", "associate", "lieutenant"];

    /// <summary>
    /// Whether the description between <paramref name="start"/> and its role word at <paramref name="roleAt"/> and the
    /// title differ in a word of rank: "the deputy mayor" is not the Mayor, "the mayor" not the Deputy Mayor, "the vice
    /// president" not the President.
    /// </summary>
    private bool LacksRank(string title, int start, int roleAt)
    {
        foreach (string rank in Ranks)
        {
            if (_finder.Word(roleAt).Equals(rank, StringComparison.OrdinalIgnoreCase))
            {
                continue; // "the lieutenant" names the rank itself
            }

            bool described = false;
            for (int k = start + 1; k < roleAt && !described; k++)
            {
                described = _finder.Word(k).Equals(rank, StringComparison.OrdinalIgnoreCase);
            }

            if (described != HasWord(title, rank))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(string text, ReadOnlySpan<char> word)
    {
        for (int from = 0; from < text.Length;)
        {
            int i = text.AsSpan(from).IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                return false;
            }

            i += from;
            int end = i + word.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            from = i + 1;
        }

        return false;
    }

    /// <summary>The index of the last role word in [start, end), or -1.</summary>
    private int RoleIndex(int start, int end)
    {
        for (int k = end - 1; k >= start; k--)
        {
            if (QuoteWords.Roles.Contains(_finder.Word(k)))
            {
                return k;
            }
        }

        return -1;
    }

    private string? RoleOf(int start, int end)
    {
        for (int k = end - 1; k >= start; k--)
        {
            ReadOnlySpan<char> w = _finder.Word(k);
            if (QuoteWords.Roles.Contains(w))
            {
                return w.ToString().ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>
    /// "The White House issued a statement on Monday. The statement said ...": a definite document ("the statement", "the
    /// letter") with no name in its phrase speaks for whoever the sentence that introduced it says issued it: "a
    /// statement from the White House", "Clinton's memo", "the campaign released a memo", "In a letter, Cruz said". A
    /// document whose issuer that sentence does not name ("CBS News obtained a letter") stays unresolved. Looks back at
    /// most 400 tokens, to the last mention of the same document word; "the statement" that no sentence introduced is the
    /// previous speaker's, when that speaker spoke in this paragraph or the one before.
    /// </summary>
    private QuoteSpeaker? IssuerOfDocument(int start, int end, TextSpan phrase)
    {
        ReadOnlySpan<char> document = _finder.Word(end - 1);
        ReadOnlySpan<char> determiner = _finder.Word(start);
        if (end - start > 3 || !QuoteWords.Media.Contains(document)
            || !(determiner.Equals("the", StringComparison.OrdinalIgnoreCase) || determiner.Equals("that", StringComparison.OrdinalIgnoreCase)
                 || determiner.Equals("this", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        for (int k = start - 1; k >= 0 && k >= start - 400; k--)
        {
            if (_finder.Word(k).Equals(document, StringComparison.OrdinalIgnoreCase))
            {
                // ("..., the IMF's mission chief, Helena Sørensen-Ibarra, said in a statement. ... The statement said": the
                // speaker of the sentence that named the document in the attribution, when nothing else in it says who issued it.)
                return IssuerAt(k, phrase)
                       ?? (_previousNearby is { EntityId: not null } namer && SentenceIndexAt(namer.Span.Start) == SentenceIndexAt(_finder.TokenAt(k).Start)
                           && !_previousSpan.Contains(_finder.TokenAt(k).Start) // (not "The Times said Cook provided a written statement")
                           ? namer with { Span = phrase } : null);
            }
        }

        // "The International Monetary Fund said it had reached an agreement. The statement said ...": a statement no sentence
        // introduced is what the speaker just before said, in this paragraph or the one before.
        if (end - start == 2 && document is "statement" && _previousNearby is { EntityId: not null } previous)
        {
            return previous with { Span = phrase };
        }

        return null;
    }

    private QuoteSpeaker? IssuerAt(int document, TextSpan phrase)
    {
        int count = _finder.TokenCount;

        // "a statement from the White House", "a letter signed by 40 senators"
        int after = document + 1;
        if (after + 1 < count && (_finder.Is(after, "from") || _finder.Is(after, "by") || _finder.Is(after, "signed") && _finder.Is(after + 1, "by")))
        {
            int first = _finder.Is(after, "signed") ? after + 2 : after + 1;
            if (first < count && FirstIssuerIn(first, Math.Min(count, first + 5)) is { } m)
            {
                return SpeakerFor(phrase, m);
            }
        }

        // "Clinton's memo", "the campaign's statement": the possessor, up to two modifiers before the document.
        for (int k = document - 1; k >= 0 && k >= document - 3; k--)
        {
            if (_finder.Word(k) is "'s" or "’s" or "'" or "’")
            {
                return k > 0 && LastIssuerIn(Math.Max(0, k - 4), k) is { } m ? SpeakerFor(phrase, m) : null;
            }
        }

        int sentenceStart = _finder.SentenceStart(document);

        // "In a letter to the board, Cruz said ...": the subject after the comma.
        if (sentenceStart < document && (_finder.Is(document - 2, "in") || _finder.Is(document - 1, "in")))
        {
            for (int k = document + 1; k < count && k < document + 12; k++)
            {
                if (_finder.Word(k) is ",")
                {
                    return FirstIssuerIn(k + 1, Math.Min(count, k + 6)) is { } m ? SpeakerFor(phrase, m) : null;
                }
            }
        }

        // "The White House issued a statement", "the campaign released a memo on Monday": the subject of an issuing verb.
        for (int v = document - 1; v > sentenceStart && v >= document - 6; v--)
        {
            if (QuoteWords.IssuingVerbs.Contains(_finder.Word(v)))
            {
                // Past an aside that ends right before the verb: "Trey Gowdy (R-S.C.) sent", "A coalition of groups —
                // including Easter Seals — sent" (the coalition, which no entity names).
                int subjectEnd = v;
                ReadOnlySpan<char> close = _finder.Word(v - 1);
                if (close is ")" or "—" or "–" or "-")
                {
                    string open = close is ")" ? "(" : close.ToString();
                    int o = v - 2;
                    while (o > sentenceStart && !_finder.Word(o).Equals(open, StringComparison.Ordinal))
                    {
                        o--;
                    }

                    subjectEnd = o > sentenceStart ? o : v;
                }

                if (subjectEnd > sentenceStart && LastIssuerIn(sentenceStart, subjectEnd) is { } m)
                {
                    return SpeakerFor(phrase, m);
                }

                // ("Norhaven Bank agreed to pay. The bank issued a statement. ... the statement said": the organization the
                // issuer's description names.)
                return subjectEnd - sentenceStart is 2 or 3 ? OrganizationDescribed(sentenceStart, subjectEnd, phrase) : null;
            }
        }

        return null;
    }

    private EntityMention? FirstIssuerIn(int from, int to)
    {
        foreach (EntityMention m in MentionsIn(SpanOf(from, to)))
        {
            if (IsIssuer(m))
            {
                return m;
            }
        }

        return null;
    }

    private EntityMention? LastIssuerIn(int from, int to)
    {
        EntityMention? last = null;
        foreach (EntityMention m in MentionsIn(SpanOf(from, to)))
        {
            if (IsIssuer(m))
            {
                last = m;
            }
        }

        return last;
    }

    // ("The White House", "the Kremlin", "Downing Street": a place that issues statements stands for who works there.)
    private static bool IsIssuer(EntityMention m) => m.Type == EntityType.Person || m.Type == EntityType.Organization || m.Type == EntityType.Gpe
                                                     || m.Type == EntityType.Location;

    /// <summary>Whether the word after <paramref name="position"/> is a medium's noun ("post", "statement", "video").</summary>
    private bool MediumAfter(int position)
    {
        while (position < _text.Length && _text[position] == ' ')
        {
            position++;
        }

        int end = position;
        while (end < _text.Length && char.IsLetter(_text[end]))
        {
            end++;
        }

        return end > position && QuoteWords.Media.Contains(_text.AsSpan(position, end - position));
    }

    /// <summary>The speaker the attribution <paramref name="span"/> rests on, named by the entity of mention <paramref name="m"/>.</summary>
    private QuoteSpeaker SpeakerFor(TextSpan span, EntityMention m)
    {
        Entity? entity = m.EntityId is { } id && _entities.TryGetValue(id, out Entity? e) ? e : null;
        return new QuoteSpeaker(span, entity?.Id, entity?.Name ?? _text.Substring(m.Span.Start, m.Span.Length));
    }

    /// <summary>
    /// The mention is a possessor ("Merkel's", "Japan's") and the phrase ends in lower case with a person related to it:
    /// "Merkel's successor", "Japan's chief cabinet secretary", "Clinton's spokesman" ("Clinton's campaign" is Clinton's); or
    /// the possessor is a place and a capitalized name no mention covers follows it: "South Korea's Joint Chiefs of Staff".
    /// </summary>
    private bool IsPossessorOfRelation(EntityMention m, TextSpan phrase)
    {
        int after = m.Span.End;
        if (after + 2 > phrase.End || !(_text[after] is '\'' or '’') || !(after + 1 < _text.Length && _text[after + 1] is 's' || _text[after - 1] is 's'))
        {
            return false;
        }

        int lastWordStart = phrase.End;
        while (lastWordStart > after && char.IsLetter(_text[lastWordStart - 1]))
        {
            lastWordStart--;
        }

        ReadOnlySpan<char> head = _text.AsSpan(lastWordStart, phrase.End - lastWordStart);
        if (head.Length > 0 && char.IsLower(head[0]) && QuoteWords.RelationNouns.Contains(head))
        {
            return true;
        }

        // "South Korea's Joint Chiefs of Staff said": a place's body with a capitalized name that no mention covers.
        int possessed = after + (_text[after + 1] is 's' ? 2 : 1);
        while (possessed < phrase.End && _text[possessed] == ' ')
        {
            possessed++;
        }

        if (m.Type != EntityType.Gpe || possessed >= phrase.End || !char.IsUpper(_text[possessed]) || head.Length == 0 || !char.IsUpper(head[0]))
        {
            return false;
        }

        foreach (EntityMention other in MentionsIn(phrase))
        {
            if (other.Span.Start >= possessed)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "the company", "the South Korean company", "the drugmaker": with "the" (or "this") and an organization noun for head,
    /// a recent organization outside quoted words that the noun fits (<see cref="FitsNoun"/>: "the company" is no
    /// "Safety Board", "the ministry" no "Watch Coalition"): first one whose name holds the noun, then the one organization
    /// named earlier in the sentence; then, for a business ("the company", "the airline"), the subject of the sentence
    /// before, else the one organization of the sentence before, else the story's company (the one named most so far, the first of equals: "Halvorsen
    /// Foods ... Rival Pellman Brands reported ... The company said" is Halvorsen); for another body, the one that last
    /// opened a sentence in this paragraph or the one before. A rival holds the noun only where no other organization
    /// does; an organization whose name's head is a kind the noun covers ("the agency" for an "Administration") answers
    /// when nothing nearer does.
    /// </summary>
    private QuoteSpeaker? OrganizationDescribed(int start, int end, TextSpan phrase, bool anyDeterminer = false)
    {
        if (end - start > 4 || !(_finder.Is(start, "the") || _finder.Is(start, "this") || anyDeterminer) || !QuoteWords.OrganizationNouns.Contains(_finder.Word(end - 1))
            || char.IsUpper(_text[_finder.TokenAt(end - 1).Start]))
        {
            return null;
        }

        ImmutableArray<EntityMention> mentions = _context.Mentions;
        int lo = MentionsStartingBefore(phrase.Start);

        // "The union said ..." after "the Aviation and Cabin Staff Union": an organization whose own name holds the noun, in
        // this paragraph or the two before, goes first ("the bank" is the Reserve Bank, not the airline named since); one whose
        // name ends in the noun or a kind it covers, anywhere before, for an official body ("The agency said" three paragraphs after "the
        // National Public Health Agency", with an association named since; not "the party", which may be the Democrats).
        // A rival holds the noun only where no other does ("Thornbury Bank ... a move by rival Quayside Bank ... The bank
        // said" is Thornbury).
        ReadOnlySpan<char> noun = _finder.Word(end - 1);
        int paragraph = ParagraphIndexAt(phrase.Start);
        bool official = QuoteWords.OfficialBodyNouns.Contains(noun);
        EntityMention? rivalHolder = null;
        for (int i = lo - 1; i >= 0; i--)
        {
            EntityMention m = mentions[i];
            bool near = paragraph - ParagraphIndexAt(m.Span.Start) <= 2;
            if (!near && !official)
            {
                break; // only an official body is sought past the two paragraphs before
            }

            if (IsOrganizationAntecedent(m) && (near ? HoldsWord(_text.AsSpan(m.Span.Start, m.Span.Length), noun) || NounBefore(m, noun)
                                                     : HeadOf(m) is var head && (head.Equals(noun, StringComparison.OrdinalIgnoreCase) || IsKindFor(head, noun))))
            {
                if (IsRival(m, lo))
                {
                    rivalHolder ??= m;
                    continue;
                }

                return SpeakerFor(phrase, m);
            }
        }

        EntityMention? story = null;
        bool storySought = false;
        EntityMention? Story(ReadOnlySpan<char> n)
        {
            if (!storySought)
            {
                (story, storySought) = (StoryOrganization(lo, n), true);
            }

            return story;
        }

        if (rivalHolder is { } holder && Story(noun) is null)
        {
            return SpeakerFor(phrase, holder);
        }

        // One organization named earlier in the same sentence, not as the object of "by", "against" and the like: "Shares in
        // Halvorsen Foods fell 8% after the company said ..." (not "the combined company", nor "sued by the NAACP"); a
        // capitalized word may say whose body it is ("The World Food Programme will cut rations, the UN agency said").
        int sentence = SentenceIndexAt(phrase.Start);
        if ((end - start == 2 || end - start == 3 && _finder.IsCapitalized(start + 1)) && OnlyOrganizationOf(lo, sentence, otherPartyCounts: true, noun) is { } sameSentence)
        {
            return SpeakerFor(phrase, sameSentence);
        }

        // ("Zippa is recalling 84,000 scooters, the U.S. Consumer Product Safety Commission said. The agency said ...", "Warehouse
        // staff voted to join the United Logistics Workers. The union said ...": a body's noun goes to the body of a kind it
        // covers in this sentence or the one before, over another organization that opened a sentence.)
        if (KindsOf(noun).Length > 0 && KindNamed(lo, noun, paragraph) is { } body && SentenceIndexAt(body.Span.Start) >= sentence - 1)
        {
            return SpeakerFor(phrase, body);
        }

        // (Only for a business: "the group", "the newspaper", "the board" name too many kinds of body.)
        // ("The Norwegian company", "The Oslo-based company": adjectives may come before the noun.)
        bool business = (end - start == 2 || OnlyModifiersBefore(start + 1, end - 1)) && QuoteWords.CompanyNouns.Contains(noun);
        if (business)
        {
            // "Ambrose said in a statement that the claims were baseless. The firm said ...": the subject of the sentence before.
            for (int i = lo - 1; i >= 0 && SentenceIndexAt(mentions[i].Span.Start) >= sentence - 1; i--)
            {
                EntityMention m = mentions[i];
                // (A rival only where it spoke: "Ambrose said in a statement ... The firm said"; not "Rival Grennick cut
                // prices. The company said".)
                if (SentenceIndexAt(m.Span.Start) == sentence - 1 && IsOrganizationAntecedent(m)
                    && OpensSentence(m.Span) && !IsDateline(m.Span) && FitsNoun(m, noun) && (!IsRival(m, lo) || SpeaksAfter(m)))
                {
                    return SpeakerFor(phrase, m);
                }
            }

            // "... according to the Congressional Budget Office. The middle one-fifth paid 8.9 percent, the agency said":
            // the one organization of the sentence before.
            // ("The funding round was led by Aldgate Ventures. The company said": an agent or a rival is no antecedent.)
            if (OnlyOrganizationOf(lo, sentence - 1, otherPartyCounts: false, noun, skipAgents: true) is { } previous && !IsRival(previous, lo))
            {
                return SpeakerFor(phrase, previous);
            }

            if (KindNamed(lo, noun, paragraph) is { } kind)
            {
                return SpeakerFor(phrase, kind);
            }

            return Story(noun) is { } topic ? SpeakerFor(phrase, topic) : null;
        }

        // The last organization that opens its sentence (the subject: "The Audit Standards Board said ... The board said"),
        // in this paragraph or the one before. An organization named in passing ("sued by the NAACP", "Standard & Poor's
        // 500 index") is no antecedent: then the description stays unresolved.
        // ("The Philippine Coast Guard said ... Manila summoned China's ambassador, the Philippine foreign ministry said": a
        // description with a name of its own in it is another body than one whose name lacks its noun.)
        bool ownName = false;
        for (int t = start + 1; t < end - 1; t++)
        {
            // (Not "the Memphis-based company", nor "the U.S. agency".)
            ownName |= _finder.TokenAt(t).Kind == TokenKind.Word && char.IsUpper(_text[_finder.TokenAt(t).Start]) && !_finder.Word(t).Contains('-');
        }

        for (int i = lo - 1; i >= 0 && paragraph - ParagraphIndexAt(mentions[i].Span.Start) <= 1; i--)
        {
            EntityMention m = mentions[i];
            // ("Astronomers have detected ... According to the team, ...": a club is named in a city's name and its own, "The
            // Leeds Rhinos", in the same paragraph; one word that opens a sentence may be a research or campaign team's members.)
            // ("In a statement, Kingsmere Athletic said ... The club added ...": or the organization that spoke last.)
            if (IsOrganizationAntecedent(m) && (OpensSentence(m.Span) || m.EntityId is { } spoke && spoke == _previousSpeakerEntity) && !IsDateline(m.Span) && FitsNoun(m, noun)
                && !(ownName && !HoldsWord(_text.AsSpan(m.Span.Start, m.Span.Length), noun))
                && !(noun.Equals("team", StringComparison.OrdinalIgnoreCase)
                     && (!_text.AsSpan(m.Span.Start, m.Span.Length).Contains(' ') || ParagraphIndexAt(m.Span.Start) != paragraph)))
            {
                return SpeakerFor(phrase, m);
            }
        }

        return KindNamed(lo, noun, paragraph) is { } named ? SpeakerFor(phrase, named) : null;
    }

    /// <summary>
    /// The latest organization in this paragraph or the two before whose name's head is a kind the noun covers: "the
    /// agency" for "the National Road Vehicle Safety Administration", "the force" for "Westmarch Police".
    /// </summary>
    private EntityMention? KindNamed(int lo, ReadOnlySpan<char> noun, int paragraph)
    {
        ImmutableArray<EntityMention> mentions = _context.Mentions;
        for (int i = lo - 1; i >= 0 && paragraph - ParagraphIndexAt(mentions[i].Span.Start) <= 2; i--)
        {
            if (IsOrganizationAntecedent(mentions[i]) && IsKindFor(HeadOf(mentions[i]), noun) && !IsRival(mentions[i], lo))
            {
                return mentions[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The organization a business story is about, for "the company" with no nearer antecedent: of the organizations before
    /// mention index <paramref name="lo"/> that the noun fits, outside datelines and not another party to a deed ("sued by",
    /// "a deal with"), the one named most often, the first named of equals; null when there is none.
    /// </summary>
    private EntityMention? StoryOrganization(int lo, ReadOnlySpan<char> noun)
    {
        ImmutableArray<EntityMention> mentions = _context.Mentions;
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        for (int i = 0; i < lo; i++)
        {
            EntityMention m = mentions[i];
            if (!IsOrganizationAntecedent(m) || IsDateline(m.Span) || IsOtherParty(m) || !FitsNoun(m, noun) || IsRival(m, lo))
            {
                continue;
            }

            string id = m.EntityId!;
            counts[id] = counts.TryGetValue(id, out (int Count, int First) c) ? (c.Count + 1, c.First) : (1, i);
        }

        (int Count, int First) top = (0, int.MaxValue);
        foreach ((int Count, int First) c in counts.Values)
        {
            if (c.Count > top.Count || c.Count == top.Count && c.First < top.First)
            {
                top = c;
            }
        }

        return top.Count == 0 ? null : mentions[top.First];
    }

    /// <summary>Whether the word right before a mention is <paramref name="noun"/>: "the charity Mare Aperto", "the airline Ryanair".</summary>
    private bool NounBefore(EntityMention m, ReadOnlySpan<char> noun)
    {
        int t = Token.IndexAt(_context.Tokens.AsSpan(), m.Span.Start);
        return t > 0 && _finder.Word(t - 1).Equals(noun, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The last word of an organization's name, without a possessive: "Board" in "the Audit Standards Board's".</summary>
    private ReadOnlySpan<char> HeadOf(EntityMention m)
    {
        // The entity's full name: "Corvan" is "Corvan Motors" where the article named it so.
        ReadOnlySpan<char> name = (m.EntityId is { } id && _entities.TryGetValue(id, out Entity? entity) ? entity.Name.AsSpan() : _text.AsSpan(m.Span.Start, m.Span.Length)).TrimEnd();
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        // ("Federation of Metal Workers", "Ministry of Health": the word before "of".)
        int of = name.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0)
        {
            name = name[..of];
        }

        int space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }

    /// <summary>
    /// Whether the organization at <paramref name="m"/> is another company's rival: one of its mentions before mention index
    /// <paramref name="lo"/> follows "rival" or "competitor" ("rival Grennick Brands", "Rival Arcadie Group").
    /// </summary>
    private bool IsRival(EntityMention m, int lo)
    {
        if (_rivals is null)
        {
            // Each entity's first mention after "rival", found once per document.
            _rivals = new Dictionary<string, int>(StringComparer.Ordinal);
            ImmutableArray<EntityMention> mentions = _context.Mentions;
            for (int i = 0; i < mentions.Length; i++)
            {
                if (mentions[i].EntityId is { } id && mentions[i].Type == EntityType.Organization && !_rivals.ContainsKey(id) && IsAgentOrRival(mentions[i], rivalOnly: true))
                {
                    _rivals[id] = i;
                }
            }
        }

        return m.EntityId is { } entity && _rivals.TryGetValue(entity, out int first) && first < lo;
    }

    /// <summary>
    /// Whether a speech verb follows the organization's mention ("Ambrose said", "Ambrose also said", "Halden has said"), also past
    /// a relative clause set off by commas ("Amberline, which disclosed the approach, said").
    /// </summary>
    private bool SpeaksAfter(EntityMention m)
    {
        int t = Token.IndexAt(_context.Tokens.AsSpan(), m.Span.End);
        // ("Amberline, which disclosed the approach last week, said ...": past a relative clause set off by commas.)
        if (t + 1 < _finder.TokenCount && _finder.Word(t) is "," && (_finder.Is(t + 1, "which") || _finder.Is(t + 1, "who")))
        {
            for (int c = t + 2; c < _finder.TokenCount && c < t + 25; c++)
            {
                ReadOnlySpan<char> w = _finder.Word(c);
                if (w is "." or "\"" or "\u201c" or "\u201d")
                {
                    break;
                }

                if (w is ",")
                {
                    t = c + 1;
                    break;
                }
            }
        }

        for (int k = t; k < t + 3 && k < _finder.TokenCount; k++)
        {
            ReadOnlySpan<char> w = _finder.Word(k);
            if (w is "said" or "says" or "told" or "added" or "stated" or "argued" or "insisted" or "denied" or "countered" or "responded" or "replied")
            {
                return true;
            }

            if (!(w is "also" or "has" or "had" or "later" or "then" or "previously"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a body's head word is a kind the noun covers: "Administration" for "the agency", "Police" for "the force".</summary>
    private static bool IsKindFor(ReadOnlySpan<char> head, ReadOnlySpan<char> noun) =>
        head.Length > 0 && char.IsUpper(head[0]) && HasKind(KindsOf(noun), head);

    /// <summary>
    /// Whether a description's noun fits the organization: a body whose name ends in its kind ("Board", "Ministry",
    /// "Coalition") is only what that word says ("the board", "the ministry"; "the agency" also an authority, an
    /// administration, a service), and a company named as one ("Foods", "Inc.") is no ministry, council or party. A name
    /// that says neither ("Nexaris", "the DNC") fits any noun.
    /// </summary>
    private bool FitsNoun(EntityMention m, ReadOnlySpan<char> noun)
    {
        // ("the museum" for "Lakeshore Museum of Art": an institution's noun the name itself holds.)
        if (QuoteWords.InstitutionNouns.Contains(noun))
        {
            return _text.AsSpan(m.Span.Start, m.Span.Length).Contains(noun, StringComparison.OrdinalIgnoreCase);
        }

        ReadOnlySpan<char> head = HeadOf(m);
        if (CompanyNameRecognizer.IsBodyHead(head) || head is "Union" or "Office" or "Federation" or "League" or "Force")
        {
            return head.Equals(noun, StringComparison.OrdinalIgnoreCase) || HasKind(KindsOf(noun), head);
        }

        return !CompanyNameRecognizer.IsCompanyHead(head) || QuoteWords.CompanyNouns.Contains(noun) && !noun.Equals("agency", StringComparison.OrdinalIgnoreCase)
               || !QuoteWords.BodyNouns.Contains(noun) && !noun.Equals("agency", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The heads of body names a description's noun also covers: "the agency" for an "Authority".</summary>
    private static readonly string[] AgencyKinds = ["Agency", "Authority", "Administration", "Service", "Bureau", "Commission", "Office", "Board", "Department"];
    private static readonly string[] AuthorityKinds = ["Agency", "Authority", "Administration", "Board", "Commission"];
    private static readonly string[] MinistryKinds = ["Department", "Ministry", "Office"];
    private static readonly string[] CommitteeKinds = ["Committee", "Commission", "Board"];
    private static readonly string[] GroupKinds = ["Association", "Coalition", "Foundation", "Society", "Federation", "League", "Council", "Institute"];
    private static readonly string[] UnionKinds = ["Union", "Federation", "Association", "Guild", "Workers", "Employees", "Teamsters"];
    private static readonly string[] ForceKinds = ["Police", "Force"];
    private static readonly string[] AssociationKinds = ["Association", "Federation", "League", "Union"];
    private static readonly string[] InstituteKinds = ["University", "Institute"];
    private static readonly string[] LeagueKinds = ["League", "Association", "Federation"];
    private static readonly string[] ClubKinds = ["Athletic", "Rovers", "Wanderers", "Albion", "Club", "FC", "United", "Town", "City"];

    /// <summary>The heads of body names a description's noun also covers: "the agency" for an "Authority".</summary>
    private static string[] KindsOf(ReadOnlySpan<char> noun)
    {
        foreach ((string[] nouns, string[] kinds) in KindTable)
        {
            foreach (string n in nouns)
            {
                if (noun.Equals(n, StringComparison.OrdinalIgnoreCase))
                {
                    return kinds;
                }
            }
        }

        return [];
    }

    private static readonly (string[] Nouns, string[] Kinds)[] KindTable =
    [
        (["agency", "regulator", "watchdog"], AgencyKinds),
        (["authority"], AuthorityKinds),
        (["department", "ministry"], MinistryKinds),
        (["committee", "panel", "commission"], CommitteeKinds),
        (["group", "organization", "organisation", "nonprofit", "charity", "coalition"], GroupKinds),
        (["union"], UnionKinds),
        (["force"], ForceKinds),
        (["association", "federation"], AssociationKinds),
        (["university", "institute", "lab", "laboratory"], InstituteKinds),
        (["league"], LeagueKinds),
        (["club", "side"], ClubKinds),
    ];

    /// <summary>Whether one of the kinds is the head word, exactly.</summary>
    private static bool HasKind(string[] kinds, ReadOnlySpan<char> head)
    {
        foreach (string kind in kinds)
        {
            if (head.Equals(kind, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether tokens [from, to) are adjectives of a place before a noun: "Norwegian", "Oslo-based" (a nationality, or a
    /// word in "-based"); not "combined", "new", "rival" or "three-year-old", which fit another company as well.
    /// </summary>
    private bool OnlyModifiersBefore(int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        for (int i = from; i < to; i++)
        {
            ReadOnlySpan<char> w = _finder.Word(i);
            bool hyphenated = w.EndsWith("-based", StringComparison.Ordinal) && w.Length > 6; // not "three-year-old": any company
            bool demonym = char.IsUpper(w[0]) && (QuoteWords.Demonyms.Contains(w) || InNationalityMention(i));
            if (!(hyphenated || demonym) || _finder.TokenAt(i).Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether token <paramref name="i"/> lies in a nationality mention ("Norwegian").</summary>
    private bool InNationalityMention(int i)
    {
        foreach (EntityMention m in MentionsIn(SpanOf(i, i + 1)))
        {
            if (m.Type == EntityType.Nationality)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The one organization named in sentence <paramref name="sentence"/> before mention index <paramref name="lo"/>, or null
    /// when there is none or two are (which one is meant is not clear). With <paramref name="otherPartyCounts"/>, also null
    /// when one is another party to the deed ("sued by the NAACP").
    /// </summary>
    private EntityMention? OnlyOrganizationOf(int lo, int sentence, bool otherPartyCounts, ReadOnlySpan<char> noun, bool skipAgents = false)
    {
        ImmutableArray<EntityMention> mentions = _context.Mentions;
        EntityMention? only = null;
        for (int i = lo - 1; i >= 0; i--)
        {
            EntityMention m = mentions[i];
            int s = SentenceIndexAt(m.Span.Start);
            if (s < sentence)
            {
                break;
            }

            if (s > sentence || !IsOrganizationAntecedent(m) || IsDateline(m.Span) || !FitsNoun(m, noun) || skipAgents && IsAgentOrRival(m))
            {
                continue;
            }

            if (otherPartyCounts && IsOtherParty(m) || only is { } o && o.EntityId != m.EntityId)
            {
                return null;
            }

            only = m;
        }

        return only;
    }

    /// <summary>An organization after "by", "against" and the like (<see cref="QuoteWords.OtherPartyWords"/>), perhaps with "the".</summary>
    private bool IsOtherParty(EntityMention m) =>
        WordBeforeMention(m, out bool separated) is var word && separated && QuoteWords.OtherPartyWords.Contains(word);

    /// <summary>An organization after "by", "against", "with", "than" or "rival": the agent of a deed or a rival.</summary>
    private bool IsAgentOrRival(EntityMention m, bool rivalOnly = false)
    {
        ReadOnlySpan<char> word = WordBeforeMention(m, out _);
        return !rivalOnly && word is "by" or "against" or "with" or "than" || word.StartsWith("rival", StringComparison.OrdinalIgnoreCase)
               || word.StartsWith("competitor", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The word before a mention, past a "the" ("sued by the NAACP": "by"), read from the 40 characters before it (a
    /// bounded look, whatever the text); <paramref name="separated"/> says whether a space, line break or bracket opens it.
    /// </summary>
    private ReadOnlySpan<char> WordBeforeMention(EntityMention m, out bool separated)
    {
        int from = Math.Max(0, m.Span.Start - 40);
        ReadOnlySpan<char> before = _text.AsSpan(from, m.Span.Start - from).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4];
        }

        int space = before.LastIndexOfAny(' ', '\n', '(');
        separated = space >= 0;
        return before[(space + 1)..];
    }

    /// <summary>An organization's mention an entity of the article names, outside quoted words.</summary>
    private bool IsOrganizationAntecedent(EntityMention m) =>
        m.Type == EntityType.Organization && m.EntityId is { } id && _entities.ContainsKey(id) && !InQuotedWords(m.Span)
        && !_finder.InQuoteMarks(m.Span.Start) // (nor a title in quotation marks: "his first album, "Gravel Roads & Gospel,"")
        && !IsMediumPlatform(m.Span); // (nor the network a post went out on: "his colleague wrote on Facebook")

    /// <summary>
    /// A social network named as the medium of a post ("wrote on Facebook", "via X", "in a Facebook post") or as the source
    /// of a photo on a line of its own.
    /// </summary>
    private bool IsMediumPlatform(TextSpan span)
    {
        if (!Entities.EntityPipeline.IsPlatformName(_text.AsSpan(span.Start, span.Length)))
        {
            return false;
        }

        // (Or a line of its own that credits a photo: "Twitter.", "Facebook/Mohamed Mamdouh Assem.")
        ReadOnlySpan<char> before = _text.AsSpan(0, span.Start).TrimEnd(' ');
        return before.EndsWith(" on", StringComparison.Ordinal) || before.EndsWith(" via", StringComparison.Ordinal) || MediumAfter(span.End)
               || (before.IsEmpty || before[^1] == '\n') && span.End < _text.Length && (_text[span.End] == '/' || _text[span.End] == '.'
                                                                                          && (span.End + 1 == _text.Length || _text[span.End + 1] == '\n'));
    }

    /// <summary>Whether the name holds the noun as a whole word, in any case: "Reserve Bank of Aotearoa" holds "bank".</summary>
    private static bool HoldsWord(ReadOnlySpan<char> name, ReadOnlySpan<char> noun)
    {
        while (!name.IsEmpty)
        {
            int space = name.IndexOf(' ');
            ReadOnlySpan<char> word = space < 0 ? name : name[..space];
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            name = space < 0 ? [] : name[(space + 1)..];
        }

        return false;
    }

    /// <summary>
    /// A city in capitals that opens a dateline ("WELLINGTON, Feb 21 -", "GENEVA (Reuters) -"), which the tagger may take
    /// for an organization: the mention lies in its sentence's dateline as the finder reads it (not "HSBC (HSBA.L) fell").
    /// </summary>
    private bool IsDateline(TextSpan mention) => _finder.InDateline(mention.Start);

    /// <summary>"England captain", "Former President", "Manager": only capitalized words and roles before a name.</summary>
    private static bool IsTitleBefore(ReadOnlySpan<char> before)
    {
        if (before.Length > 60)
        {
            return false;
        }

        while (!before.IsEmpty)
        {
            int space = before.IndexOf(' ');
            ReadOnlySpan<char> w = space < 0 ? before : before[..space];
            if (w.IsEmpty || !(char.IsUpper(w[0]) || QuoteWords.Roles.Contains(w) || QuoteWords.PersonNouns.Contains(w)))
            {
                return false;
            }

            before = space < 0 ? [] : before[(space + 1)..];
        }

        return true;
    }

    /// <summary>Function words that no description of a person before a name holds ("In the wake of President ...").</summary>
    private static readonly Internal.SpanSet DescriptionStops = new(
        ["in", "of", "on", "at", "for", "with", "by", "from", "to", "as", "since", "after", "before", "when", "while", "and", "or", "but", "that", "who"],
        ignoreCase: true);

    /// <summary>
    /// Words that describe a person before the name, ending in a role or an agent noun: "Former India opener", "Poland's
    /// foreign minister", "the veteran forester" (capitalized words, articles and other lower-case words, no verb of saying).
    /// </summary>
    private static bool IsDescriptionBefore(ReadOnlySpan<char> before)
    {
        if (before.IsEmpty || before.Length > 60)
        {
            return false;
        }

        int space = before.LastIndexOf(' ');
        ReadOnlySpan<char> last = space < 0 ? before : before[(space + 1)..];
        if (!(QuoteWords.Roles.Contains(last) || QuoteWords.PersonNouns.Contains(last)
              || last.Length > 4 && char.IsLower(last[0]) && (last.EndsWith("er", StringComparison.Ordinal) || last.EndsWith("or", StringComparison.Ordinal)
                                                              || last.EndsWith("ist", StringComparison.Ordinal))))
        {
            return false;
        }

        bool first = true;
        for (ReadOnlySpan<char> rest = before; ; )
        {
            int gap = rest.IndexOf(' ');
            ReadOnlySpan<char> w = gap < 0 ? rest : rest[..gap];
            if (w.IsEmpty || w.ContainsAny(',', ';', ':') || first && (QuoteWords.NotSpeakerStarts.Contains(w) || QuoteWords.Subordinators.Contains(w))
                || !char.IsUpper(w[0]) && (QuoteWords.NotSpeakerStarts.Contains(w) || QuoteWords.FiniteVerbs.Contains(w) || DescriptionStops.Contains(w)
                                           || w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) && w is not "retired"))
            {
                return false; // ("Since announcing former governor William Weld ...", "In the wake of President Obama's remarks")
            }

            if (gap < 0)
            {
                return true;
            }

            first = false;
            rest = rest[(gap + 1)..];
        }
    }

    /// <summary>
    /// The mention opens its sentence, perhaps after "The" ("The Heritage Foundation notes ..."), or its main clause after a
    /// fronted phrase; with <paramref name="afterTitle"/>, also after a title ("England captain Harry Kane") or a description
    /// ("Former India opener Sanjay Bhatnagar", "Poland's foreign minister, Tomasz Wierzbicki,").
    /// </summary>
    private bool OpensSentence(TextSpan mention, bool afterTitle = false)
    {
        int s = SentenceIndexAt(mention.Start);
        if (s >= _context.Sentences.Length || _context.Sentences[s].Span.Start > mention.Start)
        {
            return false; // a mention outside every sentence: the byline's "By Gideon Ashford" before the body
        }

        int start = _context.Sentences[s].Span.Start;
        ReadOnlySpan<char> before = _text.AsSpan(start, mention.Start - start).Trim();
        if (before.IsEmpty || before.Equals("The", StringComparison.Ordinal) || before.Equals("the", StringComparison.Ordinal) || afterTitle && IsTitleBefore(before))
        {
            return true;
        }

        // "Former India opener Sanjay Bhatnagar was scathing.", "Poland's foreign minister, Tomasz Wierzbicki, was less
        // diplomatic.": a description of the person before the name, or set off before it.
        if (afterTitle && (IsDescriptionBefore(before)
                           || before[^1] == ',' && IsDescriptionBefore(before[..^1].TrimEnd()) && mention.End < _text.Length && _text[mention.End] == ','))
        {
            return true;
        }

        // "Asked whether he was concerned ..., Ban demurred.", "Speaking in Geneva, Ban said": the subject after a fronted
        // participle or prepositional phrase, before its verb.
        if (before[^1] != ',')
        {
            return false;
        }

        int firstEnd = 0;
        while (firstEnd < before.Length && char.IsLetter(before[firstEnd]))
        {
            firstEnd++;
        }

        ReadOnlySpan<char> first = before[..firstEnd];
        int next = mention.End;
        while (next < _text.Length && _text[next] == ' ')
        {
            next++;
        }

        return first.Length > 2 && (first.EndsWith("ed", StringComparison.Ordinal) || first.EndsWith("ing", StringComparison.Ordinal)
                                    || QuoteWords.Subordinators.Contains(first) || QuoteWords.NotSpeakerStarts.Contains(first))
               && next < _text.Length && char.IsLower(_text[next]);
    }

    private bool IsIndefinite(int start) =>
        _finder.Word(start) is var w && (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)
                                         || w.Equals("one", StringComparison.OrdinalIgnoreCase) || w.Equals("another", StringComparison.OrdinalIgnoreCase)
                                         || w.Equals("some", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The role an appositive gives the name [start, end): "A department spokeswoman, Erin Walsh, said" and "Erin Walsh, a
    /// department spokeswoman, said" both make Erin Walsh the spokeswoman "the spokeswoman said" refers to later.
    /// </summary>
    private string? AppositiveRole(int start, int end)
    {
        if (start >= 2 && _finder.Word(start - 1) is ",")
        {
            // (Past six words only with no "of" on the way: "A spokeswoman for Kestria's Foreign Ministry, Ilse Varga", not "A
            // spokesman for the family of the victim, Carlos Mendez", where the name may be the victim's.)
            bool of = false;
            for (int k = start - 2; k >= 0 && (k >= start - 6 || k >= start - 9 && !of) && _finder.Word(k) is not ("," or "." or ";"); k--)
            {
                of |= _finder.Word(k) is "of";
                if (QuoteWords.Roles.Contains(_finder.Word(k)))
                {
                    return _finder.Word(k).ToString().ToLowerInvariant();
                }

                // ("An attorney for the parents of the slain student, Maria Lopez, said": the name is the student's.)
                if (_finder.OpensSentence(k) || QuoteWords.PersonNouns.Contains(_finder.Word(k)))
                {
                    break;
                }
            }
        }

        // ("Khalid Al-Mansouri, Qatar's minister of state, told ...": a place's possessive before the role too.)
        int role = end + 2 < _finder.TokenCount && _finder.Word(end) is "," ? PossessedRoleStart(end + 1) : -1;
        if (role < 0 && end + 2 < _finder.TokenCount && _finder.Word(end) is "," && QuoteWords.Determiners.Contains(_finder.Word(end + 1)))
        {
            role = end + 2;
        }

        if (role >= 0)
        {
            for (int k = role; k < _finder.TokenCount && k <= end + 7 && _finder.Word(k) is not ("," or "." or ";"); k++)
            {
                if (QuoteWords.Roles.Contains(_finder.Word(k)))
                {
                    return _finder.Word(k).ToString().ToLowerInvariant();
                }
            }
        }

        return null;
    }

    /// <summary>The token after a capitalized possessor of up to three words and its "'s" at <paramref name="i"/> ("Qatar's", "South Sudan's"), or -1.</summary>
    private int PossessedRoleStart(int i)
    {
        for (int k = i; k < _finder.TokenCount - 1 && k < i + 3 && _finder.IsCapitalized(k); k++)
        {
            if (_finder.IsPossessiveClitic(k + 1))
            {
                return k + 2;
            }
        }

        return -1;
    }

    private Gender GenderOfPhrase(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            ReadOnlySpan<char> w = _finder.Word(k);
            if (QuoteWords.MaleTitles.Contains(w))
            {
                return Gender.Male;
            }

            if (QuoteWords.FemaleTitles.Contains(w))
            {
                return Gender.Female;
            }
        }

        return Gender.Unknown;
    }

    private static Gender GenderOfPronoun(ReadOnlySpan<char> w) =>
        QuoteWords.MalePronouns.Contains(w) ? Gender.Male
        : QuoteWords.FemalePronouns.Contains(w) ? Gender.Female
        : w.Equals("they", StringComparison.OrdinalIgnoreCase) || w.Equals("we", StringComparison.OrdinalIgnoreCase) || w.Equals("them", StringComparison.OrdinalIgnoreCase) ? Gender.Plural
        : Gender.Unknown;
}
