using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Byline.Text;

namespace Byline.Entities;

/// <summary>
/// Groups the mentions of one article into entities. Names are matched on their core (without honorifics, titles,
/// a leading "the" or a possessive): full name = surname = title + surname ("Angela Merkel" = "Merkel" =
/// "Chancellor Merkel"), "J. Smith" = "John Smith", acronyms = their expansion ("WHO" = "World Health
/// Organization"), and a misspelling at edit distance 1 that keeps the capital ("Merkle" = "Merkel"). A surname
/// the tagger typed as something else joins the person and becomes a PERSON mention. Titles next to a person
/// ("Downing Street spokesman James Slack", "Slack, the Downing Street spokesman") are attached to it.
/// The canonical name is the longest full-name mention.
/// </summary>
internal static class EntityClusterer
{
    private sealed class Item
    {
        public int Index;
        public EntityMention Mention;
        public int First; // first token of the core
        public int End;   // token after the core
        public string Core = "";
        public string Key = "";    // the core as clusters are looked up: words only, abbreviation dots dropped, aliases folded
        public string[] Words = [];
        public bool Definite;      // "the" opens the mention or stands right before it ("the Cyclone", "the Church")
        public int Cluster = -1;
        public string? TitleInside;
        public Item? Original; // the mention as tagged, when the title-stripped reading must find a person
        public string? Possessor;  // the place whose body this is: "Armenia" in "Armenia's Defense Ministry"
        private string? _joined;

        /// <summary>The words joined by single spaces, made once (compared with every cluster's name).</summary>
        public string Joined => _joined ??= Words.Length == 1 ? Words[0] : string.Join(' ', Words);

        public void Reset(Item other)
        {
            Mention = other.Mention;
            Core = other.Core;
            Key = other.Key;
            Words = other.Words;
            TitleInside = null;
            _joined = null;
        }
    }

    private sealed class Group
    {
        public EntityType Type;
        public Item Canonical = null!;
        public readonly List<Item> Items = [];
        public readonly List<string> Titles = [];
        public string? Possessor; // the first possessor of its items

        /// <summary>Whether the item names another place's body of the same name: "Azerbaijan's Defense Ministry" after "Armenia's".</summary>
        public bool OtherPossessor(Item item) => item.Possessor is not null && Possessor is not null && !Same(item.Possessor, Possessor);
    }

    public static (ImmutableArray<EntityMention> Mentions, ImmutableArray<Entity> Entities) Cluster(
        string text, ImmutableArray<Token> tokens, ImmutableArray<EntityMention> mentions, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        PhraseLexicon lex = EntityLexicons.Phrases;
        var items = new List<Item>(mentions.Length);
        for (int m = 0; m < mentions.Length; m++)
        {
            items.Add(Prepare(text, tokens.AsSpan(), mentions[m], m, lex));
        }

        var clusters = new List<Group>();
        var byCore = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);

        // Longer names first, so "Angela Merkel" exists before "Merkel" is seen, wherever each one appears.
        var order = new List<Item>(items);
        order.Sort(static (a, b) => a.Words.Length != b.Words.Length ? b.Words.Length.CompareTo(a.Words.Length) : a.Index.CompareTo(b.Index));
        foreach (Item item in order)
        {
            if (item.Words.Length == 0)
            {
                continue;
            }

            int target = item.Mention.Type.IsName ? FindName(item, clusters, byCore) : FindExact(item, clusters, byCore);
            if (item.Original is { } original && (target < 0 || clusters[target].Type != EntityType.Person))
            {
                item.Reset(original);
                target = FindName(item, clusters, byCore);
            }

            if (target < 0)
            {
                target = clusters.Count;
                clusters.Add(new Group { Type = item.Mention.Type, Canonical = item });
            }

            Group c = clusters[target];
            c.Possessor ??= item.Possessor;
            if (c.Type == EntityType.Person && item.Mention.Type != EntityType.Person)
            {
                item.Mention = item.Mention with { Type = EntityType.Person };
            }
            else if (c.Type != EntityType.Person && item.Mention.Type == EntityType.Person)
            {
                item.Mention = item.Mention with { Type = c.Type };
            }

            c.Items.Add(item);
            item.Cluster = target;
            if (!byCore.TryGetValue(item.Key, out List<int>? list))
            {
                byCore[item.Key] = list = [];
            }

            if (!list.Contains(target))
            {
                list.Add(target);
            }
        }

        ConsistentTypes(clusters);
        AttachTitles(text, tokens.AsSpan(), items, clusters);

        // Entities in order of first mention; items are in text order, so each entity's spans come out sorted.
        var firstSeen = new int[clusters.Count];
        var counts = new int[clusters.Count];
        Array.Fill(firstSeen, int.MaxValue);
        foreach (Item item in items)
        {
            if (item.Cluster >= 0)
            {
                firstSeen[item.Cluster] = Math.Min(firstSeen[item.Cluster], item.Index);
                counts[item.Cluster]++;
            }
        }

        var clusterOrder = new int[clusters.Count];
        var orderKeys = new int[clusters.Count];
        int used = 0;
        for (int c = 0; c < clusters.Count; c++)
        {
            if (firstSeen[c] != int.MaxValue)
            {
                clusterOrder[used] = c;
                orderKeys[used++] = firstSeen[c];
            }
        }

        Array.Sort(orderKeys, clusterOrder, 0, used);
        var ids = new string[clusters.Count];
        var spans = new TextSpan[clusters.Count][];
        for (int k = 0; k < used; k++)
        {
            int c = clusterOrder[k];
            ids[c] = EntityId(k + 1);
            spans[c] = new TextSpan[counts[c]];
            counts[c] = 0;
        }

        var result = ImmutableArray.CreateBuilder<EntityMention>(items.Count);
        foreach (Item item in items)
        {
            result.Add(item.Mention with { EntityId = item.Cluster >= 0 ? ids[item.Cluster] : null });
            if (item.Cluster >= 0)
            {
                spans[item.Cluster][counts[item.Cluster]++] = item.Mention.Span;
            }
        }

        var entities = ImmutableArray.CreateBuilder<Entity>(used);
        for (int k = 0; k < used; k++)
        {
            int c = clusterOrder[k];
            Group cluster = clusters[c];
            entities.Add(new Entity(ids[c], cluster.Type, cluster.Canonical.Core, ImmutableCollectionsMarshal.AsImmutableArray(spans[c]))
            {
                Titles = DistinctTitles(cluster.Titles),
            });
        }

        return (result.MoveToImmutable(), entities.MoveToImmutable());
    }

    private static readonly string[] SmallIds = [.. Enumerable.Range(0, 128).Select(i => "E" + i.ToString(CultureInfo.InvariantCulture))];

    private static string EntityId(int number) =>
        number < SmallIds.Length ? SmallIds[number] : "E" + number.ToString(CultureInfo.InvariantCulture);

    private static ImmutableArray<string> DistinctTitles(List<string> titles)
    {
        if (titles.Count == 0)
        {
            return [];
        }

        var distinct = ImmutableArray.CreateBuilder<string>(titles.Count);
        foreach (string title in titles)
        {
            bool seen = false;
            foreach (string d in distinct)
            {
                seen |= string.Equals(d, title, StringComparison.OrdinalIgnoreCase);
            }

            if (!seen)
            {
                distinct.Add(title);
            }
        }

        return distinct.DrainToImmutable();
    }

    private static bool IsPlace(EntityType type) => type == EntityType.Gpe || type == EntityType.Location;

    private static bool Compatible(EntityType a, EntityType b) => a == b || (IsPlace(a) && IsPlace(b));

    private static Item Prepare(string text, ReadOnlySpan<Token> tokens, EntityMention mention, int index, PhraseLexicon lex, bool stripTitles = true)
    {
        int first = Token.IndexAt(tokens, mention.Span.Start);
        int end = first;
        while (end < tokens.Length && tokens[end].Start < mention.Span.End)
        {
            end++;
        }

        var item = new Item { Index = index, Mention = mention, First = first, End = end };
        bool name = mention.Type.IsName;
        if (mention.Type == EntityType.Organization && first >= 2 && tokens[first - 1].Kind == TokenKind.Clitic && tokens[first - 2].Kind == TokenKind.Word
            && char.IsUpper(text[tokens[first - 2].Start]) && text.Substring(tokens[first - 2].Start, tokens[first - 2].Length) is var possessor
            && IsKnownPlace(possessor))
        {
            item.Possessor = possessor; // "Armenia's Defense Ministry"
        }

        int coreFirst = first, coreEnd = end;
        if (name)
        {
            // Possessive at the end ("Germany's" when the clitic is inside the mention).
            while (coreEnd > coreFirst && (tokens[coreEnd - 1].Kind == TokenKind.Clitic || text.AsSpan(tokens[coreEnd - 1].Start, tokens[coreEnd - 1].Length) is "'" or "’"))
            {
                coreEnd--;
            }

            if (coreEnd - coreFirst > 1 && text.AsSpan(tokens[coreFirst].Start, tokens[coreFirst].Length).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                coreFirst++;
                item.Definite = true;
            }
            else if (first > 0 && IsThe(text, tokens[first - 1]))
            {
                item.Definite = true;
            }

            // A country or nationality before a title ("US President Barack Obama" tagged as one name): the title
            // reading below starts after it.
            int qualifier = -1;
            if (stripTitles && coreEnd - coreFirst > 2 && char.IsUpper(text[tokens[coreFirst].Start])
                && lex.Match(text, tokens, coreFirst + 1, EntityLexicons.Title) > 0
                && (lex.Is(text, tokens[coreFirst], EntityLexicons.Norp) || IsKnownPlaceOrAlias(text.Substring(tokens[coreFirst].Start, tokens[coreFirst].Length))))
            {
                qualifier = coreFirst++;
            }

            // Titles and honorifics before a name ("Chancellor Merkel", even when the tagger typed it as an organization).
            bool person = mention.Type == EntityType.Person;
            if (person && mention.Span.Length > 0)
            {
                // "Mark Tedeschi, QC", "John Smith, Jr.": the name ends at the comma.
                for (int k = coreFirst + 1; k < coreEnd; k++)
                {
                    if (tokens[k].Length == 1 && text[tokens[k].Start] == ',')
                    {
                        coreEnd = k;
                        break;
                    }
                }
            }

            // Mostly people carry a courtesy title ("Mr.", "Dr", "Professor"): "Professor Cres Eastman" typed ORG is a
            // person. Not a brand, show or place ("Dr Pepper", "Miss Universe", "Lady Bird Lake", "Sir Charles Gairdner
            // Hospital"): the rule needs an organization-typed mention, two name words after the title, no place or
            // facility word at the end; a lone word after it ("Professor Eastman") joins only a person named in full.
            bool courtesy = mention.Type == EntityType.Organization && coreEnd - coreFirst > 1
                            && lex.Is(text, tokens[coreFirst], EntityLexicons.Honorific) && !IsCourtesyException(text, tokens[coreFirst])
                            && !IsFacilityWord(text.AsSpan(tokens[coreEnd - 1].Start, tokens[coreEnd - 1].Length));
            if (person || (stripTitles && char.IsUpper(text[tokens[coreFirst].Start]) && (courtesy || lex.Match(text, tokens, coreFirst, EntityLexicons.Title) > 0)))
            {
                int before = coreFirst;
                while (coreEnd - coreFirst > 1 && !IsFirstName(text, tokens[coreFirst])
                       && (lex.Is(text, tokens[coreFirst], EntityLexicons.Honorific) || lex.Is(text, tokens[coreFirst], EntityLexicons.TitleModifier)
                           || (lex.Match(text, tokens, coreFirst, EntityLexicons.Title) is > 0 and var t && t < coreEnd - coreFirst && (coreFirst += t - 1) >= 0)))
                {
                    coreFirst++;
                }

                if (!person && coreFirst > before)
                {
                    // "Professor Cres Eastman" typed ORG is a person; "General Motors" is not ("Motors" is no first name).
                    // A lone word after the title ("Chancellor Merkel") becomes a person only if it names one in the article.
                    if ((coreEnd - coreFirst >= 2 && IsFirstName(text, tokens[coreFirst]))
                        || ((courtesy || qualifier >= 0) && coreEnd - coreFirst is 2 or 3 && AllCapitalizedWords(text, tokens, coreFirst, coreEnd)))
                    {
                        item.Mention = item.Mention with { Type = EntityType.Person };
                    }
                    else if (coreEnd - coreFirst == 1)
                    {
                        item.Original = Prepare(text, tokens, mention, index, lex, stripTitles: false);
                        item.Original.Mention = mention;
                    }
                    else
                    {
                        coreFirst = before;
                    }
                }
            }

            if (qualifier >= 0 && coreFirst == qualifier + 1)
            {
                coreFirst = qualifier; // no title was read after it: the name keeps its first word
            }
        }

        if (coreEnd <= coreFirst || coreFirst >= tokens.Length)
        {
            item.Core = text.Substring(mention.Span.Start, mention.Span.Length);
            item.Words = [item.Core];
            item.Key = item.Core;
            return item;
        }

        item.Core = text[tokens[coreFirst].Start..tokens[coreEnd - 1].End];
        var words = new List<string>(coreEnd - coreFirst);
        for (int t = coreFirst; t < coreEnd; t++)
        {
            if (tokens[t].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number)
            {
                words.Add(text.Substring(tokens[t].Start, tokens[t].Length));
            }
        }

        item.Words = words.Count > 0 ? [.. words] : [item.Core];
        item.Key = name ? NameKey(item.Joined) : item.Core;
        if (coreFirst > first && (item.Mention.Type == EntityType.Person || coreEnd - coreFirst == 1) && !(coreFirst == first + 1 && IsThe(text, tokens[first])))
        {
            // The title words stay outside the PERSON mention ("Chancellor Merkel" is the mention "Merkel").
            item.Mention = item.Mention with { Span = TextSpan.FromBounds(tokens[coreFirst].Start, mention.Span.End) };
            item.TitleInside = text[mention.Span.Start..tokens[coreFirst - 1].End];
        }

        return item;
    }

    private static readonly Lazy<Dictionary<string, string>> Aliases = new(LoadAliases);

    private static bool IsKnownPlaceOrAlias(string word) => IsKnownPlace(word) || Aliases.Value.ContainsKey(Undotted(word));

    private static Dictionary<string, string> LoadAliases()
    {
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in Internal.Resources.ReadLines("name-aliases.txt"))
        {
            string[] names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (string alias in names)
            {
                aliases.TryAdd(Undotted(alias), names[0]);
            }
        }

        return aliases;
    }

    /// <summary>
    /// The name as clusters are looked up: its words ("New People's Party" is "New People Party"), an abbreviation
    /// without its dots ("U.S." is "US"), and an alias as the first name of its group ("America" is "United States").
    /// </summary>
    private static string NameKey(string joined)
    {
        string key = Undotted(joined);
        return Aliases.Value.TryGetValue(key, out string? alias) ? alias : key;
    }

    private static string Undotted(string name)
    {
        if (name.IndexOf('.', StringComparison.Ordinal) < 0) return name;
        foreach (char c in name)
        {
            if (c != '.' && !char.IsUpper(c)) return name;
        }

        return name.Replace(".", "", StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="name"/> ends with <paramref name="words"/>, the case of each word aside.</summary>
    private static bool EndsWithWords(string[] name, string[] words)
    {
        for (int k = 1; k <= words.Length; k++)
        {
            if (!string.Equals(name[^k], words[^k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Titles that are also first names ("Dean Jones", "Major Smith") are left in the name.</summary>
    internal static bool IsFirstName(string text, Token token)
    {
        ulong h = Tagging.Gazetteer.Extend(Tagging.Gazetteer.Start, Tagging.StableHash.OfLower(text.AsSpan(token.Start, token.Length)));
        return (Tagging.NerModel.Default.Gazetteer.Lookup(h) & (1 << Tagging.Gazetteer.FirstName)) != 0;
    }

    /// <summary>
    /// Document-level consistency: an entity whose mentions the tagger typed differently (ORG in one sentence, LOC in
    /// another) takes the type most of its mentions have (GPE and LOC count as one kind; the first mention's kind wins a
    /// tie), and so do those mentions.
    /// </summary>
    private static void ConsistentTypes(List<Group> clusters)
    {
        Span<int> votes = stackalloc int[3];
        foreach (Group cluster in clusters)
        {
            if (!IsThingName(cluster.Type) || cluster.Items.Count < 2)
            {
                continue;
            }

            bool mixed = false;
            foreach (Item item in cluster.Items)
            {
                mixed |= item.Mention.Type != cluster.Type;
            }

            if (!mixed)
            {
                continue;
            }

            // Votes: organization, place (GPE and LOC pooled), other; a tie goes to the first mention's kind.
            votes.Clear();
            int gpe = 0, loc = 0;
            foreach (Item item in cluster.Items)
            {
                EntityType t = item.Mention.Type;
                if (IsThingName(t))
                {
                    votes[ThingIndex(t)]++;
                    gpe += t == EntityType.Gpe ? 1 : 0;
                    loc += t == EntityType.Location ? 1 : 0;
                }
            }

            int first = IsThingName(cluster.Items[0].Mention.Type) ? ThingIndex(cluster.Items[0].Mention.Type) : ThingIndex(cluster.Type);
            int winner = first;
            for (int v = 0; v < 3; v++)
            {
                if (votes[v] > votes[winner])
                {
                    winner = v;
                }
            }

            EntityType best = winner switch
            {
                0 => EntityType.Organization,
                1 => gpe > loc || (gpe == loc && cluster.Items.Find(i => IsPlace(i.Mention.Type))?.Mention.Type == EntityType.Gpe) ? EntityType.Gpe : EntityType.Location,
                _ => EntityType.Misc,
            };

            cluster.Type = best;
            foreach (Item item in cluster.Items)
            {
                if (IsThingName(item.Mention.Type) && !(IsPlace(item.Mention.Type) && IsPlace(best)))
                {
                    item.Mention = item.Mention with { Type = best };
                }
            }
        }
    }

    private static int ThingIndex(EntityType type) =>
        type == EntityType.Organization ? 0 : IsPlace(type) ? 1 : 2;

    /// <summary>The shipped gazetteer's categories for a phrase, as <see cref="Tagging.Gazetteer"/> category bits.</summary>
    private static byte GazetteerBits(params ReadOnlySpan<string> words)
    {
        ulong h = Tagging.Gazetteer.Start;
        foreach (string w in words)
        {
            h = Tagging.Gazetteer.Extend(h, Tagging.StableHash.OfLower(w));
        }

        return Tagging.NerModel.Default.Gazetteer.Lookup(h);
    }

    internal static bool IsKnownPlace(string word) => (GazetteerBits(word) & (1 << Tagging.Gazetteer.Gpe)) != 0;

    private static bool IsKnownPlacePhrase(string[] words) =>
        (GazetteerBits(words) & ((1 << Tagging.Gazetteer.Gpe) | (1 << Tagging.Gazetteer.Location))) != 0;

    /// <summary>A word the gazetteer lists as an organization or a place ("Ford", "Apple", "Cleveland", "Chelsea").</summary>
    internal static bool IsKnownOrganizationOrPlace(string word) =>
        (GazetteerBits(word) & ((1 << Tagging.Gazetteer.Organization) | (1 << Tagging.Gazetteer.Gpe) | (1 << Tagging.Gazetteer.Location))) != 0;

    internal static bool IsKnownName(string word) =>
        (GazetteerBits(word) & ((1 << Tagging.Gazetteer.FirstName) | (1 << Tagging.Gazetteer.LastName) | (1 << Tagging.Gazetteer.Person))) != 0;

    /// <summary>Honorifics that also open names of things ("Miss Universe", "Lady Bird Lake", "Lord Howe Island").</summary>
    private static bool IsCourtesyException(string text, Token token) =>
        text.AsSpan(token.Start, token.Length) is "Miss" or "Lady" or "Lord" or "Sir" or "Dame";

    private static bool IsFacilityWord(ReadOnlySpan<char> w) =>
        w is "Hospital" or "Island" or "Islands" or "Lake" or "College" or "University" or "School" or "Foundation" or "Hall"
            or "Centre" or "Center" or "Institute" or "Street" or "Road" or "Park" or "Bridge" or "House" or "Trust" or "Fund"
            or "Prize" or "Award" or "Stadium" or "Airport" or "Museum" or "Library" or "Church" or "Cathedral" or "Mountain"
            or "River" or "Bay" or "County" or "City" or "Square" or "Theatre" or "Theater" or "Group" or "Company" or "Inc";

    private static bool AllCapitalizedWords(string text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(text[tokens[t].Start]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Names that are not people: one entity can be typed differently by the tagger in different sentences.</summary>
    internal static bool IsThingName(EntityType type) =>
        type == EntityType.Organization || type == EntityType.Gpe || type == EntityType.Location || type == EntityType.Misc;

    private static bool IsThe(string text, Token token) => text.AsSpan(token.Start, token.Length).Equals("the", StringComparison.OrdinalIgnoreCase);

    private static int FindExact(Item item, List<Group> clusters, Dictionary<string, List<int>> byCore)
    {
        if (byCore.TryGetValue(item.Key, out List<int>? list))
        {
            foreach (int c in list)
            {
                if (clusters[c].Type == item.Mention.Type && !clusters[c].OtherPossessor(item)) return c;
            }
        }

        return -1;
    }

    private static int FindName(Item item, List<Group> clusters, Dictionary<string, List<int>> byCore)
    {
        EntityType type = item.Mention.Type;
        if (byCore.TryGetValue(item.Key, out List<int>? same))
        {
            foreach (int c in same)
            {
                if (Compatible(clusters[c].Type, type) && !clusters[c].OtherPossessor(item)) return c;
            }

            // "Heaven Sent Gaming" or "Google" tagged LOC here and ORG there is one name. Not a place the gazetteer
            // knows: "Japan" or "Papua New Guinea" the team (ORG) and the country (LOC) are two entities of a sports page.
            bool knownPlace = IsKnownPlacePhrase(item.Words);
            foreach (int c in same)
            {
                if (!knownPlace && IsThingName(clusters[c].Type) && IsThingName(type) && !clusters[c].OtherPossessor(item)) return c;
            }
        }

        string[] words = item.Words;
        int best = -1;
        int bestScore = 0;

        // Fuzzy matches (surnames, initials, acronyms, misspellings) are sought among the latest MaxCandidates
        // entities only, so a text of thousands of distinct names stays linear; exact names are found above whatever
        // their number.
        int from = Math.Max(0, clusters.Count - MaxCandidates);
        for (int c = from; c < clusters.Count; c++)
        {
            Group cluster = clusters[c];
            if (cluster.OtherPossessor(item))
            {
                continue;
            }

            string[] name = cluster.Canonical.Words;
            int score = 0;
            if (cluster.Type == EntityType.Person && name.Length > 1)
            {
                if (words.Length == 1 && (type == EntityType.Person || item.TitleInside is not null))
                {
                    // Surname ("Merkel"), or first name for a person the article names in full.
                    if (Same(words[0], name[^1])) score = 3;
                    else if (type == EntityType.Person && Same(words[0], name[0])) score = 1;
                    else if (type == EntityType.Person && Misspelled(words[0], name[^1])) score = 2;
                    else if (type == EntityType.Person && MisspelledTwice(words[0], name[^1])) score = 1;
                }
                else if (words.Length == 1 && (type == EntityType.Gpe || type == EntityType.Location) && Same(words[0], name[^1])
                         && words[0].Length > 2 && !IsKnownPlace(words[0]))
                {
                    score = 3; // "Nyerere arrived in Rome" tagged a place after "Julius Nyerere": his surname (not one the gazetteer knows as a place)
                }
                else if (type == EntityType.Person && words.Length > 1 && Same(words[^1], name[^1])
                         && (Same(words[0], name[0]) || IsInitialOf(words[0], name[0]) || IsInitialOf(name[0], words[0])))
                {
                    score = 3;
                }
                else if (type == EntityType.Person && words.Length > 1 && words.Length < name.Length && EntityPipeline.IsNameParticle(words[0])
                         && EndsWithWords(name, words))
                {
                    score = 3; // "De la Garza" for "Luis de la Garza": the surname with its particles, the first capitalized
                }
                else if (type == EntityType.Person && words.Length == name.Length && Misspelled(item.Joined, cluster.Canonical.Joined))
                {
                    score = 2;
                }
            }
            else if (cluster.Type == EntityType.Organization && words.Length == 1 && name.Length > 1 && type == EntityType.Organization
                     && Same(words[0], name[0]) && char.IsUpper(words[0][0])
                     && (CompanyNameRecognizer.IsCompanyTail(cluster.Canonical.Joined) || EntityPipeline.IsClubName(cluster.Canonical.Joined)))
            {
                // "Trellis" for "Trellis Inc", "Halvorsen" for "Halvorsen Foods Inc", "Kingsmere" for "Kingsmere Athletic": a company's or a club's name without its legal
                // form or line of business (a person's mention of that word is retyped first where the article bears it
                // out: EntityPipeline.CompaniesByContext).
                score = 3;
            }
            else if (cluster.Type != EntityType.Person && (Compatible(cluster.Type, type) || (IsThingName(type) && IsThingName(cluster.Type))))
            {
                if ((words.Length == 1 && IsAcronymOf(item.Core, name)) || (name.Length == 1 && IsAcronymOf(cluster.Canonical.Core, words)))
                {
                    // Whatever the two were tagged ("VM" ORG for "Virtual Microscope" MISC).
                    score = 3;
                }
                else if (Misspelled(item.Core, cluster.Canonical.Core)
                         && (Compatible(cluster.Type, type) || (words.Length > 1 && !IsKnownPlacePhrase(words) && !IsKnownPlacePhrase(name))))
                {
                    // "Cyclone Phalin" (LOC) for "Cyclone Phailin" (ORG): a long name misspelled, whatever its type.
                    score = 2;
                }
                // Past here other kinds (MISC and ORG, say) do not meet: only through an acronym or a misspelling above.
                else if ((Compatible(cluster.Type, type) || (type == EntityType.Organization && IsPlace(cluster.Type)) || (IsPlace(type) && cluster.Type == EntityType.Organization))
                         && item.Definite && words.Length == 1 && name.Length > 1 && IsThingName(type) && char.IsUpper(words[0][0]) && words[0].Length > 2
                         && Same(words[0], name[0]) && (name[1] is "of" || Array.Exists(StormHeads, h => Same(h, words[0]))) && !EntityPipeline.IsAllCaps(words[0]) && !IsKnownPlace(words[0]) && !EntityLexicons.Phrases.Is(Tagging.StableHash.OfLower(words[0]), EntityLexicons.Norp))
                {
                    // "the Church" for "Church of Scientology", "the University" for "University of Southern Indiana",
                    // "the Cyclone" for "Cyclone Phailin": the head noun of a name the article used, with "the" (the
                    // word before "of", or a storm's; not "the Mets" for "Mets Poet").
                    score = 1;
                }
                else if (words.Length == 1 && name.Length > 1 && Compatible(cluster.Type, type)
                         && char.IsUpper(words[0][0]) && words[0].Length > 3 && Same(words[0], name[^1])
                         && !(IsKnownPlace(words[0]) && !Array.Exists(name, w => w is "of")))
                {
                    // "Phailin" for "Cyclone Phailin", "Ireland" for "Republic of Ireland"; not "Australia" for
                    // "South Australia", a place of its own.
                    score = 1;
                }
            }

            // Ties go to the most recent entity mentioned before this one.
            // (Two people of one surname, "Margarethe Olsson" and her daughter "Karin Olsson": the surname alone is the one the
            // article introduced first, its subject; relatives are named in full.)
            bool sharedSurname = score == 3 && words.Length == 1 && best >= 0 && cluster.Type == EntityType.Person && clusters[best].Type == EntityType.Person;
            if (score > bestScore || (score == bestScore && score > 0 && (sharedSurname ? FirstBefore(cluster, clusters[best]) : Closer(cluster, best, clusters, item.Index))))
            {
                best = c;
                bestScore = score;
            }
        }

        if (best < 0 && type == EntityType.Person && words.Length == 1 && words[0].Length > 3 && char.IsUpper(words[0][0]) && !IsKnownName(words[0]))
        {
            // "Phailin" (tagged as a person) in an article about "Cyclone Phailin", when no person has that name and
            // it is no known first name or surname.
            for (int c = from; c < clusters.Count; c++)
            {
                if (IsThingName(clusters[c].Type) && EndsWithWord(clusters[c], words[0], StormHeads)
                    && (best < 0 || Closer(clusters[c], best, clusters, item.Index)))
                {
                    best = c;
                }
            }
        }

        return best;
    }

    private const int MaxCandidates = 1000;

    private static readonly string[] StormHeads = ["Cyclone", "Hurricane", "Typhoon", "Storm", "Tropical", "Tornado", "Blizzard", "Wildfire"];

    /// <summary>
    /// Whether one of the first mentions of <paramref name="cluster"/> is a longer name that starts with one of
    /// <paramref name="heads"/> and ends in <paramref name="word"/> ("Cyclone Phailin" for "Phailin"; not "Dolce &amp;
    /// Gabbana" for "Gabbana").
    /// </summary>
    private static bool EndsWithWord(Group cluster, string word, string[] heads)
    {
        int n = Math.Min(cluster.Items.Count, 16);
        for (int k = 0; k < n; k++)
        {
            string[] w = cluster.Items[k].Words;
            if (w.Length > 1 && Same(word, w[^1]) && Array.Exists(heads, h => Same(h, w[0])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FirstBefore(Group candidate, Group current) => FirstIndex(candidate) < FirstIndex(current);

    private static int FirstIndex(Group c)
    {
        int first = int.MaxValue;
        foreach (Item i in c.Items)
        {
            first = Math.Min(first, i.Index);
        }

        return first;
    }

    private static bool Closer(Group candidate, int current, List<Group> clusters, int index)
    {
        if (current < 0) return true;
        return LastBefore(candidate, index) > LastBefore(clusters[current], index);
    }

    private static int LastBefore(Group c, int index)
    {
        int last = -1;
        foreach (Item i in c.Items)
        {
            if (i.Index < index && i.Index > last) last = i.Index;
        }

        return last;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool IsInitialOf(string initial, string name) =>
        initial.Length <= 2 && name.Length > 2 && char.ToUpperInvariant(initial[0]) == char.ToUpperInvariant(name[0]) && (initial.Length == 1 || initial[1] == '.');

    /// <summary>
    /// "WHO" for "World Health Organization", "U.S." for "United States" (function words skipped), "LV" for the one
    /// word "LibriVox" whose capitals each open a part.
    /// </summary>
    internal static bool IsAcronymOf(string acronym, string[] words)
    {
        if (words.Length == 1) return IsAcronymOfParts(acronym, words[0]);
        if (words.Length < 2 || acronym.Length < 2 || acronym.Length > 12) return false;
        Span<char> letters = stackalloc char[acronym.Length];
        int n = 0;
        foreach (char ch in acronym)
        {
            if (char.IsUpper(ch)) letters[n++] = ch;
            else if (ch != '.' && ch != '&') return false;
        }

        if (n < 2) return false;
        int k = 0;
        foreach (string w in words)
        {
            if (w is "of" or "the" or "and" or "for" or "&" or "de" or "on" or "in") continue;
            if (k >= n || char.ToUpperInvariant(w[0]) != letters[k]) return false;
            k++;
        }

        return k == n;
    }

    /// <summary>"LV" for "LibriVox", "PS" for "PlayStation": every capital of the word opens a lower-case part.</summary>
    private static bool IsAcronymOfParts(string acronym, string word)
    {
        if (acronym.Length < 2 || acronym.Length > 6 || word.Length < 4 || !char.IsUpper(word[0])) return false;
        int k = 0;
        for (int i = 0; i < word.Length; i++)
        {
            if (!char.IsUpper(word[i])) continue;
            if (i + 1 >= word.Length || !char.IsLower(word[i + 1]) || k >= acronym.Length || acronym[k] != word[i]) return false;
            k++;
        }

        return k == acronym.Length && k >= 2;
    }

    /// <summary>
    /// A long surname misspelled twice over ("Bauchtman" for "Buchtmann"): eight letters or more, the same capital,
    /// lengths at most one apart ("Williams" is not "Williamson"), optimal string alignment distance 2.
    /// </summary>
    private static bool MisspelledTwice(string a, string b)
    {
        if (a.Length < 8 || b.Length < 8 || Math.Abs(a.Length - b.Length) > 1 || a[0] != b[0] || !char.IsUpper(a[0]) || Same(a, b))
        {
            return false;
        }

        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> row = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            int best = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                int d = Math.Min(Math.Min(prev[j] + 1, row[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, prev2[j - 2] + 1);
                row[j] = d;
                best = Math.Min(best, d);
            }

            if (best > 2) return false;
            Span<int> t = prev2;
            prev2 = prev;
            prev = row;
            row = t;
        }

        return prev[b.Length] <= 2;
    }

    /// <summary>Edit distance exactly 1, same capital first letter, names of five letters or more.</summary>
    private static bool Misspelled(string a, string b)
    {
        if (a.Length < 5 || b.Length < 5 || Math.Abs(a.Length - b.Length) > 1 || a[0] != b[0] || !char.IsUpper(a[0]) || Same(a, b))
        {
            return false;
        }

        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            // Substitution or adjacent transposition ("Merkle" for "Merkel").
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : b.AsSpan(i + 1).SequenceEqual(a.AsSpan(i));
    }

    private static void AttachTitles(string text, ReadOnlySpan<Token> tokens, List<Item> items, List<Group> clusters)
    {
        for (int m = 0; m < items.Count; m++)
        {
            Item item = items[m];
            if (item.Cluster < 0 || item.Mention.Type != EntityType.Person) continue;
            Group cluster = clusters[item.Cluster];
            if (item.TitleInside is { } inside) cluster.Titles.Add(inside);

            // "Downing Street spokesman James Slack": a TITLE right before, with the names right before it.
            if (m > 0 && items[m - 1].Mention.Type == EntityType.Title && OnlySpace(text, items[m - 1].Mention.Span.End, item.Mention.Span.Start))
            {
                int start = items[m - 1].Mention.Span.Start;
                for (int k = m - 2; k >= 0 && IsQualifier(items[k].Mention.Type) && OnlySpace(text, items[k].Mention.Span.End, start); k--)
                {
                    start = items[k].Mention.Span.Start;
                }

                cluster.Titles.Add(text[start..items[m - 1].Mention.Span.End]);
            }

            // "Gov. Raymond Ellery", "Lt. Gov. Dan Patrick": an abbreviated title right before, written out, so that "the
            // governor" and "the lieutenant governor" find the person later.
            if (AbbreviatedTitleBefore(text, tokens, item.Mention.Span.Start) is { } written)
            {
                cluster.Titles.Add(written);
            }

            // "James Slack, the Downing Street spokesman": an apposition after the name.
            int next = m + 1;
            if (next < items.Count && item.End < tokens.Length && text.AsSpan(tokens[item.End].Start, tokens[item.End].Length) is ",")
            {
                int from = item.End + 1;
                if (from < tokens.Length && text.AsSpan(tokens[from].Start, tokens[from].Length) is "the" or "a" or "an") from++;
                if (from >= tokens.Length) continue;
                int start = tokens[from].Start;
                int pos = start;
                int k = next;
                while (k < items.Count && items[k].Mention.Span.Start == pos || (k < items.Count && OnlySpace(text, pos, items[k].Mention.Span.Start)))
                {
                    if (items[k].Mention.Type == EntityType.Title)
                    {
                        cluster.Titles.Add(text[start..items[k].Mention.Span.End]);
                        break;
                    }

                    if (!IsQualifier(items[k].Mention.Type)) break;
                    pos = items[k].Mention.Span.End;
                    k++;
                }
            }
        }
    }

    private static readonly Dictionary<string, string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        ["Gov."] = "Governor", ["Sen."] = "Senator", ["Rep."] = "Representative", ["Lt."] = "Lieutenant", ["Gen."] = "General",
        ["Col."] = "Colonel", ["Capt."] = "Captain", ["Sgt."] = "Sergeant", ["Det."] = "Detective", ["Insp."] = "Inspector",
        ["Supt."] = "Superintendent", ["Adm."] = "Admiral", ["Maj."] = "Major", ["Cmdr."] = "Commander", ["Atty."] = "Attorney",
        ["Prof."] = "Professor", ["Amb."] = "Ambassador", ["Cpl."] = "Corporal", ["Sec."] = "Secretary", ["Supt"] = "Superintendent",
    };

    /// <summary>
    /// The written-out title of one or two abbreviations right before a name ("Gov." -> "Governor", "Lt. Gov." ->
    /// "Lieutenant Governor", "Atty. Gen." -> "Attorney General"), or null.
    /// </summary>
    private static string? AbbreviatedTitleBefore(string text, ReadOnlySpan<Token> tokens, int nameStart)
    {
        int t = Token.IndexAt(tokens, nameStart) - 1;
        if (t < 0 || !OnlySpace(text, tokens[t].End, nameStart)
            || !TitleAbbreviations.TryGetValue(text.Substring(tokens[t].Start, tokens[t].Length), out string? title))
        {
            return null;
        }

        if (t > 0 && OnlySpace(text, tokens[t - 1].End, tokens[t].Start)
            && TitleAbbreviations.TryGetValue(text.Substring(tokens[t - 1].Start, tokens[t - 1].Length), out string? first))
        {
            title = first + " " + title;
            t--;
        }

        // "Florida Sen. Marco Rubio", "New Jersey Gov. Chris Christie": the place the title is of, one the gazetteer knows
        // ("In Sen. Mark Ruggles's view" has none).
        for (int place = Math.Max(0, t - 2); place < t; place++)
        {
            bool adjacent = true;
            for (int k = place; k < t && adjacent; k++)
            {
                adjacent = tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start]) && OnlySpace(text, tokens[k].End, tokens[k + 1].Start);
            }

            if (!adjacent)
            {
                continue;
            }

            string[] words = new string[t - place];
            for (int k = place; k < t; k++)
            {
                words[k - place] = text.Substring(tokens[k].Start, tokens[k].Length);
            }

            if (IsKnownPlacePhrase(words))
            {
                return text[tokens[place].Start..tokens[t - 1].End] + " " + title;
            }
        }

        return title;
    }

    private static bool IsQualifier(EntityType type) =>
        type == EntityType.Organization || type == EntityType.Gpe || type == EntityType.Location || type == EntityType.Nationality;

    private static bool OnlySpace(string text, int from, int to)
    {
        if (to < from) return false;
        foreach (char c in text.AsSpan(from, to - from))
        {
            if (c is not (' ' or '\u00A0')) return false;
        }

        return true;
    }
}
