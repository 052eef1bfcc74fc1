using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Entities;

/// <summary>Runs the recognizers in order, drops overlapping mentions, and clusters mentions into entities.</summary>
internal static class EntityPipeline
{
    private static readonly System.Buffers.SearchValues<char> NotNameCharacters =
        System.Buffers.SearchValues.Create(" \t\r\n!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»„—–…•·©®");

    public static ImmutableArray<EntityMention> Recognize(ImmutableArray<IEntityRecognizer> recognizers, EntityRecognitionContext first, CancellationToken cancellationToken)
    {
        // Accepted mentions stay sorted and disjoint; each recognizer's mentions are checked against them by binary
        // search, so a document with many mentions costs O(n log n), not O(n^2).
        var accepted = new List<EntityMention>();
        EntityRecognitionContext context = first;
        foreach (IEntityRecognizer recognizer in recognizers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ImmutableArray<EntityMention> found = recognizer.Recognize(context, cancellationToken);
            if (found.IsDefaultOrEmpty)
            {
                continue;
            }

            bool builtIn = recognizer is AdministrationRecognizer or CompanyNameRecognizer or StatisticalEntityRecognizer or AffiliationRecognizer or RuleEntityRecognizer or KnownOrganizationRecognizer;
            EntityMention[] sorted = builtIn ? [.. SplitAtCommas(context.Text, context.Tokens.AsSpan(), found)] : [.. found];
            (int Sentence, bool TitleCase) titleCase = (-1, false); // the last sentence read for title case, read once
            bool? cased = null; // whether the text capitalizes its sentences, read once when needed
            Array.Sort(sorted, static (a, b) => a.Span.CompareTo(b.Span));
            var added = new List<EntityMention>();
            foreach (EntityMention original in sorted)
            {
                if (original.Span.Start < 0 || original.Span.Length <= 0 || original.Span.End > context.Text.Length)
                {
                    continue;
                }

                EntityMention mention = builtIn ? Trim(context.Text, context.Tokens.AsSpan(), original) : original;
                if (builtIn && (mention.Type == EntityType.Organization || mention.Type == EntityType.Person))
                {
                    mention = PersonAfterRoleWord(context, PersonAfterOfficeTitle(context, mention));
                }

                if (builtIn && mention.Type == EntityType.Person && mention.Span.Length > 0)
                {
                    mention = TrimPerson(context, mention);
                    if (IsStormName(context.Text, mention.Span))
                    {
                        mention = mention with { Type = EntityType.Misc }; // "Cyclone Phailin", "Hurricane Katrina": an event
                    }
                }

                TextSpan span = mention.Span;
                if (span.Length <= 0)
                {
                    continue;
                }

                if (!context.Text.AsSpan(span.Start, span.Length).ContainsAnyExcept(NotNameCharacters))
                {
                    continue; // a mention needs at least one letter or digit ("<" tagged as a name is noise)
                }

                if (builtIn && mention.Type.IsName && mention.Type != EntityType.Gpe && IsDatelinePlace(context.Text, span))
                {
                    mention = mention with { Type = EntityType.Gpe }; // "PHOENIX (AP) —", "DECATUR, Ill. —": a dateline names a place
                }

                if (builtIn && mention.Type.IsName && IsPostNominalAfterName(context.Text, context.Tokens.AsSpan(), span))
                {
                    continue; // "prosecutor Rupert Kimble KC said": an honour after a name, no name of its own
                }

                if (builtIn && mention.Type.IsName && IsPartyLabelAfterName(context.Text, span))
                {
                    continue; // "Sen. Mike Lee, R-Utah, said": a party label, no name of its own
                }

                if (builtIn && mention.Type.IsName && OnlyCommonWords(context, span, ref titleCase))
                {
                    continue; // "TOO", "FREE", "Please": shouting or a sentence opener, not a name
                }

                if (builtIn && mention.Type.IsName && (LowerCaseUnknown(context, span) || InFileName(context, span)))
                {
                    continue; // "huh", "crab" in lower case; "pdf" in "prices.pdf"
                }

                if (builtIn && mention.Type == EntityType.Person && !HasUpper(context.Text.AsSpan(span.Start, span.Length))
                    && Tagging.NerModel.Default.Clusters.KnowsLowerCase(context.Text.AsSpan(span.Start, span.Length)) && (cased ??= CapitalizesSentences(context)))
                {
                    continue; // "the talks had been "frank and difficult"": a common word, in a text that capitalizes people's names
                }

                if (added.Count > 0 && added[^1].Span.End > span.Start)
                {
                    continue; // overlaps a mention of the same recognizer that starts earlier
                }

                if (!Overlaps(accepted, span))
                {
                    added.Add(mention with { EntityId = null });
                }
            }

            if (added.Count == 0)
            {
                continue;
            }

            accepted.AddRange(added);
            accepted.Sort(static (a, b) => a.Span.CompareTo(b.Span));
            context = new EntityRecognitionContext(context.Text, context.Tokens, context.Sentences, context.Paragraphs, context.Metadata, [.. accepted]);
        }

        return [.. NamedPersons(context.Text, context.Tokens.AsSpan(), NewsOutlets(context.Text, context.Tokens.AsSpan(), Platforms(context.Text, context.Tokens.AsSpan(), TypesByContext(context.Text, context.Tokens.AsSpan(), CompaniesByContext(context.Text, context.Tokens.AsSpan(),
            CourtsOfLeftOver(context.Text, context.Tokens.AsSpan(), JoinBodyPurposes(context.Text, MergeSplitNames(context.Text, KnownNamesBefore(context.Text, context.Tokens.AsSpan(), accepted)))))))))];
    }

    /// <summary>
    /// Whether <paramref name="span"/> is the place in capitals that opens a paragraph's dateline (<see cref="Articles.Dateline"/>):
    /// "PHOENIX —", "UNITED NATIONS (AP) —", "DECATUR, Ill. —", before a sentence in ordinary case; not a transcript's
    /// "PENCE:" nor a headline in capitals ("SOCCER - ENGLISH LEAGUE").
    /// </summary>
    private static bool IsDatelinePlace(string text, TextSpan span)
    {
        int before = span.Start - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        if (before >= 0 && text[before] != '\n'
            || Articles.Dateline.Find(text, TextSpan.FromBounds(span.Start, text.Length)) is not TextSpan dateline || span.End > dateline.End)
        {
            return false;
        }

        // The mention is the whole place: a state, a date or an agency may follow it, more capitals may not ("SANDERS HAS
        // ADVANTAGE IN NEW HAMPSHIRE - Since January, ...": a live blog's subhead).
        int after = span.End;
        while (after < dateline.End && text[after] == ' ')
        {
            after++;
        }

        int next = dateline.End + 1; // past the dash and its space
        return text[after] is ',' or '(' or '—' or '–' or '-' && text[dateline.End - 1] is '—' or '–' or '-'
               && next + 1 < text.Length && char.IsUpper(text[next]) && !char.IsUpper(text[next + 1]);
    }

    /// <summary>
    /// A court's name that no recognizer took, "Court of" and capitalized words ("the Court of Appeal", "the Court of
    /// Appeals for the Ninth Circuit" up to "for", "European Court of Justice"), with capitalized words before "Court" or
    /// "the": an organization. Runs after the tagger, which reads most such names whole; only words no mention covers are
    /// taken. (Other bodies' heads were tried: "the Board of Muslim clerics", "Department of Housing" without "and Urban
    /// Development" cost UNER EWT F1.)
    /// </summary>
    private static List<EntityMention> CourtsOfLeftOver(string text, ReadOnlySpan<Token> tokens, List<EntityMention> mentions)
    {
        List<EntityMention>? added = null;
        int next = 0; // the first mention that may end after the token looked at
        for (int i = 1; i + 2 < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || text.AsSpan(tokens[i].Start, tokens[i].Length) is not "Court"
                || text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length) is not "of" || !IsCapitalizedWordAt(text, tokens, i + 2))
            {
                continue;
            }

            int end = i + 2;
            while (end + 1 < tokens.Length && IsCapitalizedWordAt(text, tokens, end + 1) && end - i < 6
                   && !TitlesAfterBody.Contains(text.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length)))
            {
                end++;
            }

            int first = i;
            while (first - 1 >= 0 && IsCapitalizedWordAt(text, tokens, first - 1) && i - first < 4
                   && !(first - 1 == 0 || text.AsSpan(tokens[first - 2].End, tokens[first - 1].Start - tokens[first - 2].End).Contains('\n')
                        || tokens[first - 2].Kind == TokenKind.Punctuation && text[tokens[first - 2].Start] is '.' or '!' or '?'))
            {
                first--;
            }

            bool article = first == i && i - 1 >= 0 && text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length) is "the" or "The";
            if (first == i && !article)
            {
                continue;
            }

            var span = TextSpan.FromBounds(tokens[first].Start, tokens[end].End);
            while (next < mentions.Count && mentions[next].Span.End <= span.Start)
            {
                next++;
            }

            if (next < mentions.Count && mentions[next].Span.Start < span.End)
            {
                // ("Georgia Court of Appeals": a place the tagger took before the head stays its own.)
                int from = next;
                while (from < mentions.Count && mentions[from].Span.End <= tokens[i].Start)
                {
                    from++;
                }

                if (from < mentions.Count && mentions[from].Span.Start < span.End || first == i)
                {
                    continue; // a word of it is some mention's already
                }

                span = TextSpan.FromBounds(tokens[i].Start, tokens[end].End);
            }

            (added ??= []).Add(new EntityMention(span, EntityType.Organization));
            i = end;
        }

        if (added is null)
        {
            return mentions;
        }

        mentions.AddRange(added);
        mentions.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        return mentions;
    }

    /// <summary>
    /// Mentions whose words or sentence give their type away. Of several words: a MISC mention the gazetteer knows only as a
    /// country is a place ("the Democratic Republic of the Congo"), and so are two mentions side by side that make one
    /// ("[Democratic]NORP [Republic of the Congo]GPE"); a person's mention where a place stands is a place (<see
    /// cref="IsPlaceByPreposition"/>). Of one word: a known first name set off after a relation or a role ("Ms Hartley's
    /// mother, Patricia, said") is a person's; a person's mention before "party" is the party's ("the ruling Morena party"); a
    /// known place after "from" or "to" that is no first name ("flying from Denver to Boise") is a place; a name in quotation
    /// marks after "called", "named", "dubbed" or "brand name" ("glasses called "Lumen"") is a product's or a work's (MISC).
    /// </summary>
    private static List<EntityMention> TypesByContext(string text, ReadOnlySpan<Token> tokens, List<EntityMention> mentions)
    {
        for (int k = 0; k < mentions.Count; k++)
        {
            EntityMention m = mentions[k];
            if (m.Type == EntityType.Misc && m.Span.Length > 0 && text.AsSpan(m.Span.Start, m.Span.Length).Contains(' ') && IsCountryName(text, tokens, m.Span))
            {
                mentions[k] = m with { Type = EntityType.Gpe }; // "the Democratic Republic of the Congo", read as a name of a thing
                continue;
            }

            // "[Democratic]NORP [Republic of the Congo]GPE": two mentions side by side that are one country's name.
            if (k > 0 && m.Type == EntityType.Gpe && mentions[k - 1] is { } previous && previous.Type.IsName && previous.Span.End + 1 == m.Span.Start
                && text[previous.Span.End] == ' ' && IsCountryName(text, tokens, TextSpan.FromBounds(previous.Span.Start, m.Span.End)))
            {
                mentions[k - 1] = m with { Span = TextSpan.FromBounds(previous.Span.Start, m.Span.End) };
                mentions.RemoveAt(k);
                k--;
                continue;
            }

            // "tea houses in Sham Shui Po and Mong Kok", "fires in Pará and Mato Grosso": a name of several words the tagger read as
            // a person's, right after "in" or "near" and with no first name, or joined by "and" to a place after "in", is a place.
            if (m.Type == EntityType.Person && text.AsSpan(m.Span.Start, m.Span.Length).Contains(' ') && IsPlaceByPreposition(text, tokens, mentions, k))
            {
                mentions[k] = m with { Type = EntityType.Location };
                continue;
            }

            if (m.Span.Length == 0 || !m.Type.IsName || text.AsSpan(m.Span.Start, m.Span.Length).Contains(' '))
            {
                continue;
            }

            int i = Token.IndexAt(tokens, m.Span.Start);
            if (i <= 1 || i >= tokens.Length || tokens[i].Start != m.Span.Start)
            {
                continue;
            }

            ReadOnlySpan<char> name = text.AsSpan(m.Span.Start, m.Span.Length);
            ReadOnlySpan<char> before = WordAt(text, tokens, i - 1);
            if (m.Type == EntityType.Organization && before is "," && Quotes.FirstNameGenders.Of(name) != '\0' && WordAt(text, tokens, i + 1) is ","
                && WordAt(text, tokens, i - 2) is var relation
                && (Quotes.QuoteWords.MaleRelations.Contains(relation) || Quotes.QuoteWords.FemaleRelations.Contains(relation) || Quotes.QuoteWords.IsRole(relation)))
            {
                mentions[k] = m with { Type = EntityType.Person };
            }
            else if (m.Type == EntityType.Person && WordAt(text, tokens, i + 1) is "party" && Quotes.FirstNameGenders.Of(name) == '\0')
            {
                mentions[k] = m with { Type = EntityType.Organization }; // "the ruling Morena party": a party's name
            }
            else if (m.Type == EntityType.Person && before is "from" or "to" && Quotes.FirstNameGenders.Of(name) == '\0'
                     && EntityClusterer.IsKnownPlace(text.Substring(m.Span.Start, m.Span.Length)))
            {
                mentions[k] = m with { Type = EntityType.Gpe };
            }
            else if ((m.Type == EntityType.Person || m.Type == EntityType.Organization) && tokens[i - 1].Kind == TokenKind.Quote && i >= 2
                     && WordAt(text, tokens, i - 2) is "called" or "named" or "dubbed" or "name" or "branded")
            {
                mentions[k] = m with { Type = EntityType.Misc };
            }
        }

        return mentions;
    }

    /// <summary>The names of <c>news-outlets.txt</c> as token arrays, grouped by their first token, longest first.</summary>
    private static readonly Lazy<Internal.SpanLookup<string[][]>> Outlets = new(() =>
    {
        var byFirst = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (string line in Internal.Resources.ReadLines("news-outlets.txt"))
        {
            var tokens = EnglishTokenizer.Tokenize(line);
            string[] words = [.. tokens.Select(t => line.Substring(t.Start, t.Length))];
            if (words.Length == 0)
            {
                continue;
            }

            if (!byFirst.TryGetValue(words[0], out List<string[]>? list))
            {
                byFirst[words[0]] = list = [];
            }

            list.Add(words);
        }

        return new Internal.SpanLookup<string[][]>(
            byFirst.Select(static p => new KeyValuePair<string, string[][]>(p.Key, [.. p.Value.OrderByDescending(static w => w.Length)])), ignoreCase: false);
    });

    /// <summary>
    /// "told Politico", "a new Gallup survey", "told The Hill", "wrote on Truth Social", "in an interview with HuffPost": a news
    /// outlet, wire service, pollster or platform of <c>news-outlets.txt</c> is an organization, whatever the tagger made of it
    /// (a place, a person, nothing). A longer name the tagger found around it ("Fox News Sunday") stays as it is; a lower-case
    /// "super PAC" is no organization named "PAC".
    /// </summary>
    private static List<EntityMention> NewsOutlets(string text, ReadOnlySpan<Token> tokens, List<EntityMention> mentions)
    {
        Internal.SpanLookup<string[][]> outlets = Outlets.Value;
        List<EntityMention>? added = null;
        List<TextSpan>? dropped = null;
        bool widened = false; // a mention inside an outlet's name now spans the name
        int next = 0; // the first mention that does not end before the token
        for (int i = 0; i < tokens.Length; i++)
        {
            Token t = tokens[i];
            while (next < mentions.Count && mentions[next].Span.End <= t.Start)
            {
                next++;
            }

            if (t.Kind == TokenKind.Word && text.AsSpan(t.Start, t.Length) is "PAC" && i > 0 && WordAt(text, tokens, i - 1) is "super"
                && next < mentions.Count && mentions[next].Span == new TextSpan(t.Start, t.Length) && mentions[next].Type == EntityType.Organization)
            {
                (dropped ??= []).Add(mentions[next].Span);
                continue;
            }

            // ("the Hill": the outlet's own "The" may be lower case in running text.)
            ReadOnlySpan<char> first = text.AsSpan(t.Start, t.Length);
            bool article = first is "the" or "The";
            if (t.Kind != TokenKind.Word || !outlets.TryGetValue(first, out string[][]? candidates) && !(first is "the" && outlets.TryGetValue("The", out candidates)))
            {
                continue;
            }

            int length = 0;
            foreach (string[] words in candidates)
            {
                if (i + words.Length > tokens.Length)
                {
                    continue;
                }

                bool match = true;
                for (int k = 1; k < words.Length && match; k++)
                {
                    match = text.AsSpan(tokens[i + k].Start, tokens[i + k].Length).SequenceEqual(words[k]) && tokens[i + k].Start - tokens[i + k - 1].End <= 1;
                }

                // (Not "CNN-style", "Reuters/Ipsos": the name ends at a space or punctuation.)
                if (match && (i + words.Length == tokens.Length || tokens[i + words.Length].Kind != TokenKind.Word || tokens[i + words.Length].Start > tokens[i + words.Length - 1].End))
                {
                    length = words.Length;
                    break;
                }
            }

            if (length == 0)
            {
                continue;
            }

            // (The article is no part of the mention, as the tagger and the corpora mark names: "[Associated Press]", "told
            // The [Hill]"; it only tells "The Hill" from a hill.)
            var span = TextSpan.FromBounds(tokens[article && length > 1 ? i + 1 : i].Start, tokens[i + length - 1].End);
            bool covered = false;
            for (int m = next; m < mentions.Count && mentions[m].Span.Start < span.End; m++)
            {
                EntityMention mention = mentions[m];
                if (!mention.Span.OverlapsWith(span))
                {
                    continue;
                }

                covered = true;
                if (mention.Span.Start < span.Start || mention.Span.End > span.End)
                {
                    continue; // a longer name around it ("Fox News Sunday", "CNN/ORC")
                }

                if (mention.Type != EntityType.Organization || mention.Span != span)
                {
                    mentions[m] = mention with { Span = span, Type = EntityType.Organization };
                    widened |= mention.Span != span;
                }
            }

            if (!covered)
            {
                (added ??= []).Add(new EntityMention(span, EntityType.Organization));
            }

            i += length - 1;
        }

        if (dropped is not null)
        {
            mentions.RemoveAll(m => m.Type == EntityType.Organization && dropped.Contains(m.Span));
        }

        if (added is null && !widened)
        {
            return mentions; // (most documents: nothing moved, nothing to sort)
        }

        if (added is not null)
        {
            mentions.AddRange(added);
        }

        // (Two mentions the outlet's span now both covers, "[The]? [Hill]", become one.)
        mentions.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        for (int m = mentions.Count - 1; m > 0; m--)
        {
            if (mentions[m].Span == mentions[m - 1].Span)
            {
                mentions.RemoveAt(m);
            }
        }

        return mentions;
    }

    /// <summary>Nouns for a person that "named" may follow with the person's name: "a 14-year-old named Aaliyah".</summary>
    private static readonly Internal.SpanSet PersonsBeforeNamed = new(
        ["woman", "man", "girl", "boy", "teenager", "student", "teacher", "nurse", "doctor", "worker", "farmer", "mother", "father",
         "daughter", "son", "wife", "husband", "friend", "neighbor", "neighbour", "resident", "veteran", "soldier", "officer", "driver",
         "patient", "child", "toddler", "baby", "widow", "retiree", "immigrant", "refugee", "migrant", "volunteer", "employee", "owner",
         "player", "coach", "pastor", "priest", "lawyer", "activist", "voter", "customer", "guy", "lady", "kid"], ignoreCase: false);

    /// <summary>
    /// "a 14-year-old named Aaliyah", "a retired nurse named Rosa Ibarra": capitalized words after a person's noun and
    /// "named" are that person's name, which the tagger, reading one unknown word, may leave out. Nothing else is touched.
    /// </summary>
    private static List<EntityMention> NamedPersons(string text, ReadOnlySpan<Token> tokens, List<EntityMention> mentions)
    {
        List<EntityMention>? added = null;
        int next = 0; // the first mention that does not end before the token
        for (int i = 1; i + 1 < tokens.Length; i++)
        {
            Token t = tokens[i];
            if (t.Kind != TokenKind.Word || text.AsSpan(t.Start, t.Length) is not "named")
            {
                continue;
            }

            ReadOnlySpan<char> before = WordAt(text, tokens, i - 1);
            if (!(PersonsBeforeNamed.Contains(before) || before.EndsWith("-year-old", StringComparison.Ordinal)))
            {
                continue;
            }

            int end = i + 1;
            while (end < tokens.Length && end <= i + 3 && tokens[end].Kind == TokenKind.Word && char.IsUpper(text[tokens[end].Start]))
            {
                end++;
            }

            if (end == i + 1)
            {
                continue;
            }

            var span = TextSpan.FromBounds(tokens[i + 1].Start, tokens[end - 1].End);
            while (next < mentions.Count && mentions[next].Span.End <= span.Start)
            {
                next++;
            }

            if (next < mentions.Count && mentions[next].Span.Start < span.End)
            {
                continue; // the tagger read something there: leave it
            }

            (added ??= []).Add(new EntityMention(span, EntityType.Person));
        }

        return WithAdded(mentions, added);
    }

    /// <summary>The mentions with <paramref name="added"/> among them, in text order (sorted only when something was added).</summary>
    private static List<EntityMention> WithAdded(List<EntityMention> mentions, List<EntityMention>? added)
    {
        if (added is not null)
        {
            mentions.AddRange(added);
            mentions.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        }

        return mentions;
    }

    /// <summary>Social networks and messaging services, organizations where news names them as the medium of a post.</summary>
    private static readonly Internal.SpanSet PlatformNames = new(
        ["Facebook", "Instagram", "WeChat", "Weibo", "Telegram", "TikTok", "YouTube", "LinkedIn", "Bluesky", "Snapchat", "WhatsApp",
         "Reddit", "Twitter", "Threads", "Mastodon", "Substack", "VKontakte", "Douyin", "X"], ignoreCase: false);

    /// <summary>Whether a name is a social network's or a messaging service's ("Facebook", "Telegram", "X").</summary>
    internal static bool IsPlatformName(ReadOnlySpan<char> name) => PlatformNames.Contains(name);

    /// <summary>
    /// "wrote on X", "posted on Facebook", "a video posted on TikTok": a platform after "on" (or "via", "to") is an
    /// organization, whatever the tagger made of it ("Instagram" as a place, "Facebook" as nothing, "[X. Fifita]PER" over a
    /// sentence's end). "X" and "Threads" count only there; the other names also where the tagger typed them a place or a
    /// person, but on a photo's credit line. "The WHO" and "a WHO spokesperson" are the World Health Organization.
    /// </summary>
    private static List<EntityMention> Platforms(string text, ReadOnlySpan<Token> tokens, List<EntityMention> mentions)
    {
        List<EntityMention>? added = null;
        int next = 0; // the first mention that does not end before the token
        for (int i = 1; i < tokens.Length; i++)
        {
            Token t = tokens[i];
            while (next < mentions.Count && mentions[next].Span.End <= t.Start)
            {
                next++;
            }

            // "wrote on X. Fifita said": the platform and its period read as an initial of the name after it.
            if (t.Kind == TokenKind.Abbreviation && text.AsSpan(t.Start, t.Length) is "X." && WordAt(text, tokens, i - 1) is "on" && i + 1 < tokens.Length
                && next < mentions.Count && mentions[next].Span.Start == t.Start && mentions[next].Type == EntityType.Person && tokens[i + 1].Start < mentions[next].Span.End)
            {
                mentions[next] = mentions[next] with { Span = TextSpan.FromBounds(tokens[i + 1].Start, mentions[next].Span.End) };
                (added ??= []).Add(new EntityMention(new TextSpan(t.Start, 1), EntityType.Organization));
                continue;
            }

            // "The WHO said", "a WHO spokesperson": the World Health Organization, which the tagger reads as the word "who"
            // shouted.
            if (t.Kind == TokenKind.Word && text.AsSpan(t.Start, t.Length) is "WHO" && WordAt(text, tokens, i - 1) is "the" or "The" or "a" or "A"
                && !(next < mentions.Count && mentions[next].Span.Start <= t.Start))
            {
                (added ??= []).Add(new EntityMention(new TextSpan(t.Start, t.Length), EntityType.Organization));
                continue;
            }

            if (t.Kind != TokenKind.Word || !PlatformNames.Contains(text.AsSpan(t.Start, t.Length)))
            {
                continue;
            }

            bool afterOn = WordAt(text, tokens, i - 1) is "on" or "via" or "to" or "On";
            bool ambiguous = t.Length == 1 || text.AsSpan(t.Start, t.Length) is "Threads";
            if (ambiguous && !afterOn)
            {
                continue;
            }

            if (next < mentions.Count && mentions[next].Span.Start <= t.Start)
            {
                EntityMention m = mentions[next];
                // (Not at a line's start: "Facebook/Mohamed Assem." credits a photo.)
                if (m.Span.Start == t.Start && m.Span.End == t.End && (m.Type == EntityType.Location || m.Type == EntityType.Gpe || m.Type == EntityType.Person || m.Type == EntityType.Misc)
                    && (afterOn || text.AsSpan(0, t.Start).TrimEnd(' ') is { Length: > 0 } lead && lead[^1] != '\n'))
                {
                    mentions[next] = m with { Type = EntityType.Organization };
                }

                continue;
            }

            // (Where nothing else took it, only after "on": not "Facebook/Mohamed Assem.", a photo's credit; nor "Bush's Facebook
            // post", where the quote's speaker is the post's author.)
            if (afterOn)
            {
                (added ??= []).Add(new EntityMention(new TextSpan(t.Start, t.Length), EntityType.Organization));
            }
        }

        return WithAdded(mentions, added);
    }

    /// <summary>
    /// Whether the person's mention at <paramref name="k"/> stands where a place does: right after "in" or "near" (not a
    /// possessor: "in Trump's view"), its first word no first name; or after "and" that follows a place or another such
    /// mention after "in" ("in Pará and Mato Grosso").
    /// </summary>
    private static bool IsPlaceByPreposition(string text, ReadOnlySpan<Token> tokens, List<EntityMention> mentions, int k)
    {
        EntityMention m = mentions[k];
        int i = Token.IndexAt(tokens, m.Span.Start);
        if (i < 1 || i >= tokens.Length || tokens[i].Start != m.Span.Start || Quotes.FirstNameGenders.Of(text.AsSpan(tokens[i].Start, tokens[i].Length)) != '\0'
            || text.AsSpan(m.Span.End).TrimStart(' ') is var after && (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal)))
        {
            return false;
        }

        ReadOnlySpan<char> before = WordAt(text, tokens, i - 1);
        if (before is "in" or "near")
        {
            return true;
        }

        if (before is not "and" || k == 0)
        {
            return false;
        }

        EntityMention p = mentions[k - 1];
        int pi = Token.IndexAt(tokens, p.Span.Start);
        return p.Span.End + 5 == m.Span.Start && pi >= 1 && WordAt(text, tokens, pi - 1) is "in" or "near"
               && (p.Type == EntityType.Gpe || p.Type == EntityType.Location);
    }

    /// <summary>
    /// Whether a mention of several words with "of" is a name the gazetteer knows only as a country or another place ("the
    /// Democratic Republic of the Congo"; not "Iraqi Kurds", which CoNLL and the tagger read as a group).
    /// </summary>
    private static bool IsCountryName(string text, ReadOnlySpan<Token> tokens, TextSpan span)
    {
        int first = Token.IndexAt(tokens, span.Start), end = Token.IndexAt(tokens, span.End - 1) + 1;
        if (first < 0 || end > tokens.Length || !text.AsSpan(span.Start, span.Length).Contains(" of ", StringComparison.Ordinal))
        {
            return false;
        }

        int categories = Tagging.NerModel.Default.Gazetteer.Lookup(text, tokens, first, end);
        return (categories & (1 << Tagging.Gazetteer.Gpe)) != 0
               && (categories & (1 << Tagging.Gazetteer.Misc | 1 << Tagging.Gazetteer.Organization | 1 << Tagging.Gazetteer.Person)) == 0;
    }

    /// <summary>
    /// "The [Associated Press]": an organization's mention the tagger cut after capitalized words that the gazetteer knows as
    /// one organization's name with it ("Associated Press", "Free Press") takes those words, one or two of them, where no
    /// other mention has them. A country's mention takes them the same way, and becomes the organization, when the gazetteer
    /// knows the whole as an organization and not as a place ("[NHS] [England]GPE", "Historic England", "Police Scotland").
    /// </summary>
    private static List<EntityMention> KnownNamesBefore(string text, ReadOnlySpan<Token> tokens, List<EntityMention> mentions)
    {
        Tagging.Gazetteer gazetteer = Tagging.NerModel.Default.Gazetteer;
        for (int i = 0; i < mentions.Count; i++)
        {
            EntityMention m = mentions[i];
            int first = Token.IndexAt(tokens, m.Span.Start);
            if (m.Type != EntityType.Organization && m.Type != EntityType.Gpe || first <= 0 || first >= tokens.Length || tokens[first].Start != m.Span.Start)
            {
                continue;
            }

            // "[City]ORG" after an unknown word that opens the sentence ("Harbourside City beat ..."): a club's head keeps the
            // place word before it.
            ReadOnlySpan<char> own = text.AsSpan(m.Span.Start, m.Span.Length);
            if (m.Type == EntityType.Organization && own is "City" or "United" or "Town" or "Rovers" or "Wanderers" or "Albion" && IsCapitalizedWordAt(text, tokens, first - 1)
                && !Tagging.NerModel.Default.Clusters.KnowsLowerCase(text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length)) // (not "The City")
                && tokens[first - 1].End + 1 == tokens[first].Start && (i == 0 || mentions[i - 1].Span.End <= tokens[first - 1].Start))
            {
                mentions[i] = m with { Span = TextSpan.FromBounds(tokens[first - 1].Start, m.Span.End) };
                continue;
            }

            int lower = i > 0 ? mentions[i - 1].Span.End : 0;
            int end = Token.IndexAt(tokens, m.Span.End - 1) + 1;
            if (m.Type == EntityType.Gpe && NationalBodyPrefix(text, tokens, first, lower) is int body and >= 0)
            {
                mentions[i] = m with { Span = TextSpan.FromBounds(tokens[body].Start, m.Span.End), Type = EntityType.Organization };
                continue;
            }

            for (int n = 1; n <= 2 && first - n >= 0; n++)
            {
                Token before = tokens[first - n];
                if (before.Start < lower || !(IsCapitalizedWordAt(text, tokens, first - n) || m.Type == EntityType.Gpe && before.Kind == TokenKind.Word && char.IsUpper(text[before.Start])) || text.AsSpan(before.End, tokens[first - n + 1].Start - before.End).Contains('\n'))
                {
                    break;
                }

                int categories = gazetteer.Lookup(text, tokens, first - n, end);
                // (A country's mention only where the name is all of its run of capitalized words: not "Food [Standards
                // Australia] New Zealand", a longer name with the country inside.)
                if ((categories & (1 << Tagging.Gazetteer.Organization)) != 0
                    && (m.Type == EntityType.Organization || (categories & (1 << Tagging.Gazetteer.Gpe | 1 << Tagging.Gazetteer.Location)) == 0
                        && !(first - n > 0 && IsCapitalizedWordAt(text, tokens, first - n - 1)) && !(end < tokens.Length && IsCapitalizedWordAt(text, tokens, end))))
                {
                    mentions[i] = m with { Span = TextSpan.FromBounds(before.Start, m.Span.End), Type = EntityType.Organization };
                    break;
                }
            }
        }

        return mentions;
    }

    /// <summary>Words before a nation's name that make a public body of it ("NHS England", "Historic England", "Police Scotland").</summary>
    private static readonly Internal.SpanSet NationalBodyWords = new(
        ["NHS", "Historic", "Natural", "Sport", "Police", "Homes", "Transport", "Creative", "Visit", "Skills", "Health", "Council"], ignoreCase: false);

    /// <summary>Second words of two-word prefixes of <see cref="NationalBodyWords"/>' kind ("Public Health England", "Arts Council England").</summary>
    private static readonly Internal.SpanSet NationalBodyFirstWords = new(["Public", "Arts", "Health", "Historic", "Natural"], ignoreCase: false);

    /// <summary>Nations of the United Kingdom, whose public bodies carry their name last.</summary>
    private static readonly Internal.SpanSet UkNations = new(["England", "Scotland", "Wales", "Ireland", "Britain"], ignoreCase: false);

    /// <summary>
    /// The first token of a UK public body's name that ends in the nation at <paramref name="first"/> ("NHS England",
    /// "Public Health Scotland", "Arts Council England"), or -1; the words must lie after <paramref name="lower"/>.
    /// </summary>
    private static int NationalBodyPrefix(string text, ReadOnlySpan<Token> tokens, int first, int lower)
    {
        if (first < 1 || !UkNations.Contains(text.AsSpan(tokens[first].Start, tokens[first].Length)) || tokens[first - 1].Start < lower
            || tokens[first - 1].Kind != TokenKind.Word || tokens[first - 1].End + 1 != tokens[first].Start
            || !NationalBodyWords.Contains(text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length)))
        {
            return -1;
        }

        int body = first - 1;
        if (body >= 1 && tokens[body - 1].Start >= lower && tokens[body - 1].Kind == TokenKind.Word && tokens[body - 1].End + 1 == tokens[body].Start
            && NationalBodyFirstWords.Contains(text.AsSpan(tokens[body - 1].Start, tokens[body - 1].Length)))
        {
            body--;
        }

        return body;
    }

    /// <summary>Titles that follow a body's name and open a person's ("Court of Appeals Judge Ann Lee").</summary>
    private static readonly Internal.SpanSet TitlesAfterBody = new(
        ["Judge", "Justice", "President", "Chairman", "Chairwoman", "Chair", "Commissioner", "Director", "Secretary", "Minister",
         "Spokesman", "Spokeswoman", "Spokesperson", "Chief", "Dean", "Provost", "Professor"], ignoreCase: false);

    private static bool IsCapitalizedWordAt(string text, ReadOnlySpan<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]) && !IsAllCaps(text.AsSpan(tokens[i].Start, tokens[i].Length));

    /// <summary>Heads of a body's name that "for" or "on" and the body's purpose may follow: "Court of Arbitration for Sport".</summary>
    private static readonly Internal.SpanSet PurposeBodyHeads = new(
        ["Court", "Coalition", "Centre", "Center", "Centers", "Centres", "Committee", "Campaign", "Council", "Commission", "Institute",
         "Foundation", "Alliance", "Fund", "Bureau", "Agency", "Association", "Society", "League", "Partnership", "Network",
         "Project", "Board", "Organization", "Organisation", "Federation", "Movement", "Panel", "Conference", "Office"],
        ignoreCase: false);

    /// <summary>
    /// An organization whose name's head is a body's ("Court of Arbitration", "The Coalition", "European Centre") and runs on
    /// past "for" or "on" through capitalized words ("for Sport", "for App Fairness", "for Disease Prevention and Control",
    /// "on Infractions"), which the tagger leaves out or tags as a name of their own, is one organization over all of it.
    /// "On" follows only a committee, council, commission, panel or conference, and a weekday or month after it is a date
    /// ("the Council on Monday").
    /// </summary>
    private static List<EntityMention> JoinBodyPurposes(string text, List<EntityMention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            EntityMention a = mentions[i];
            if (a.Type != EntityType.Organization)
            {
                continue;
            }

            ReadOnlySpan<char> name = text.AsSpan(a.Span.Start, a.Span.Length);
            int of = name.IndexOf(" of ", StringComparison.Ordinal);
            ReadOnlySpan<char> head = of > 0 ? name[..of] : name;
            head = head[(head.LastIndexOf(' ') + 1)..];
            ReadOnlySpan<char> after = text.AsSpan(a.Span.End);
            int skip = after.StartsWith(" for ", StringComparison.Ordinal) ? 5 : after.StartsWith(" on ", StringComparison.Ordinal) ? 4 : 0;
            if (skip == 0 || !PurposeBodyHeads.Contains(head) || skip == 4 && !(head is "Committee" or "Council" or "Commission" or "Panel" or "Conference"))
            {
                continue;
            }

            int end = PurposeEnd(text, a.Span.End + skip);
            if (end <= a.Span.End + skip)
            {
                continue;
            }

            // The mentions inside the purpose go; a name that runs past its end leaves everything as it was.
            int next = i + 1;
            while (next < mentions.Count && mentions[next].Span.Start < end)
            {
                next++;
            }

            bool inside = true;
            for (int j = i + 1; j < next; j++)
            {
                inside &= mentions[j].Span.End <= end;
            }

            if (inside)
            {
                mentions[i] = a with { Span = TextSpan.FromBounds(a.Span.Start, end) };
                mentions.RemoveRange(i + 1, next - i - 1);
            }
        }

        return mentions;
    }

    /// <summary>
    /// The end of capitalized words from <paramref name="start"/>, joined by "and", "of" or "&amp;" between capitals:
    /// "Disease Prevention and Control", "App Fairness", "Tobacco-Free Kids"; <paramref name="start"/> when none opens there,
    /// or when the first is a weekday, a month, "The", "A" or "An". A person's role ends the run ("Court of Arbitration for
    /// Sport President John Coates": the president is no part of the name).
    /// </summary>
    private static int PurposeEnd(string text, int start)
    {
        int end = start, at = start;
        while (at < text.Length && char.IsUpper(text[at]))
        {
            int wordEnd = at;
            while (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or '\'' or '\u2019'))
            {
                wordEnd++;
            }

            ReadOnlySpan<char> word = text.AsSpan(at, wordEnd - at);
            if (end == start && (Quotes.QuoteWords.DayAndMonthNames.Contains(word) || word is "The" or "A" or "An"))
            {
                return start;
            }

            if (Quotes.QuoteWords.Roles.Contains(word))
            {
                break;
            }

            end = wordEnd;
            at = wordEnd;
            ReadOnlySpan<char> rest = text.AsSpan(at);
            if (rest.StartsWith(" and ", StringComparison.Ordinal) && rest.Length > 5 && char.IsUpper(rest[5]))
            {
                at += 5;
            }
            else if (rest.StartsWith(" of ", StringComparison.Ordinal) && rest.Length > 4 && char.IsUpper(rest[4]))
            {
                at += 4;
            }
            else if (rest.StartsWith(" & ", StringComparison.Ordinal) && rest.Length > 3 && char.IsUpper(rest[3]))
            {
                at += 3;
            }
            else if (rest.Length > 1 && rest[0] == ' ' && char.IsUpper(rest[1]))
            {
                at += 1;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>Lower-case words that say the name after them is an organization's: "chipmaker Nexaris", "streaming service Flickbox", "lobby group Agroforte".</summary>
    private static readonly Internal.SpanSet CompanyWordsBeforeName = new(
        [.. Quotes.QuoteWords.CompanyNounWordsList, "start-up", "maker", "group", "charity", "nonprofit", "organization", "organisation", "alliance",
         "coalition", "lobby", "watchdog", "regulator"],
        ignoreCase: false);

    /// <summary>Roles and things a company has, before "of" and its name: "chief executive of Quillon", "shares of Halvorsen".</summary>
    private static readonly Internal.SpanSet CompanyOwnedWords = new(
        ["executive", "officer", "ceo", "founder", "co-founder", "chairman", "chairwoman", "shares", "stock", "investors", "shareholders"],
        ignoreCase: true);

    /// <summary>
    /// A one-word name the tagger took for a person ("Nexaris", "Flickbox", "Quillon": unknown words, which it reads as
    /// surnames) is a company's where the sentence says so: a company noun before it ("chipmaker Nexaris", "start-up
    /// Quillon"), a description with one after it ("Nexaris, the Austin chipmaker noted for ..."), or a company's role or
    /// shares before "of" and it ("chief executive of Quillon"); or where it is the short form of a company the article
    /// names in full ("Ambrose" after "Ambrose Data") and no mention of it reads as a person's. Every mention of that name
    /// in the article is then an organization's. Known first names (outside short forms) and the surnames of people named
    /// in full stay people.
    /// </summary>
    internal static List<EntityMention> CompaniesByContext(string text, ReadOnlySpan<Token> tokens, List<EntityMention> mentions)
    {
        // One pass over the mentions for what the rules below look up (the rules stay linear in the mentions), as hashes
        // of lower-cased words: surnames of people the article names in full, which stay people ("One label Rubio resists"
        // after "Marco Rubio"); first words of companies named in full with a legal form or lines of business ("Ambrose" of
        // "Ambrose Data"); one-word names with a mention that reads as a person's, per type ("Podesta told the AP his firm").
        HashSet<ulong>? surnames = null, shortNames = null, personLike = null, namedPeople = null;
        foreach (EntityMention m in mentions)
        {
            if (m.Span.Length == 0)
            {
                continue;
            }

            ReadOnlySpan<char> name = text.AsSpan(m.Span.Start, m.Span.Length);
            int space = name.LastIndexOf(' ');
            if (m.Type == EntityType.Person && space > 0)
            {
                (surnames ??= []).Add(Tagging.StableHash.OfLower(name[(space + 1)..]));
            }
            else if (m.Type == EntityType.Organization && space > 0 && (CompanyNameRecognizer.IsCompanyTail(name) || IsClubName(name)))
            {
                (shortNames ??= []).Add(Tagging.StableHash.OfLower(name[..name.IndexOf(' ')].TrimEnd(',')));
            }
            else if ((m.Type == EntityType.Person || m.Type == EntityType.Organization) && space < 0 && ReadsAsPerson(text, tokens, m))
            {
                (personLike ??= []).Add(Tagging.StableHash.OfLower(name) ^ (m.Type == EntityType.Person ? 1UL : 2UL));
            }
            else if (m.Type == EntityType.Organization && space > 0 && PersonAppositive(text, tokens, m))
            {
                (namedPeople ??= []).Add(Tagging.StableHash.OfLower(name)); // "Ng Wei Ling, a trader in Singapore, said"
            }
        }

        HashSet<ulong>? companies = null, people = namedPeople;
        foreach (EntityMention m in mentions)
        {
            if (m.Span.Length == 0 || m.Type != EntityType.Person && m.Type != EntityType.Organization && m.Type != EntityType.Location)
            {
                continue;
            }

            int i = Token.IndexAt(tokens, m.Span.Start);

            // "Lumen Grid, the Austin-based battery startup, said": a name of several words the tagger took for a person's,
            // with no first name, that a company description follows.
            // ("Australian budget carrier Wattle Air said": or a company noun right before it.)
            if (m.Type == EntityType.Person && i >= 0 && i < tokens.Length && tokens[i].Start == m.Span.Start && tokens[i].End < m.Span.End
                && !EntityClusterer.IsFirstName(text, tokens[i]) && Token.IndexAt(tokens, m.Span.End - 1) is int last && last < tokens.Length
                && tokens[last].End == m.Span.End && (CompanyAppositive(text, tokens, last) || CompanyBefore(text, tokens, i)))
            {
                (companies ??= []).Add(Tagging.StableHash.OfLower(text.AsSpan(m.Span.Start, m.Span.Length)));
                continue;
            }

            if (i < 0 || i >= tokens.Length || tokens[i].Start != m.Span.Start || tokens[i].End != m.Span.End || tokens[i].Kind != TokenKind.Word
                || IsAllCaps(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                continue; // one word only
            }

            ulong word = Tagging.StableHash.OfLower(text.AsSpan(m.Span.Start, m.Span.Length));
            bool shortName = shortNames?.Contains(word) == true;
            if (m.Type == EntityType.Organization)
            {
                if (shortName && personLike?.Contains(word ^ 2UL) == true)
                {
                    (people ??= []).Add(word); // "Podesta told the AP his firm" beside "the Podesta Group"
                }

                continue;
            }

            if (m.Type == EntityType.Location && EntityClusterer.IsKnownPlace(text.Substring(m.Span.Start, m.Span.Length)) || surnames?.Contains(word) == true)
            {
                continue;
            }

            // ("Stanmore manager Gary Lusk": a club's role and a name after it, whatever the tagger's lists hold of the word.)
            if (!EntityClusterer.IsFirstName(text, tokens[i]) && (CompanyBefore(text, tokens, i) || CompanyAppositive(text, tokens, i) || CompanyRoleOf(text, tokens, i))
                || TeamRoleAfter(text, tokens, i)
                || m.Type == EntityType.Person && shortName && personLike?.Contains(word ^ 1UL) != true)
            {
                (companies ??= []).Add(word);
            }
        }

        if (companies is null && people is null)
        {
            return mentions;
        }

        for (int k = 0; k < mentions.Count; k++)
        {
            EntityMention m = mentions[k];
            if (m.Span.Length == 0)
            {
                continue;
            }

            ulong word = Tagging.StableHash.OfLower(text.AsSpan(m.Span.Start, m.Span.Length));
            if ((m.Type == EntityType.Person || m.Type == EntityType.Location) && companies?.Contains(word) == true)
            {
                mentions[k] = m with { Type = EntityType.Organization };
            }
            else if (m.Type == EntityType.Organization && people?.Contains(word) == true)
            {
                mentions[k] = m with { Type = EntityType.Person };
            }
        }

        return mentions;
    }

    /// <summary>
    /// Whether a one-word mention reads as a person's: after an honorific or a title ("Mr. Podesta", "Sen. Podesta"), before
    /// ", who", or with "he", "his", "him", "she" or "her" in the next six words ("Podesta told the AP his firm ...").
    /// </summary>
    private static bool ReadsAsPerson(string text, ReadOnlySpan<Token> tokens, EntityMention m)
    {
        int i = Token.IndexAt(tokens, m.Span.Start);
        if (i < 0 || i >= tokens.Length)
        {
            return false;
        }

        if (i > 0 && (EntityLexicons.Phrases.Match(text, tokens, i - 1, EntityLexicons.Honorific) > 0 || EntityLexicons.Phrases.Match(text, tokens, i - 1, EntityLexicons.Title) > 0)
            || WordAt(text, tokens, i + 1) is "," && WordAt(text, tokens, i + 2) is "who")
        {
            return true;
        }

        for (int k = i + 1; k < tokens.Length && k <= i + 6; k++)
        {
            if (tokens[k].Length <= 3 && WordAt(text, tokens, k) is "he" or "his" or "him" or "she" or "her")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a name of several words the tagger took for an organization's is a person's by the description after it: a
    /// role or a person's noun heading ", a trader at ...", ", an economist,", ", the company's chief executive," or an age
    /// (", 34,"). Names with a company's or a body's word ("Acme Foods", "Statistics Office") are left as they are.
    /// </summary>
    private static bool PersonAppositive(string text, ReadOnlySpan<Token> tokens, EntityMention m)
    {
        ReadOnlySpan<char> name = text.AsSpan(m.Span.Start, m.Span.Length);
        if (CompanyNameRecognizer.IsCompanyTail(name) || name.Contains(" of ", StringComparison.Ordinal) || name.Contains('&') || IsAllCaps(name)
            || Token.IndexAt(tokens, m.Span.End - 1) is var last && (last < 0 || last >= tokens.Length || tokens[last].End != m.Span.End)
            || WordAt(text, tokens, last + 1) is not ",")
        {
            return false;
        }

        ReadOnlySpan<char> head = WordAt(text, tokens, last + 2);
        if (head.Length is > 0 and <= 3 && head[0] is >= '1' and <= '9' && int.TryParse(head, out int age) && age is >= 15 and < 110)
        {
            return WordAt(text, tokens, last + 3) is "," or "."; // "Ng Wei Ling, 34, said"
        }

        if (head is not ("a" or "an" or "the"))
        {
            return false;
        }

        for (int k = last + 3; k < tokens.Length && k <= last + 7; k++)
        {
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Clitic))
            {
                return false;
            }

            ReadOnlySpan<char> word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (char.IsLower(word[0]) && (Quotes.QuoteWords.Roles.Contains(word) || Quotes.QuoteWords.PersonNouns.Contains(word) || PersonAppositionNouns.Contains(word)))
            {
                if (WordAt(text, tokens, k + 1) is "," or "." or "at" or "for" or "of" or "with" or "in" or "who" or "from" or "based")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Nouns of a person's description beyond the quote stage's roles: ", a trader in Singapore", ", a mother of three".</summary>
    private static readonly Internal.SpanSet PersonAppositionNouns = new(
        ["trader", "farmer", "student", "worker", "mother", "father", "grandmother", "grandfather", "widow", "retiree", "pensioner",
         "shopkeeper", "fisherman", "driver", "vendor", "engineer", "architect", "accountant", "banker", "broker", "investor",
         "nurse", "midwife", "paramedic", "pharmacist", "veterinarian", "lecturer", "tutor", "parent", "shopper", "commuter",
         "tenant", "landlord", "homeowner", "businesswoman", "businessman", "entrepreneur", "saxophonist", "guitarist", "pianist",
         "dancer", "writer", "journalist", "reporter", "photographer", "designer", "campaigner", "volunteer", "survivor",
         "victim", "patient", "protester", "lawmaker", "politician", "councillor", "mp", "graduate"], ignoreCase: false);

    private static ReadOnlySpan<char> WordAt(string text, ReadOnlySpan<Token> tokens, int i) =>
        i >= 0 && i < tokens.Length ? text.AsSpan(tokens[i].Start, tokens[i].Length) : default;

    /// <summary>"chipmaker Nexaris", "start-up Quillon" (not "the company Smith founded": a person's deed after the name).</summary>
    private static bool CompanyBefore(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0 || tokens[i - 1].Kind != TokenKind.Word || !CompanyWordsBeforeName.Contains(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length)))
        {
            return false;
        }

        ReadOnlySpan<char> next = WordAt(text, tokens, i + 1);
        return !(next.Length > 2 && char.IsLower(next[0]) && next.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>
    /// "Nexaris, the Austin chipmaker noted for ...", "Quillon, a London start-up,": a company noun heads the description
    /// (not ", a spokesman for the utility,": a company noun after a preposition is not the head).
    /// </summary>
    private static bool CompanyAppositive(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (WordAt(text, tokens, i + 1) is not "," || WordAt(text, tokens, i + 2) is not ("the" or "a" or "an"))
        {
            return false;
        }

        for (int k = i + 3; k < tokens.Length && k <= i + 7; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (WordAt(text, tokens, k) is "for" or "of" or "at" or "with" or "to" or "from")
            {
                return false; // ", a spokesman for the utility,": the description's head came before, and it is no company's
            }

            if (char.IsLower(text[tokens[k].Start]) && CompanyWordsBeforeName.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length)))
            {
                ReadOnlySpan<char> next = WordAt(text, tokens, k + 1);
                return next is "," or "." or ";" or "that" or "which" or "based" or "noted" or "known" or "founded" or "owned" or "with" or "in" or "from" or "behind";
            }
        }

        return false;
    }

    /// <summary>
    /// A club's or a company's role right after the one word at <paramref name="i"/>, then a capitalized name: "Stanmore
    /// manager Gary Lusk", "Rovers captain Ben Tully", "Acme chairman Ian Ross" (not a person's spokesman or adviser).
    /// </summary>
    private static bool TeamRoleAfter(string text, ReadOnlySpan<Token> tokens, int i) =>
        i + 2 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && TeamRoles.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length))
        && tokens[i + 2].Kind == TokenKind.Word && char.IsUpper(text[tokens[i + 2].Start]);

    private static readonly Internal.SpanSet TeamRoles = new(
        ["manager", "coach", "boss", "captain", "skipper", "chairman", "chairwoman", "owner", "striker", "midfielder", "defender", "goalkeeper",
         "winger", "forward", "keeper", "chief", "executive"], ignoreCase: false);

    /// <summary>"chief executive of Quillon", "shares of Halvorsen", "founder of Flickbox".</summary>
    private static bool CompanyRoleOf(string text, ReadOnlySpan<Token> tokens, int i) =>
        i >= 2 && WordAt(text, tokens, i - 1) is "of" or "in" && CompanyOwnedWords.Contains(text.AsSpan(tokens[i - 2].Start, tokens[i - 2].Length));

    /// <summary>
    /// A person's, organization's or group's name does not run on past a comma into the sentence: "the Journal, citing"
    /// is "Journal"; "the BBC, Nicola Sturgeon said" is two names. A suffix after the comma stays ("Acme, Inc.", "Martin
    /// Luther King, Jr."), and so does a place's region ("Washington, D.C.": places are not split).
    /// </summary>
    internal static List<EntityMention> SplitAtCommas(string text, ReadOnlySpan<Token> tokens, ImmutableArray<EntityMention> mentions)
    {
        var result = new List<EntityMention>(mentions.Length);
        foreach (EntityMention mention in mentions)
        {
            if (!(mention.Type == EntityType.Person || mention.Type == EntityType.Organization || mention.Type == EntityType.Nationality)
                || mention.Span.Start < 0 || mention.Span.End > text.Length || !text.AsSpan(mention.Span.Start, mention.Span.Length).Contains(','))
            {
                result.Add(mention);
                continue;
            }

            int first = Token.IndexAt(tokens, mention.Span.Start);
            int end = first;
            while (end < tokens.Length && tokens[end].Start < mention.Span.End)
            {
                end++;
            }

            int partStart = mention.Span.Start;
            for (int k = first + 1; k < end - 1; k++)
            {
                if (tokens[k].Kind != TokenKind.Punctuation || text[tokens[k].Start] != ','
                    || NameSuffixes.Contains(text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length).TrimEnd('.')))
                {
                    continue;
                }

                result.Add(mention with { Span = TextSpan.FromBounds(partStart, tokens[k].Start) });
                if (!char.IsUpper(text[tokens[k + 1].Start]))
                {
                    partStart = -1; // "Journal, citing": the sentence goes on
                    break;
                }

                partStart = tokens[k + 1].Start;
            }

            if (partStart >= 0)
            {
                // The part after the comma is a person when it opens with a first name and goes on ("Nicola Sturgeon").
                int partFirst = Token.IndexAt(tokens, partStart);
                bool person = partStart > mention.Span.Start && end - partFirst >= 2 && EntityClusterer.IsFirstName(text, tokens[partFirst]);
                result.Add(mention with { Span = TextSpan.FromBounds(partStart, mention.Span.End), Type = person ? EntityType.Person : mention.Type });
            }
        }

        return result;
    }

    /// <summary>
    /// The start of the particles before a name at <paramref name="start"/> whose first particle is capitalized ("De la
    /// Garza", "Van der Berg"), two of them at least, counting a particle the name itself opens with ("De [la Garza]"); -1
    /// if none.
    /// </summary>
    private static int ParticlesBefore(string text, int start)
    {
        int open = -1, words = 0;
        int first = start;
        if (char.IsLower(text[start]) && text.IndexOf(' ', start) is int own and > 0 && NameParticles.Contains(text.AsSpan(start, own - start)))
        {
            words++; // "[la Garza]": the mention opens with a particle
        }

        while (first >= 2 && text[first - 1] == ' ' && words < 3)
        {
            int wordStart = text.LastIndexOf(' ', first - 2) + 1;
            ReadOnlySpan<char> word = text.AsSpan(wordStart, first - 1 - wordStart);
            if (word.IsEmpty || !IsNameParticle(word))
            {
                break;
            }

            words++;
            first = wordStart;
            if (char.IsUpper(word[0]))
            {
                open = wordStart;
                break;
            }
        }

        return open >= 0 && words >= 2 ? open : -1; // (one particle alone may open a company's name: "De Beers")
    }

    /// <summary>A club's name whose last word is a club's ("Kingsmere Athletic", "Bristol Rovers"): its first word is its short form.</summary>
    internal static bool IsClubName(ReadOnlySpan<char> name) =>
        name.Count(' ') == 1 && name[(name.LastIndexOf(' ') + 1)..] is "Athletic" or "Rovers" or "Wanderers" or "Albion" or "Hotspur" or "FC";

    /// <summary>Whether a word is a particle of a person's name ("de", "van", "bin"), in lower case or capitalized ("De", "Van").</summary>
    internal static bool IsNameParticle(ReadOnlySpan<char> word) =>
        NameParticles.Contains(word) || word.Length > 1 && char.IsUpper(word[0]) && NameParticlesAnyCase.Contains(word);

    private static readonly Internal.SpanSet NameParticlesAnyCase = new(
        ["bin", "bint", "ibn", "de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "ter", "la", "le", "dela", "delos"], ignoreCase: true);

    /// <summary>Lowercase particles inside a person's name: "Khalid bin Mahfouz", "Juan Carlos de la Fuente", "Ngũgĩ wa Thiong'o".</summary>
    private static readonly Internal.SpanSet NameParticles = new(
        ["bin", "bint", "ibn", "wa", "de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "ter", "la", "le", "dela", "delos", "al", "el"], ignoreCase: false);

    /// <summary>
    /// A person's mention (or a first name alone before a person's), one or two lowercase particles, and a name right after:
    /// the tagger's "[Khalid]PER bin [Mahfouz]PER", "[Juan Carlos]PER de [la Fuente]ORG" and "[Ramon]GPE dela [Cruz]PER" are
    /// one person.
    /// </summary>
    private static bool JoinedByParticle(string text, EntityMention a, EntityMention b)
    {
        // ("[Ramon]GPE dela [Cruz]PER": a first name alone, typed otherwise, before a person's surname is theirs; "[Tiago
        // Moreira]ORG da [Silva]PER": so is an organization's mention that opens with a first name.)
        if (!(a.Type == EntityType.Person || b.Type == EntityType.Person && (IsFirstNameOnly(text, a) || a.Type == EntityType.Organization && StartsWithFirstName(text, a)))
            || !b.Type.IsName || b.Span.Start <= a.Span.End || b.Span.Start - a.Span.End > 12
            || !char.IsUpper(text[a.Span.Start]))
        {
            return false;
        }

        // The words between the two mentions, and a particle that opens the second ("la Fuente"), are all particles.
        int start = a.Span.End, end = b.Span.End;
        int words = 0;
        while (start < end)
        {
            if (text[start] != ' ')
            {
                return false;
            }

            int wordEnd = text.IndexOf(' ', start + 1, end - start - 1);
            wordEnd = wordEnd < 0 ? end : wordEnd;
            ReadOnlySpan<char> word = text.AsSpan(start + 1, wordEnd - start - 1);
            if (!NameParticles.Contains(word))
            {
                // ("[Khalid]PER bin [Saud Al-Mansouri]PER": the second mention may have several words.)
                return words > 0 && char.IsUpper(word[0]) && start + 1 >= b.Span.Start && (wordEnd == end || b.Type == EntityType.Person);
            }

            words++;
            start = wordEnd;
        }

        return false;
    }

    /// <summary>
    /// A one-word name right before a person's mention that opens with an initial is that person's first name: the
    /// tagger's "[Gregory]ORG [W. Slayton]PER" is "Gregory W. Slayton".
    /// </summary>
    private static List<EntityMention> MergeSplitNames(string text, List<EntityMention> mentions)
    {
        HashSet<string>? persons = null; // the texts of the persons' mentions, read once when needed
        for (int i = mentions.Count - 1; i >= 0; i--)
        {
            // "De [la Garza]ORG added", "[Van]GPE der [Berg]PER said": a particle capitalized where it opens the sentence, and
            // the lowercase particles after it, open the person's surname that follows.
            EntityMention c = mentions[i];
            if ((c.Type == EntityType.Person || c.Type == EntityType.Organization) && ParticlesBefore(text, c.Span.Start) is int open and >= 0
                && (i == 0 || mentions[i - 1].Span.End <= open || mentions[i - 1].Span.Start == open && mentions[i - 1].Span.End == text.IndexOf(' ', open)))
            {
                mentions[i] = c with { Span = TextSpan.FromBounds(open, c.Span.End), Type = EntityType.Person };
                if (i > 0 && mentions[i - 1].Span.Start == open)
                {
                    mentions.RemoveAt(--i);
                }
            }
        }

        for (int i = mentions.Count - 2; i >= 0; i--)
        {
            EntityMention a = mentions[i], b = mentions[i + 1];
            if (JoinedByParticle(text, a, b))
            {
                mentions[i] = a with { Span = TextSpan.FromBounds(a.Span.Start, b.Span.End), Type = EntityType.Person };
                mentions.RemoveAt(i + 1);
                continue;
            }

            // "[Nguyen Thi]PER [Lan Huong]PER", "[Hemi]PER [Te Rangi]PER": two persons' mentions with one space between them
            // are one person's name in parts.
            // (Not "Coach: Melanie King Brandon Luna - Analyst": two names in full, each with its first name, in a list; nor
            // "[Cyclone]PER [Phailin]PER": a common word before a name; nor "[T C]PER [Phailin]PER": initials.)
            if (a.Type == EntityType.Person && b.Type == EntityType.Person && b.Span.Start == a.Span.End + 1 && text[a.Span.End] == ' '
                && a.Span.Length > 1 && char.IsLower(text[a.Span.Start + 1]) && b.Span.Length > 1 && char.IsLower(text[b.Span.Start + 1])
                && !(StartsWithFirstName(text, a) && StartsWithFirstName(text, b))
                && !(text.IndexOf(' ', a.Span.Start, a.Span.Length) < 0 && Tagging.NerModel.Default.Clusters.KnowsLowerCase(text.AsSpan(a.Span.Start, a.Span.Length)))
                && !IsStormName(text, TextSpan.FromBounds(a.Span.Start, b.Span.End)))
            {
                mentions[i] = a with { Span = TextSpan.FromBounds(a.Span.Start, b.Span.End) };
                mentions.RemoveAt(i + 1);
                continue;
            }

            // "Harlan & Pryce", "Marlow & Pike": two names joined by an ampersand are one firm (the tagger splits them into
            // two people or a person and a firm); not two people the article names ("Trump & Putin" after "Donald Trump",
            // "Harry & Meghan").
            if ((a.Type == EntityType.Person || a.Type == EntityType.Organization) && (b.Type == EntityType.Person || b.Type == EntityType.Organization)
                && b.Span.Start == a.Span.End + 3 && text.AsSpan(a.Span.End, 3).SequenceEqual(" & ")
                && !(a.Type == EntityType.Person && b.Type == EntityType.Person && (NamesPerson(text, mentions, a) || NamesPerson(text, mentions, b)
                                                                                    || IsFirstNameOnly(text, a) && IsFirstNameOnly(text, b))))
            {
                mentions[i] = a with { Span = TextSpan.FromBounds(a.Span.Start, b.Span.End), Type = EntityType.Organization };
                mentions.RemoveAt(i + 1);
                continue;
            }

            // "[Ted]ORG [Cruz]PER": a first name the gazetteer knows as an organization's (TED), right before a person's
            // surname, is that person's first name; so before a word typed otherwise that the text names a person by
            // elsewhere ("[Ted]ORG [Cruz]ORG won ... Cruz thanked ...").
            if ((a.Type == EntityType.Organization || a.Type == EntityType.Misc) && b.Span.Start == a.Span.End + 1
                && text[a.Span.End] == ' ' && a.Span.Length > 1 && char.IsLower(text[a.Span.Start + 1]) && IsFirstNameOnly(text, a)
                && !text.AsSpan(b.Span.Start, b.Span.Length).Contains(' ')
                && (b.Type == EntityType.Person || b.Type == EntityType.Organization
                    && (persons ??= PersonNames(text, mentions)).Contains(text.Substring(b.Span.Start, b.Span.Length))))
            {
                mentions[i] = b with { Span = TextSpan.FromBounds(a.Span.Start, b.Span.End), Type = EntityType.Person };
                mentions.RemoveAt(i + 1);
                continue;
            }

            if (b.Type != EntityType.Person || !a.Type.IsName || b.Span.Start != a.Span.End + 1 || text[a.Span.End] != ' '
                || a.Span.Length < 2 || !char.IsUpper(text[a.Span.Start]) || text.AsSpan(a.Span.Start, a.Span.Length).ContainsAny(' ', '.')
                || b.Span.Length < 4 || !char.IsUpper(text[b.Span.Start]) || text[b.Span.Start + 1] != '.' || text[b.Span.Start + 2] != ' ')
            {
                continue;
            }

            mentions[i] = b with { Span = TextSpan.FromBounds(a.Span.Start, b.Span.End) };
            mentions.RemoveAt(i + 1);
        }

        // "[Noel Villanueva]PER [Santos]ORG", "[Shahid Iqbal]PER Qureshi": a person's name of two words or more runs on over a
        // second surname the tagger typed otherwise or left out, a capitalized word that is no common word (nor a first name,
        // left out: "... John Smith Mary said").
        for (int i = 0; i < mentions.Count; i++)
        {
            EntityMention a = mentions[i];
            if (a.Type != EntityType.Person || text.IndexOf(' ', a.Span.Start, a.Span.Length) < 0
                || a.Span.End + 2 >= text.Length || text[a.Span.End] != ' ' || !char.IsUpper(text[a.Span.End + 1]))
            {
                continue;
            }

            int start = a.Span.End + 1, end = start + 1;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1])))
            {
                end++;
            }

            ReadOnlySpan<char> word = text.AsSpan(start, end - start);
            // (Then a comma, a period or a lower-case word: not "Kevin A. Boone Accenture --", a signature's firm.)
            bool nextIsWord = end < text.Length && !(text[end] is ',' or '.' || text[end] == ' ' && end + 1 < text.Length && char.IsLower(text[end + 1]));
            EntityMention? next = i + 1 < mentions.Count ? mentions[i + 1] : null;
            bool typedApart = next is { } n && n.Span.Start == start && n.Span.End == end && (n.Type == EntityType.Organization || n.Type == EntityType.Gpe || n.Type == EntityType.Location);
            if (word.Length < 3 || nextIsWord || IsAllCaps(word) || next is { } o && o.Span.Start < end && !typedApart
                || Tagging.NerModel.Default.Clusters.KnowsLowerCase(word) || !typedApart && Quotes.FirstNameGenders.Of(word) != '\0')
            {
                continue;
            }

            mentions[i] = a with { Span = TextSpan.FromBounds(a.Span.Start, end) };
            if (typedApart)
            {
                mentions.RemoveAt(i + 1);
            }
        }

        return mentions;
    }

    private static bool StartsWithFirstName(string text, EntityMention m)
    {
        int space = text.IndexOf(' ', m.Span.Start, m.Span.Length);
        return Quotes.FirstNameGenders.Of(text.AsSpan(m.Span.Start, (space < 0 ? m.Span.End : space) - m.Span.Start)) != '\0';
    }

    /// <summary>The texts of the persons' mentions.</summary>
    private static HashSet<string> PersonNames(string text, List<EntityMention> mentions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityMention m in mentions)
        {
            if (m.Type == EntityType.Person)
            {
                names.Add(text.Substring(m.Span.Start, m.Span.Length));
            }
        }

        return names;
    }

    /// <summary>Whether a person's mention is a full name with a first name, or the surname of one the article names in full.</summary>
    private static bool NamesPerson(string text, List<EntityMention> mentions, EntityMention m)
    {
        ReadOnlySpan<char> name = text.AsSpan(m.Span.Start, m.Span.Length);
        int space = name.IndexOf(' ');
        if (space > 0)
        {
            return Quotes.FirstNameGenders.Of(name[..space]) != '\0';
        }

        foreach (EntityMention other in mentions)
        {
            ReadOnlySpan<char> full = text.AsSpan(other.Span.Start, other.Span.Length);
            if (other.Type == EntityType.Person && full.Length > name.Length + 1 && full.EndsWith(name, StringComparison.Ordinal) && full[^(name.Length + 1)] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFirstNameOnly(string text, EntityMention m) =>
        text.AsSpan(m.Span.Start, m.Span.Length) is var name && !name.Contains(' ') && Quotes.FirstNameGenders.Of(name) != '\0';

    public static (ImmutableArray<EntityMention> Mentions, ImmutableArray<Entity> Entities) Cluster(
        string text, ImmutableArray<Token> tokens, ImmutableArray<EntityMention> mentions, CancellationToken cancellationToken) =>
        EntityClusterer.Cluster(text, tokens, NameRepeats.Add(text, tokens, mentions), cancellationToken);

    /// <summary>
    /// A mention without the punctuation, quote marks, dashes, addresses and e-mail addresses at its ends that a
    /// recognizer took along ("Jen ," "George \"" "McDermott mjmcdermott@hotmail.com"), nor a greeting before a
    /// person's name ("Hey Frank"), nor an "etc." and what follows it ("BBC etc. every"); a mark attached to the last
    /// word stays ("Yahoo!"), and so does a closing bracket the mention opened ("Mladost (BJ)"). Nothing left gives an
    /// empty span.
    /// </summary>
    internal static EntityMention Trim(string text, ReadOnlySpan<Token> tokens, EntityMention mention)
    {
        int first = Token.IndexAt(tokens, mention.Span.Start);
        int end = first;
        while (end < tokens.Length && tokens[end].Start < mention.Span.End)
        {
            end++;
        }

        if (end == first || tokens[first].Start < mention.Span.Start || tokens[end - 1].End > mention.Span.End)
        {
            return mention; // not on token bounds: leave it as the recognizer made it
        }

        int trimmedFirst = first, trimmedEnd = end;
        while (trimmedFirst < trimmedEnd && IsEdgeNoise(tokens[trimmedFirst], text, attached: false))
        {
            trimmedFirst++;
        }

        // A greeting the tagger took into the name ("Hey Frank", "Dear Mary").
        if (mention.Type == EntityType.Person && trimmedEnd - trimmedFirst >= 2 && IsGreeting(text.AsSpan(tokens[trimmedFirst].Start, tokens[trimmedFirst].Length))
            && char.IsUpper(text[tokens[trimmedFirst + 1].Start]))
        {
            trimmedFirst++;
        }

        // A list the tagger ran on into ("the BBC etc. every day"): the name ends before "etc.".
        for (int k = trimmedFirst + 1; k < trimmedEnd; k++)
        {
            if (text.AsSpan(tokens[k].Start, tokens[k].Length).TrimEnd('.').Equals("etc", StringComparison.OrdinalIgnoreCase))
            {
                trimmedEnd = k;
                break;
            }
        }

        while (trimmedEnd > trimmedFirst
               && IsEdgeNoise(tokens[trimmedEnd - 1], text, attached: trimmedEnd - 1 > trimmedFirst && tokens[trimmedEnd - 2].End == tokens[trimmedEnd - 1].Start)
               && !(text[tokens[trimmedEnd - 1].Start] == ')' && text.AsSpan(tokens[trimmedFirst].Start, tokens[trimmedEnd - 1].Start - tokens[trimmedFirst].Start).Contains('(')))
        {
            trimmedEnd--;
        }

        // A verb or an adverb the tagger ran on into after a capitalized name ("while Public Health England declined to
        // comment", "Gingrich cynically dismissed"), or the kind of medium ("Sun newspaper"); not a common noun that is part
        // of the name ("the Obama administration", "the Smith family").
        if (mention.Type == EntityType.Person || mention.Type == EntityType.Organization)
        {
            while (trimmedEnd - trimmedFirst >= 2 && IsLowerCaseVerbOrAdverb(text, tokens[trimmedEnd - 1]) && char.IsUpper(text[tokens[trimmedEnd - 2].Start]))
            {
                trimmedEnd--;
            }
        }

        if (trimmedFirst == first && trimmedEnd == end)
        {
            return mention;
        }

        return trimmedEnd == trimmedFirst
            ? mention with { Span = new TextSpan(mention.Span.Start, 0) }
            : mention with { Span = TextSpan.FromBounds(tokens[trimmedFirst].Start, tokens[trimmedEnd - 1].End) };
    }

    /// <summary>Letters after a British or Commonwealth name: a rank, an office or an honour ("KC", "MP", "OBE").</summary>
    private static readonly Internal.SpanSet PostNominals = new(
        ["KC", "QC", "SC", "MP", "MPs", "MSP", "MEP", "MLA", "MS", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "PC", "AO", "AC", "AM"],
        ignoreCase: false);

    /// <summary>Whether <paramref name="span"/> is one post-nominal right after a capitalized name word ("Rupert Kimble KC").</summary>
    private static bool IsPostNominalAfterName(string text, ReadOnlySpan<Token> tokens, TextSpan span)
    {
        int k = Token.IndexAt(tokens, span.Start);
        return k > 0 && k < tokens.Length && tokens[k].Start == span.Start && tokens[k].End == span.End && PostNominals.Contains(text.AsSpan(span.Start, span.Length))
               && tokens[k - 1].End < tokens[k].Start && IsCapitalizedName(text, tokens[k - 1]);
    }

    /// <summary>
    /// A person's name without the greeting or common word that opens the sentence before it ("Hey Vladi", "Dear
    /// Nina", "P.S. Tom") and without lower-case words the tagger ran on into after it ("Dan are very thorough"):
    /// names do not end in lower-case words when they have a capital. A role followed by what it is of ("Director of
    /// the National Iodine Nutrition study") is no name at all: the mention goes.
    /// </summary>
    internal static EntityMention TrimPerson(EntityRecognitionContext context, EntityMention mention)
    {
        string text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens.AsSpan();
        int first = Token.IndexAt(tokens, mention.Span.Start);
        int end = first;
        while (end < tokens.Length && tokens[end].Start < mention.Span.End) end++;
        if (end - first < 2 || tokens[first].Start != mention.Span.Start || tokens[end - 1].End != mention.Span.End)
        {
            return mention;
        }

        int a = first, z = end;
        bool capital = false;
        for (int k = first; k < end; k++) capital |= char.IsUpper(text[tokens[k].Start]);
        if (!capital)
        {
            return mention;
        }

        // A role and what it is of ("Director of the National Iodine Nutrition study") describes a person; it names none.
        int role = EntityLexicons.Phrases.Match(text, tokens, a, EntityLexicons.Title);
        if (role > 0 && a + role < z && char.IsLower(text[tokens[a + role].Start]))
        {
            return mention with { Span = new TextSpan(mention.Span.Start, 0) };
        }

        while (z - 1 > a && !HasUpper(text.AsSpan(tokens[z - 1].Start, tokens[z - 1].Length)))
        {
            z--;
        }

        // "Diane Abbott MP", "Rupert Kimble KC": letters after a name are a rank or an honour, not part of it.
        while (z - 1 > a + 1 && PostNominals.Contains(text.AsSpan(tokens[z - 1].Start, tokens[z - 1].Length)))
        {
            z--;
        }

        if (z - a >= 2 && tokens[a].Length > 2 && StartsSentence(text, context.Sentences.AsSpan(), tokens, a)
            && CommonWords.Value.Contains(Tagging.StableHash.OfLower(text.AsSpan(tokens[a].Start, tokens[a].Length).TrimEnd('.'))))
        {
            a++;
            while (a < z && tokens[a].Kind == TokenKind.Punctuation) a++;
            bool common = true;
            for (int k = a; k < z && common; k++)
            {
                common = CommonWords.Value.Contains(Tagging.StableHash.OfLower(text.AsSpan(tokens[k].Start, tokens[k].Length)));
            }

            if (common)
            {
                a = z; // "Dear All": nobody in particular
            }
        }

        if (a == first && z == end)
        {
            return mention;
        }

        return a >= z ? mention with { Span = new TextSpan(mention.Span.Start, 0) } : mention with { Span = TextSpan.FromBounds(tokens[a].Start, tokens[z - 1].End) };
    }

    /// <summary>
    /// "Chef Mariana Quist", "Frontwoman Dara Quinn", "Commuter Muhammad Faizal": a word with a capital that is no first
    /// name (a role the title list lacks), then a known first name and a surname, tagged as an organization (or as one
    /// person's name with the role, when the role is a common word). The person is the first name and the capitalized
    /// words after it that are no common words.
    /// </summary>
    internal static EntityMention PersonAfterRoleWord(EntityRecognitionContext context, EntityMention mention)
    {
        string text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens.AsSpan();
        int first = Token.IndexAt(tokens, mention.Span.Start);
        if (first < 0 || first + 1 >= tokens.Length || tokens[first].Start != mention.Span.Start || tokens[first + 1].Start >= mention.Span.End
            || !IsCapitalizedName(text, tokens[first]) || !IsCapitalizedName(text, tokens[first + 1])
            || Quotes.FirstNameGenders.Of(text.AsSpan(tokens[first].Start, tokens[first].Length)) != '\0'
            || mention.Type == EntityType.Person && !IsCommonWord(text, tokens[first]))
        {
            return mention;
        }

        // The second word must be a first name, and no common word ("Chef Mariana Quist", not "Acme Will Build"), unless the
        // first is a word for someone's trade ("Landscaper Diego Fuentes", "Beekeeper Hank Vermeulen", "Councillor Meera
        // Lakhani"): then a first name that is also a word is the name's.
        ReadOnlySpan<char> second = text.AsSpan(tokens[first + 1].Start, tokens[first + 1].Length);
        bool trade = IsTradeWord(text.AsSpan(tokens[first].Start, tokens[first].Length));
        if (Quotes.FirstNameGenders.Of(second) == '\0' || !trade && IsCommonWord(text, tokens[first + 1]))
        {
            return mention;
        }

        // Only where the tagger cut the name after its first name ("[Chef Mariana]ORG Quist", "[Cllr Mary]ORG [Davies]PER"): a
        // mention that holds a third name is a name of its own ("Goh Kian Seng", surname first).
        // (But "[Landscaper Diego Fuentes]ORG": a trade's word, a first name and a surname are a person's name after the trade.)
        if (first + 2 < tokens.Length && tokens[first + 2].Start < mention.Span.End
            && !(trade && mention.Type == EntityType.Organization && tokens[first + 2].End == mention.Span.End && IsCapitalizedName(text, tokens[first + 2])))
        {
            return mention;
        }

        int end = first + 2;
        while (end < tokens.Length && end < first + 4 && IsCapitalizedName(text, tokens[end]) && !IsCommonWord(text, tokens[end]))
        {
            end++;
        }

        // (Only a first name and a surname: "Chef Mariana" alone may be a restaurant. And not a name the gazetteer knows from
        // any of its first words on: "Los Angeles", "Los Angeles Dodgers", "San Diego Padres".)
        if (end - first < 3)
        {
            return mention;
        }

        Tagging.Gazetteer gazetteer = Tagging.NerModel.Default.Gazetteer;
        const int Names = 1 << Tagging.Gazetteer.Organization | 1 << Tagging.Gazetteer.Location | 1 << Tagging.Gazetteer.Gpe | 1 << Tagging.Gazetteer.Misc;
        ulong h = Tagging.Gazetteer.Start;
        for (int k = first; k < end; k++)
        {
            h = Tagging.Gazetteer.Extend(h, Tagging.StableHash.OfLower(text.AsSpan(tokens[k].Start, tokens[k].Length)));
            if (k > first && (gazetteer.Lookup(h) & Names) != 0)
            {
                return mention;
            }
        }

        return new EntityMention(TextSpan.FromBounds(tokens[first + 1].Start, tokens[end - 1].End), EntityType.Person);
    }

    /// <summary>Titles of local and state office that the tagger runs into a name: "Jackson County Prosecutor Melissa Groves".</summary>
    private static readonly Internal.SpanSet OfficeTitles = new(
        ["Prosecutor", "Commissioner", "Sheriff", "Attorney", "Clerk", "Treasurer", "Auditor", "Executive", "Mayor", "Supervisor", "Coroner",
         "Assessor", "Councilman", "Councilwoman", "Councillor", "Councilor", "Judge", "Superintendent", "Chairman", "Chairwoman", "Administrator",
         "Solicitor", "Recorder", "Controller", "Comptroller", "Manager"], ignoreCase: false);

    /// <summary>
    /// "[Ross County Commissioner Greg Stahl disagreed]ORG": an organization's mention the tagger ran over an office's title,
    /// a first name and a surname (and a lowercase word after them) is that person's; the office stays outside. So is one that
    /// opens with the chamber of a title in "of the" ("Speaker of the [House Newt Gingrich]ORG").
    /// </summary>
    internal static EntityMention PersonAfterOfficeTitle(EntityRecognitionContext context, EntityMention mention)
    {
        if (mention.Type != EntityType.Organization)
        {
            return mention;
        }

        string text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens.AsSpan();
        int first = Token.IndexAt(tokens, mention.Span.Start);
        int end = Token.IndexAt(tokens, mention.Span.End - 1) + 1;

        bool chamber = first >= 2 && text.AsSpan(tokens[first].Start, tokens[first].Length) is "House" or "Senate" or "Assembly" or "Commons"
                       && text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length) is "the" && text.AsSpan(tokens[first - 2].Start, tokens[first - 2].Length) is "of";
        for (int t = chamber ? first : first + 1; t + 1 < end; t++)
        {
            if (!(OfficeTitles.Contains(text.AsSpan(tokens[t].Start, tokens[t].Length)) || chamber && t == first)
                || Quotes.FirstNameGenders.Of(text.AsSpan(tokens[t + 1].Start, tokens[t + 1].Length)) == '\0')
            {
                continue;
            }

            int last = t + 1;
            while (last + 1 < end && tokens[last + 1].Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(text[tokens[last + 1].Start]))
            {
                last++;
            }

            // The name runs to the mention's end, or to a lowercase word the tagger took along ("... Greg Stahl disagreed").
            bool rest = last + 1 == end || last + 2 == end && tokens[last + 1].Kind == TokenKind.Word && !HasUpper(text.AsSpan(tokens[last + 1].Start, tokens[last + 1].Length));
            if (last > t + 1 && rest)
            {
                return mention with { Span = TextSpan.FromBounds(tokens[t + 1].Start, tokens[last].End), Type = EntityType.Person };
            }
        }

        return mention;
    }

    /// <summary>
    /// A word for someone's trade or office: no first name, ending like an agent noun, "-er", "-or", "-ist", "-ian"
    /// ("Landscaper", "Councillor", "Pharmacist", "Librarian").
    /// </summary>
    private static bool IsTradeWord(ReadOnlySpan<char> word) =>
        word.Length > 5 && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal)
                            || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal))
        && Quotes.FirstNameGenders.Of(word) == '\0';

    private static bool IsCapitalizedName(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]) && token.Length > 1 && !IsAllCaps(text.AsSpan(token.Start, token.Length));

    /// <summary>Whether a word's lower-case form is in the word-cluster vocabulary learned from news text ("chef", "commuter").</summary>
    private static bool IsCommonWord(string text, Token token) =>
        Tagging.NerModel.Default.Clusters.KnowsLowerCase(text.AsSpan(token.Start, token.Length));

    /// <summary>
    /// A US politician's party label, one word set off after the name: "R-Utah", "D-Calif.", "I-Vt." in "Sen. Mike Lee,
    /// R-Utah, said". It names neither a person nor a place of its own.
    /// </summary>
    internal static bool IsPartyLabel(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word[0] is not ('R' or 'D' or 'I') || word[1] != '-' || !char.IsUpper(word[2]))
        {
            return false;
        }

        foreach (char c in word[3..])
        {
            if (!char.IsLetter(c) && c != '.')
            {
                return false;
            }
        }

        // ("D-Day", "D-Wave", "I-Pace": a common word after the hyphen makes a name of its own.)
        ReadOnlySpan<char> place = word[2..].TrimEnd('.');
        return IsAllCaps(place) || !Tagging.NerModel.Default.Clusters.KnowsLowerCase(place) // ("R-NY": a state's letters)
               || EntityClusterer.IsKnownPlace(place.ToString()); // ("R-Texas": a place, however common the word)
    }

    /// <summary>Whether <paramref name="span"/> is a party label after a comma or an opening parenthesis ("Lee, R-Utah,").</summary>
    private static bool IsPartyLabelAfterName(string text, TextSpan span)
    {
        if (!IsPartyLabel(text.AsSpan(span.Start, span.Length)))
        {
            return false;
        }

        int p = span.Start - 1;
        while (p >= 0 && text[p] == ' ')
        {
            p--;
        }

        return p >= 0 && text[p] is ',' or '(';
    }

    /// <summary>A storm's name ("Cyclone Phailin", "Hurricane Katrina", "Typhoon Haiyan"): a word for the storm, then its name.</summary>
    internal static bool IsStormName(string text, TextSpan span)
    {
        ReadOnlySpan<char> s = text.AsSpan(span.Start, span.Length);
        int space = s.IndexOf(' ');
        if (space <= 0 || space + 1 >= s.Length || !char.IsUpper(s[space + 1]))
        {
            return false;
        }

        return s[..space] is "Cyclone" or "Hurricane" or "Typhoon" or "Superstorm" or "Tropical";
    }

    private static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsUpper(c)) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the text is edited prose: at least three sentences, nine in ten of them opening with a capital letter. Web
    /// text written all in lower case ("met john at the mall") is not, and keeps its lower-case names.
    /// </summary>
    internal static bool CapitalizesSentences(EntityRecognitionContext context)
    {
        string text = context.Text;
        int sentences = 0, capitalized = 0;
        foreach (Sentence sentence in context.Sentences)
        {
            for (int i = sentence.Span.Start; i < sentence.Span.End; i++)
            {
                if (char.IsLetter(text[i]))
                {
                    sentences++;
                    capitalized += char.IsUpper(text[i]) ? 1 : 0;
                    break;
                }
            }
        }

        return sentences >= 3 && capitalized * 10 >= sentences * 9;
    }

    /// <summary>
    /// A name written all in lower case that the gazetteer does not know ("huh", "crab", "kinda weird"): web text
    /// does write "tampa bay" and "kerala", but a lower-case guess without a list behind it is mostly a common word.
    /// </summary>
    internal static bool LowerCaseUnknown(EntityRecognitionContext context, TextSpan span)
    {
        ReadOnlySpan<char> s = context.Text.AsSpan(span.Start, span.Length);
        if (HasUpper(s))
        {
            return false;
        }

        ReadOnlySpan<Token> tokens = context.Tokens.AsSpan();
        int first = Token.IndexAt(tokens, span.Start);
        if (first >= tokens.Length)
        {
            return false;
        }

        ulong h = Tagging.Gazetteer.Start;
        int n = 0;
        for (int t = first; t < tokens.Length && tokens[t].Start < span.End; t++)
        {
            h = Tagging.Gazetteer.Extend(h, Tagging.StableHash.OfLower(context.Text.AsSpan(tokens[t].Start, tokens[t].Length)));
            n++;
        }

        const int Names = (1 << Tagging.Gazetteer.Person) | (1 << Tagging.Gazetteer.FirstName) | (1 << Tagging.Gazetteer.Organization)
            | (1 << Tagging.Gazetteer.Location) | (1 << Tagging.Gazetteer.Gpe);
        return n > Tagging.Gazetteer.MaxPhraseTokens || (Tagging.NerModel.Default.Gazetteer.Lookup(h) & Names) == 0;
    }

    /// <summary>
    /// A mention that is part of a file name, address or identifier: glued to a neighbour by "." or "_" ("pdf" in
    /// "CrudeStocks.pdf", "CrudeStocks" before ".pdf", "Lisa" in "Lisa_resume.doc"). A capitalized word after a period
    /// without a space ("rose.Analysts") is a missing space, not a file name.
    /// </summary>
    internal static bool InFileName(EntityRecognitionContext context, TextSpan span)
    {
        string text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens.AsSpan();
        int first = Token.IndexAt(tokens, span.Start);
        int end = first;
        while (end < tokens.Length && tokens[end].Start < span.End) end++;
        if (first >= tokens.Length || end == first)
        {
            return false;
        }

        if (first >= 2 && char.IsLower(text[tokens[first].Start]) && tokens[first - 1].End == tokens[first].Start && tokens[first - 2].End == tokens[first - 1].Start
            && tokens[first - 1].Length == 1 && text[tokens[first - 1].Start] is '.' or '_' && tokens[first - 2].Kind is TokenKind.Word or TokenKind.Number)
        {
            return true;
        }

        if (text.AsSpan(tokens[end - 1].Start, tokens[end - 1].Length).Contains('_'))
        {
            return true;
        }

        return end + 1 < tokens.Length && tokens[end].Start == tokens[end - 1].End && tokens[end + 1].Start == tokens[end].End
            && tokens[end].Length == 1 && text[tokens[end].Start] is '.' or '_' && tokens[end + 1].Kind is TokenKind.Word or TokenKind.Number
            && char.IsLower(text[tokens[end + 1].Start]);
    }

    /// <summary>Whether a word is one of <c>not-names.txt</c> ("The", "On", "Please"), in any case.</summary>
    internal static bool IsNotNameWord(ReadOnlySpan<char> word) => CommonWords.Value.Contains(Tagging.StableHash.OfLower(word));

    /// <summary>Lower-case hashes of the words of <c>not-names.txt</c>.</summary>
    private static readonly Lazy<HashSet<ulong>> CommonWords = new(
        () => [.. Internal.Resources.ReadLines("not-names.txt").Select(w => Tagging.StableHash.OfLower(w.AsSpan()))]);

    /// <summary>
    /// A mention of the built-in recognizers made only of common words, in capitals ("TOO", "FREE") or opening a
    /// sentence ("Please"): not a name. The same words tagged inside a sentence in normal case are left alone.
    /// </summary>
    internal static bool OnlyCommonWords(EntityRecognitionContext context, TextSpan span)
    {
        (int Sentence, bool TitleCase) titleCase = (-1, false);
        return OnlyCommonWords(context, span, ref titleCase);
    }

    /// <summary>
    /// <see cref="OnlyCommonWords(EntityRecognitionContext, TextSpan)"/> with the title case of the last sentence read kept in
    /// <paramref name="titleCase"/> for the next mention.
    /// </summary>
    internal static bool OnlyCommonWords(EntityRecognitionContext context, TextSpan span, ref (int Sentence, bool TitleCase) titleCase)
    {
        string text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens.AsSpan();
        int first = Token.IndexAt(tokens, span.Start);
        if (!IsAllCaps(text.AsSpan(span.Start, span.Length)) && !StartsSentence(text, context.Sentences.AsSpan(), tokens, first)
            && !InTitleCaseSentence(context, first, ref titleCase))
        {
            return false;
        }

        HashSet<ulong> words = CommonWords.Value;
        bool any = false;
        for (int t = first; t < tokens.Length && tokens[t].Start < span.End; t++)
        {
            if (tokens[t].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation)
            {
                if (!words.Contains(Tagging.StableHash.OfLower(text.AsSpan(tokens[t].Start, tokens[t].Length))))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    /// <summary>Whether token <paramref name="token"/> is in a sentence written in title case ("Great Service And Friendly Staff").</summary>
    private static bool InTitleCaseSentence(EntityRecognitionContext context, int token, ref (int Sentence, bool TitleCase) cache)
    {
        ReadOnlySpan<Sentence> sentences = context.Sentences.AsSpan();
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].FirstToken <= token) lo = mid + 1;
            else hi = mid - 1;
        }

        if (hi < 0 || token >= sentences[hi].EndToken)
        {
            return false;
        }

        // (Read once per sentence: mentions come in text order, and a sentence of thousands of capitalized words read
        // again for each of its mentions made the whole stage quadratic.)
        if (cache.Sentence != hi)
        {
            cache = (hi, Tagging.NerDocumentFeatures.IsTitleCase(context.Text, context.Tokens.AsSpan(), sentences[hi].FirstToken, sentences[hi].EndToken));
        }

        return cache.TitleCase;
    }

    /// <summary>Letters, none of them lower case ("TOO", "U.S.").</summary>
    internal static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        bool letter = false;
        foreach (char c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    private static bool StartsSentence(string text, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<Token> tokens, int token)
    {
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].FirstToken == token) return true;
            if (sentences[mid].FirstToken < token) lo = mid + 1;
            else hi = mid - 1;
        }

        // A sentence that opens with a quote mark, a dash or a bracket ("(Laughter.)"): the word after it opens it too.
        return hi >= 0 && token == sentences[hi].FirstToken + 1
            && (tokens[token - 1].Kind is TokenKind.Quote or TokenKind.Dash || text[tokens[token - 1].Start] is '(' or '[');
    }

    private static bool IsGreeting(ReadOnlySpan<char> word) => word is "Hey" or "Hi" or "Hello" or "Dear" or "Thanks";

    private static readonly Internal.SpanSet NameSuffixes = new(
        ["Inc", "Ltd", "LLC", "LLP", "LP", "L.P", "Co", "Corp", "PLC", "plc", "AG", "SA", "S.A", "NV", "N.V", "GmbH", "Jr", "Sr",
         "II", "III", "IV", "PhD", "Ph.D", "MD", "M.D", "Esq"], ignoreCase: false);

    /// <summary>
    /// Present-tense and irregular past forms of speech verbs that follow a name ("Smith says", "Jones told"), and the kind of
    /// medium after a paper's name ("Britain's Sun newspaper").
    /// </summary>
    private static readonly Internal.SpanSet VerbsAfterNames = new(
        ["said", "says", "told", "tells", "adds", "warns", "argues", "insists", "writes", "wrote", "thinks", "knows", "spoke", "made", "took",
         "newspaper", "magazine", "tabloid", "website"],
        ignoreCase: false);

    /// <summary>
    /// Whether <paramref name="token"/> is a lower-case past form ("declined"), adverb ("cynically"), speech verb ("says"),
    /// kind of medium ("newspaper") or subject pronoun ("he"), which no name of a person or an organization ends in.
    /// </summary>
    private static bool IsLowerCaseVerbOrAdverb(string text, Token token)
    {
        ReadOnlySpan<char> word = text.AsSpan(token.Start, token.Length);
        if (token.Kind == TokenKind.Word && word is "he" or "she" or "they" or "it" or "we")
        {
            return true; // "told the [BBC he] had heard": the subject of the next clause
        }

        if (token.Kind != TokenKind.Word || word.Length < 3)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return word.EndsWith("ed", StringComparison.Ordinal)
               || word.EndsWith("ly", StringComparison.Ordinal) && word is not ("family" or "assembly" or "rally" or "ally" or "supply" or "monopoly")
               || VerbsAfterNames.Contains(word);
    }

    private static bool IsEdgeNoise(Token token, string text, bool attached) => token.Kind switch
    {
        TokenKind.Url => true,
        TokenKind.Quote or TokenKind.Dash or TokenKind.Ellipsis => true,
        TokenKind.Punctuation => !(attached && text[token.Start] is '!' or '.'),
        _ => text.AsSpan(token.Start, token.Length).Contains('@'),
    };

    /// <summary>True when <paramref name="span"/> overlaps a mention of <paramref name="sorted"/> (sorted, disjoint).</summary>
    private static bool Overlaps(List<EntityMention> sorted, TextSpan span)
    {
        // The first mention that ends after the span starts is the only candidate.
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].Span.End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < sorted.Count && sorted[lo].Span.Start < span.End;
    }
}
