using Byline.Internal;

namespace Byline.Quotes;

/// <summary>
/// Closed word classes the quote rules need around a cue: pronouns, determiners, the auxiliaries and adverbs that sit
/// between a subject and its verb, words that end a noun phrase, and role words. Grammar, not vocabulary: the open
/// lists (cues, roles) live in <c>Resources/*.txt</c>.
/// </summary>
internal static class QuoteWords
{
    public static readonly SpanSet PersonalPronouns = new(["he", "she", "they", "i", "we", "it", "you"], ignoreCase: true);

    public static readonly SpanSet ObjectPronouns = new(["him", "her", "them", "us", "me", "you", "it"], ignoreCase: true);

    public static readonly SpanSet Determiners = new(
        ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some", "many",
         "several", "other", "another", "each", "every", "all", "both", "any", "no", "one", "two", "three", "four", "five",
         "most", "few", "such", "more", "numerous", "various", "top"], ignoreCase: true);

    /// <summary>Auxiliaries and adverbs between a subject and its speech verb: "has long said", "also told".</summary>
    public static readonly SpanSet BetweenSubjectAndVerb = new(
        ["also", "has", "have", "had", "'s", "’s", "'ve", "’ve", "'d", "’d", "was", "were", "is", "are", "be", "been",
         "being", "would", "will", "'ll", "’ll", "could", "can", "cannot", "may", "might", "must", "should", "shall", "did", "does",
         "do", "n't", "n’t", "not", "never", "ca", "wo", "later", "then", "previously", "repeatedly", "recently", "once", "often",
         "further", "again", "already", "still", "just", "first", "long", "always", "even", "earlier", "yesterday",
         "today", "tonight", "himself", "herself", "themselves", "itself", "reportedly", "allegedly", "ultimately",
         "subsequently", "initially", "originally", "separately", "privately", "publicly", "openly", "flatly", "only",
         "now", "too", "similarly", "likewise", "however", "meanwhile", "instead", "thus", "therefore", "so",
         "going", "to", "continues", "continued", "went", "on", "has", "last", "week", "night", "year", "month",
         "kept", "keeps", "began", "begun", "begins", "started", "starts", "together", "jointly", "both", "all", "resist",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "since", "here", "there"], ignoreCase: true);

    /// <summary>
    /// Verbs that link a subject to an adjective cue ("economists remain skeptical of", "has been critical of", "appeared
    /// skeptical of"): read in lower case only ("Remain said" names the campaign).
    /// </summary>
    public static readonly SpanSet Copulas = new(
        ["is", "are", "was", "were", "be", "been", "being", "'s", "’s", "'re", "’re", "remain", "remains", "remained", "became", "become",
         "becomes", "grew", "grown", "seem", "seems", "seemed", "appear", "appears", "appeared", "sounded", "sounds",
         "isn", "aren", "wasn", "weren"], ignoreCase: false);

    /// <summary>Adjective cues: they report their object only after a copula ("was critical of"), not after a noun they describe.</summary>
    public static readonly SpanSet AdjectiveCueHeads = new(["critical", "skeptical", "supportive", "concerned"], ignoreCase: true);

    /// <summary>Number words that count people in a share ("one in five say ...") or open a quantity ("about half").</summary>
    public static readonly SpanSet NumberWords = new(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "twice", "dozens", "hundreds", "thousands"],
        ignoreCase: true);

    /// <summary>Lowercase words that cannot be inside a speaker's noun phrase (reading backwards from the verb).</summary>
    public static readonly SpanSet NounPhraseStops = new(
        ["and", "or", "but", "nor", "so", "because", "while", "when", "whenever", "if", "as", "than", "that", "which",
         "who", "whom", "whose", "where", "to", "in", "on", "at", "for", "with", "by", "from", "about", "after", "before",
         "since", "into", "over", "under", "through", "during", "against", "among", "without", "within", "across",
         "behind", "beyond", "per", "via", "is", "was", "are", "were", "be", "been", "has", "have", "had", "not", "n't",
         "what", "how", "why", "there", "here", "said", "says", "say", "told", "also", "then", "though", "although",
         "unless", "until", "like", "just", "even", "only", "yet", "whether", "up", "out", "off", "down", "around",
         "it", "this", "these", "those", "such", "did", "do", "does", "will", "would", "could", "should", "can",
         "may", "might", "must", "shall", "let", "get", "got", "make", "made", "being", "very", "worth", "what", "of"], ignoreCase: true);

    /// <summary>Capitalized words that start a sentence without starting a name.</summary>
    public static readonly SpanSet CapitalizedNonNames = new(
        ["but", "and", "or", "so", "then", "yet", "still", "now", "however", "meanwhile", "instead", "later",
         "earlier", "also", "in", "on", "at", "for", "with", "by", "from", "after", "before", "when", "while", "as", "if",
         "though", "although", "because", "since", "there", "here", "this", "that", "these", "those", "it", "its",
         "what", "how", "why", "where", "who", "yes", "no", "not", "today", "yesterday", "last", "asked", "speaking",
         "during", "under", "over", "according", "well", "indeed", "further", "furthermore", "moreover", "still",
         "separately", "previously", "again", "once", "both", "all", "many", "some", "most", "few", "several",
         "finally", "first", "second", "third", "lastly", "overall", "ultimately"],
        ignoreCase: true);

    /// <summary>Words right after a speech verb that do not start a reported clause ("said goodbye", "told to").</summary>
    public static readonly SpanSet NotClauseStarts = new(
        ["to", "for", "about", "in", "on", "at", "with", "by", "of", "from", "as", "and", "or", "so", "nothing",
         "goodbye", "hello", "yes", "no", "thanks", "thank", "sorry", "little", "much", "very", "anything", "something",
         "otherwise", "though", "earlier", "later", "previously", "recently", "then", "up", "out", "off", "over",
         "into", "during", "after", "before", "since", "because", "than", "like", "via", "amen", "grace", "please",
         "be", "been", "being", "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could",
         "should", "may", "might", "must", "do", "does", "did", "not", "n't", "which", "who", "whom", "where",
         "yesterday", "today", "tomorrow", "again", "once", "twice", "himself", "herself", "themselves", "itself"],
        ignoreCase: true);

    /// <summary>Labels before a colon that are not speakers ("Update:", "Editor's note:").</summary>
    public static readonly SpanSet NotSpeakerLabels = new(
        ["note", "update", "updated", "photo", "photos", "video", "related", "read", "watch", "editor", "editors",
         "correction", "source", "sources", "advertisement", "credit", "image", "listen", "also", "more", "follow",
         "subscribe", "click", "see", "tags", "topics", "filed", "posted", "published", "by", "q", "a", "question",
         "answer", "abstract", "summary", "background", "disclosure", "clarification", "warning", "contact", "email",
         "phone", "share", "tweet", "comments", "caption", "graphic", "map", "chart", "table", "title", "location",
         "date", "time", "when", "where", "what", "why", "how", "who", "the", "this", "here", "there", "breaking",
         "exclusive", "analysis", "opinion", "commentary", "editorial", "review", "live", "latest", "plus", "bonus",
         "contributing", "contributors", "deaths", "stat", "stats", "grandkids", "kids", "retirement", "transcript",
         "excerpt", "excerpts", "byline", "wow", "look", "boom", "revealed", "just", "column", "verdict", "rating", "fact",
         "claim", "re", "fwd", "letters", "letter", "q&a", "explainer", "context", "interview", "profile", "obituary", "essay",
         "podcast", "newsletter", "quiz", "recap", "preview", "sponsored", "about", "media", "press", "investor", "investors"],
        ignoreCase: true);

    /// <summary>Subordinating words that open the writer's own clause after ", and".</summary>
    public static readonly SpanSet Subordinators = new(["when", "while", "if", "after", "as", "because", "though", "although", "before", "since"], ignoreCase: true);

    /// <summary>
    /// A person's own working that reports for them: "Greenberg's research suggests" (not a review, which may be of the
    /// person: "Hale's performance review said").
    /// </summary>
    public static readonly SpanSet WorkingNouns = new(
        ["calculations", "calculation", "analysis", "estimates", "estimate", "count", "tally", "reckoning", "research", "projections", "forecast"],
        ignoreCase: true);

    /// <summary>What an answer answers: "answering questions about his campaign".</summary>
    public static readonly SpanSet QuestionNouns = new(["question", "questions", "query", "queries", "inquiry", "inquiries"], ignoreCase: true);

    /// <summary>Words that open an embedded question after "asked", "wondered", "knows".</summary>
    public static readonly SpanSet WhWords = new(["whether", "if", "how", "why", "what", "when", "where", "who", "which"], ignoreCase: true);

    /// <summary>Words after a comma that end a reported clause: the writer takes over (", although ...").</summary>
    public static readonly SpanSet ClauseBreaks = new(["although", "though", "whereas", "but", "while", "yet"], ignoreCase: true);

    /// <summary>Words in "-ing" that work as prepositions or nouns after a comma, inside the reported words ("including").</summary>
    public static readonly SpanSet ParticiplePrepositions = new(
        ["including", "excluding", "regarding", "concerning", "during", "following", "notwithstanding", "something",
         "nothing", "anything", "everything", "pending", "according", "spending", "funding", "housing", "building",
         "training", "hearing", "meeting", "morning", "evening", "shooting", "bombing", "killing", "polling",
         "spring", "string", "wedding", "ceiling", "earnings", "savings", "feeling", "warming", "offering", "thing",
         "things", "bring", "brings", "swing", "sting", "wing", "wings", "ring", "king", "kings", "sing"],
        ignoreCase: true);

    /// <summary>Auxiliaries that open a second verb phrase of the sentence's subject after "but" ("... but has said ...").</summary>
    public static readonly SpanSet MatrixAuxiliaries = new(
        ["has", "have", "had", "did", "does", "also", "then", "later", "still", "refuses", "refused", "declined", "stopped"],
        ignoreCase: true);

    /// <summary>Words that open the writer's time, place or reason phrase after the object of a judgment.</summary>
    public static readonly SpanSet JudgmentAdjuncts = new(
        ["during", "after", "before", "when", "while", "because", "since", "monday", "tuesday",
         "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "last", "earlier", "often",
         "frequently"],
        ignoreCase: true);

    /// <summary>Days and months, the time adjuncts between a speech verb and what it reports ("announced on Friday ...").</summary>
    public static readonly SpanSet DayAndMonthNames = new(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
         "april", "may", "june", "july", "august", "september", "october", "november", "december"], ignoreCase: true);

    /// <summary>Speech verbs that stand before their speaker at a sentence's end: "..., said Nadia Brooks, a longtime adviser".</summary>
    public static readonly SpanSet InvertingVerbs = new(
        ["said", "says", "say", "added", "adds", "add", "wrote", "writes", "write", "noted", "notes", "note", "explained", "told",
         "recalled", "asked", "continued", "argued", "argues", "argue", "insisted", "insists", "insist", "replied", "responded",
         "warned", "warns", "warn", "cautioned", "contend", "contends", "contended", "acknowledged", "agreed", "agree"], ignoreCase: true);

    private static readonly string[] GapAuxiliaryWords =
        ["is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "can", "might", "may"];

    /// <summary>Auxiliaries that can follow a speech verb inside a relative clause whose subject is the gap ("which he said were ...").</summary>
    public static readonly SpanSet GapAuxiliaries = new(GapAuxiliaryWords, ignoreCase: true);

    /// <summary>Auxiliaries that show a noun phrase before them to be a clause's subject ("and both sides aren't ...").</summary>
    public static readonly SpanSet ClauseAuxiliaries = new([.. GapAuxiliaryWords, "must", "do", "does", "did", "'re", "’re"], ignoreCase: true);

    /// <summary>Auxiliaries and common finite verbs: a phrase holding one is a clause, not a closing description.</summary>
    public static readonly SpanSet FiniteVerbs = new(
        ["is", "was", "are", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
         "could", "should", "may", "might", "must", "shall", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d",
         "n't", "n’t", "not", "get", "got", "gets", "make", "makes", "made", "go", "goes", "went", "need", "needs", "want",
         "wants", "wanted", "take", "takes", "took", "give", "gives", "gave", "see", "sees", "saw", "know", "knows", "knew"],
        ignoreCase: true);

    /// <summary>Words that introduce a relative clause or a participle after a speaker's name ("Smith, who ...").</summary>
    public static readonly SpanSet RelativeStarts = new(["who", "whose", "which", "whom", "that", "where"], ignoreCase: true);

    /// <summary>
    /// Adjuncts that may sit between a speech verb and its reported clause: time, place, medium, occasion, manner, and the
    /// go-between or forum ("said through their lawyer that", "wrote for the majority that").
    /// </summary>
    public static readonly SpanSet VerbAdjuncts = new(
        ["on", "in", "at", "during", "last", "this", "early", "late", "earlier", "later", "yesterday", "today",
         "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
         "afternoon", "evening", "night", "week", "month", "year", "a", "an", "the", "statement", "interview",
         "news", "conference", "briefing", "speech", "rally", "tweet", "post", "email", "e-mail", "letter", "call",
         "remarks", "appearance", "hearing", "with", "to", "also", "again", "repeatedly", "previously", "recently",
         "privately", "publicly", "flatly", "emphatically", "simply", "openly", "candidly", "bluntly", "firmly",
         "immediately", "quickly", "subsequently", "twitter", "facebook", "television", "radio", "tv", "its",
         "his", "her", "their", "written", "emailed", "e-mailed", "prepared", "phone", "telephone", "recent",
         "sunday's", "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "first",
         "presidential", "debate", "campaign", "event", "radio", "afterwards", "afterward", "separately", "notice", "filing",
         "regulatory", "stock", "exchange", "report", "release", "press", "memo", "note", "message", "video", "blog", "online",
         "court", "documents", "papers", "podcast", "newsletter", "annual", "quarterly", "earnings", "update", "majority",
         "unanimous", "opinion", "dissent", "panel", "time", "for", "through", "via", "lawyer", "lawyers", "attorney",
         "attorneys", "spokesman", "spokeswoman", "spokesperson", "representative", "representatives", "interpreter",
         "translator", "then"], ignoreCase: true);

    /// <summary>The age in "52-year-old", or null.</summary>
    public static int? AgeIn(ReadOnlySpan<char> word)
    {
        int dash = word.IndexOf('-');
        return dash > 0 && word[dash..].Equals("-year-old", StringComparison.Ordinal)
               && int.TryParse(word[..dash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int age)
               && age is > 0 and < 130 ? age : null;
    }

    /// <summary>Prepositions that open a phrase of time, place or occasion after a speech verb ("said after the convention", "said outside the court").</summary>
    public static readonly SpanSet OccasionPrepositions = new(
        ["in", "at", "on", "during", "after", "before", "following", "outside", "inside", "ahead", "since", "throughout"],
        ignoreCase: true);

    /// <summary>Verbs of publishing: after a medium, a pronoun and one of them are a relative clause ("a statement he posted").</summary>
    public static readonly SpanSet PublishingVerbs = new(
        ["posted", "released", "issued", "sent", "wrote", "gave", "made", "delivered", "published", "tweeted", "signed", "read",
         "filed", "shared", "recorded", "uploaded", "emailed", "e-mailed", "penned", "authored", "aired", "broadcast"],
        ignoreCase: true);

    /// <summary>Auxiliary and modal verbs that follow a clause's subject: "the city would", "the rules have" (the gap's, and a few more).</summary>
    public static readonly SpanSet Auxiliaries = new([.. GapAuxiliaryWords, "must", "shall", "did", "does", "do"], ignoreCase: true);

    /// <summary>Courts and their hearers before "heard" in a British court report: "Manchester Crown Court heard", "the inquest heard".</summary>
    public static readonly SpanSet CourtHearers = new(
        ["court", "jury", "jurors", "inquest", "tribunal", "hearing", "magistrates", "judge", "inquiry", "committee", "panel", "coroner"],
        ignoreCase: true);

    /// <summary>Proceedings that "continue" after a quote ("The trial continues."): never a speaker.</summary>
    public static readonly SpanSet OngoingProcesses = new(
        ["trial", "hearing", "case", "inquest", "inquiry", "investigation", "search", "debate", "talks", "meeting", "match", "game",
         "fighting", "protest", "protests", "story", "session", "negotiations", "count", "vote", "voting", "campaign"], ignoreCase: true);

    /// <summary>Nouns in "-ic" that can head a speaker's phrase or be one ("the public says", "a critic argues").</summary>
    public static readonly SpanSet NounsInIc = new(["public", "critic", "clinic", "republic", "mechanic", "music", "topic", "logic", "traffic", "rhetoric", "cleric", "medic", "skeptic", "sceptic"], ignoreCase: true);

    /// <summary>Hearers and media after a speech verb; never the speaker ("told reporters", "told CNN").</summary>
    public static readonly SpanSet GenericAddressees = new(
        ["reporters", "journalists", "supporters", "the", "a", "an", "crowd", "audience", "voters", "members",
         "lawmakers", "colleagues", "viewers", "listeners", "readers", "senators", "delegates", "students", "workers",
         "him", "her", "them", "us", "me", "you", "press", "media", "host", "interviewer", "told", "attendees",
         "his", "their", "its", "our", "my", "staff", "aides", "donors", "police", "officers", "detectives",
         "investigators", "parliament", "congress", "jurors", "employees", "shareholders", "investors", "analysts",
         "residents", "parents", "fans", "deputies", "troopers", "dispatchers", "agents", "prosecutors", "authorities",
         "paramedics", "firefighters", "doctors", "nurses", "judges", "regulators", "followers", "subscribers", "clients",
         "customers", "guests", "delegations", "diplomats", "relatives", "friends", "neighbors", "neighbours", "teammates",
         "players", "council", "councillors", "councilors", "farmers", "troops", "soldiers", "volunteers", "protesters",
         "graduates", "legislators", "parliamentarians", "pollsters", "people", "everyone", "everybody", "anyone", "anybody",
         "audiences", "crowds", "advisers", "advisors", "allies", "leaders", "parishioners", "congregants", "moderator",
         "moderators", "interviewers", "panelists", "others"], ignoreCase: true);

    /// <summary>A campaign's nouns for a person, which any officeholder may be: "the candidate", "the nominee", "the front-runner".</summary>
    public static readonly SpanSet CampaignNouns = new(
        ["candidate", "nominee", "hopeful", "front-runner", "frontrunner", "contender", "challenger", "incumbent"], ignoreCase: true);

    /// <summary>Adjectives a person's description may carry before its noun: "the former Iowa Democrat", "the veteran senator".</summary>
    public static readonly SpanSet DescriptionAdjectives = new(
        ["former", "fellow", "veteran", "moderate", "conservative", "liberal", "progressive", "freshman", "longtime", "outgoing",
         "incoming", "presumptive", "leading", "likely", "eventual", "populist", "centrist", "two-term", "three-term", "first-term",
         "second-term", "defeated", "retiring", "embattled"], ignoreCase: false);

    /// <summary>Nouns of a feeling or stance that a speaker expresses or voices ("expressed concern about ...").</summary>
    public static readonly SpanSet FeelingNouns = new(
        ["concern", "concerns", "confidence", "fear", "fears", "alarm", "frustration", "doubt", "doubts", "hope", "hopes", "support", "interest",
         "optimism", "skepticism", "scepticism", "regret", "outrage", "anger", "dismay", "disappointment", "opposition", "sympathy", "gratitude",
         "surprise", "satisfaction", "reservations", "misgivings", "worry", "worries", "displeasure", "admiration", "condolences", "solidarity",
         "unease", "disgust", "anxiety", "optimism", "pessimism", "enthusiasm", "appreciation"], ignoreCase: true);

    /// <summary>Past forms of plain verbs of saying, which after "and" report again rather than tell a deed ("... and said", "... and called on").</summary>
    public static readonly SpanSet SayingPasts = new(
        ["said", "called", "told", "added", "noted", "argued", "stressed", "insisted", "warned", "urged", "claimed", "asserted", "explained",
         "suggested", "wrote", "tweeted", "declared", "announced", "vowed", "promised", "pledged", "praised", "criticized", "accused", "blamed"], ignoreCase: true);

    /// <summary>Words that start a clause, or its subject, after a speech verb.</summary>
    public static readonly SpanSet ClauseStarts = new(
        ["he", "she", "they", "i", "we", "it", "you", "there", "the", "a", "an", "his", "her", "their", "its", "our",
         "my", "your", "this", "these", "those", "some", "many", "several", "no", "none", "nobody",
         "everyone", "everybody", "everything", "someone", "somebody", "something", "anyone", "anything", "all",
         "both", "each", "every", "most", "more", "only", "if", "when", "while", "because", "what", "how", "why",
         "whether", "any", "one", "two", "three", "such", "neither", "either", "much", "another", "other", "others",
         "too", "not", "next", "last", "half"], ignoreCase: true);

    /// <summary>Honorifics and role words removed from the front of a speaker's name.</summary>
    public static readonly SpanSet NameTitles = new(
        ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "senator", "rep", "rep.",
         "representative", "gov", "gov.", "governor", "mayor", "president", "vice", "secretary", "minister",
         "chancellor", "judge", "justice", "gen", "gen.", "general", "col", "col.", "adm", "adm.", "sgt", "sgt.",
         "lt", "lt.", "capt", "capt.", "chief", "ceo", "chairman", "chairwoman", "chair", "director", "spokesman",
         "spokeswoman", "spokesperson", "councilman", "councilwoman", "councilor", "councillor", "commissioner",
         "attorney", "prosecutor", "sheriff", "officer", "detective", "professor", "prof", "prof.", "rev", "rev.",
         "pope", "king", "queen", "prince", "princess", "lord", "lady", "sir", "dame", "former", "candidate",
         "nominee", "leader", "speaker", "ambassador", "deputy", "assistant", "press", "campaign", "manager",
         "republican", "democratic", "democrat", "gop", "presidential", "the", "state", "house", "senate", "majority",
         "minority", "whip", "first", "coach", "premier", "economist", "analyst", "author", "pastor", "bishop",
         "cardinal", "sheikh", "rabbi", "gop", "u.s.", "us", "federal", "lawmaker", "congressman", "congresswoman",
         "businessman", "billionaire", "activist", "strategist", "adviser", "advisor", "pollster", "founder",
         "executive", "treasurer", "superintendent", "principal", "dean", "officials", "official"], ignoreCase: true);

    /// <summary>Person-like role nouns: the head of a description a later "the spokeswoman said" refers back to.</summary>
    public static readonly SpanSet Roles = new(
        ["spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser", "advisor", "strategist",
         "director", "chairman", "chairwoman", "chair", "secretary", "minister", "senator", "governor", "mayor",
         "president", "ceo", "cfo", "coo", "cto", "executive", "lawyer", "attorney", "prosecutor", "sheriff", "chief", "manager",
         "analyst", "economist", "professor", "commissioner", "councilman", "councilwoman", "candidate", "nominee",
         "leader", "ambassador", "judge", "justice", "representative", "congressman", "congresswoman", "pollster",
         "founder", "researcher", "scientist", "expert", "author", "co-author", "officer", "detective", "coach", "owner", "physician",
         "doctor", "surgeon", "nurse", "teacher", "principal", "treasurer", "superintendent", "activist", "organizer",
         "lawmaker", "source", "sources", "officials", "witness", "resident", "voter", "chancellor", "premier", "envoy",
         "diplomat", "negotiator", "commander", "general", "admiral", "colonel", "captain", "sergeant", "lieutenant",
         "inspector", "investigator", "trooper", "firefighter", "pastor", "bishop", "priest", "rabbi", "imam", "pope",
         "king", "queen", "prince", "princess", "dean", "editor", "historian", "consultant", "legislator", "delegate"], ignoreCase: true);

    /// <summary>
    /// Singular nouns news copy uses for the person just quoted or just named: "the forward said", "the teenager added", "the
    /// defendant told", "the actress told Vogue", "said the logistics executive", "the cleric said" (family relations, "said
    /// the father of three", are <see cref="MaleRelations"/> and <see cref="FemaleRelations"/>). (Not "the businessman" or "the
    /// host": those more often bring in someone new.)
    /// </summary>
    public static readonly SpanSet PersonNouns = new(
        ["forward", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "batsman", "batter", "bowler", "pitcher",
         "quarterback", "skipper", "sprinter", "swimmer", "golfer", "boxer", "cyclist", "skier", "rookie", "youngster", "teenager",
         "defendant", "player", "veteran", "champion", "boss", "singer", "actress", "actor", "rapper", "musician", "comedian",
         "filmmaker", "songwriter", "star", "novelist", "crooner", "executive", "cleric", "pastor", "priest", "imam", "rabbi",
         "entrepreneur", "chef", "artist", "poet"], ignoreCase: false);

    /// <summary>
    /// Nouns of the writer's comment in apposition to a report: ", a claim the rebels denied", ", a move that surprised
    /// investors", ", a figure that could not be verified", ", an ambitious goal that ...".
    /// </summary>
    public static readonly SpanSet CommentNouns = new(
        ["claim", "claims", "move", "figure", "figures", "step", "decision", "charge", "charges", "allegation", "allegations",
         "assertion", "accusation", "number", "estimate", "sign", "signal", "development", "reversal", "departure", "contention",
         "remarks", "comments", "comment", "remark", "goal", "target", "outcome", "prospect", "possibility", "scenario",
         "characterization", "description", "account", "version", "reference", "nod", "jab", "dig", "swipe", "shift", "proposal", "plan",
         "idea", "measure", "program", "programme", "policy", "deal"],
        ignoreCase: false);

    /// <summary>Makers of a work before "of" and its title: "the author of "iGen"", "the host of "Morning Joe"".</summary>
    public static readonly SpanSet MakerNouns = new(
        ["author", "co-author", "host", "co-host", "star", "creator", "director", "producer", "writer", "editor"], ignoreCase: true);

    /// <summary>Prepositions of place: a country or city after them is where something happens ("met in Ohio").</summary>
    public static readonly SpanSet PlacePrepositions = new(
        ["in", "at", "across", "throughout", "near", "into", "inside", "around", "within"], ignoreCase: true);

    /// <summary>Verbs that give a name rather than report words: "which the company calls "Liquid Glass"".</summary>
    public static readonly SpanSet NamingVerbs = new(
        ["calls", "called", "call", "dubbed", "dubs", "terms", "termed", "nicknamed", "labeled", "labelled", "brands", "branded", "names"],
        ignoreCase: true);

    /// <summary>Verbs of making a work, before its title in quotation marks: "wrote "The Long Road"".</summary>
    public static readonly SpanSet WorkVerbs = new(["wrote", "writes", "published", "directed"], ignoreCase: true);

    /// <summary>The adjective of a demonym noun: "Swedish" for "Swede", "French" for "Frenchman"; the noun itself where they are one ("German").</summary>
    public static string DemonymAdjective(ReadOnlySpan<char> noun) => noun switch
    {
        "Swede" => "Swedish",
        "Spaniard" => "Spanish",
        "Frenchman" or "Frenchwoman" => "French",
        "Dutchman" or "Dutchwoman" => "Dutch",
        "Englishman" or "Englishwoman" => "English",
        "Irishman" or "Irishwoman" => "Irish",
        "Scotsman" or "Scotswoman" or "Scot" => "Scottish",
        "Welshman" or "Welshwoman" => "Welsh",
        "Dane" => "Danish",
        "Finn" => "Finnish",
        "Pole" => "Polish",
        "Turk" => "Turkish",
        "Briton" or "Brit" => "British",
        "Icelander" => "Icelandic",
        "Argentine" => "Argentinian",
        _ => noun.ToString(),
    };

    /// <summary>Singular nouns for a person of a nation: "the Spaniard", "the Frenchman", "the Norwegian".</summary>
    public static readonly SpanSet Demonyms = new(
        ["Spaniard", "Frenchman", "Frenchwoman", "Dutchman", "Dutchwoman", "Englishman", "Englishwoman", "Irishman", "Irishwoman",
         "Scotsman", "Scotswoman", "Welshman", "Welshwoman", "Scot", "Swede", "Dane", "Finn", "Pole", "Turk", "Norwegian", "Italian",
         "German", "Brazilian", "Argentine", "Argentinian", "Australian", "Canadian", "American", "Portuguese", "Belgian",
         "Croatian", "Serb", "Serbian", "Russian", "Ukrainian", "Georgian", "Nigerian", "Ghanaian", "Senegalese", "Egyptian",
         "Moroccan", "Algerian", "Tunisian", "Cameroonian", "Ivorian", "Japanese", "Chinese", "Korean", "Indian", "Pakistani",
         "Iranian", "Iraqi", "Israeli", "Saudi", "Greek", "Austrian", "Hungarian", "Czech", "Slovak", "Romanian", "Bulgarian",
         "Mexican", "Colombian", "Chilean", "Uruguayan", "Peruvian", "Venezuelan", "Ecuadorian", "Kiwi", "Jamaican", "Kenyan",
         "Ethiopian", "South African", "Swiss", "Icelander", "Estonian", "Latvian", "Lithuanian", "Slovenian", "Bosnian", "Albanian",
         "Filipino", "Indonesian", "Malaysian", "Vietnamese", "Thai", "Afghan", "Syrian", "Lebanese", "Jordanian", "Palestinian"],
        ignoreCase: false);

    /// <summary>Gatherings one tells something: "told a news conference", "told a rally in Ohio", "told the hearing".</summary>
    public static readonly SpanSet Gatherings = new(
        ["conference", "briefing", "rally", "hearing", "meeting", "gathering", "summit", "audience", "crowd", "forum", "session",
         "convention", "congregation", "assembly", "panel", "committee", "commission", "jury", "court"], ignoreCase: true);

    /// <summary>
    /// Adjectives an infinitive completes after a copula: "are more likely to say", "was quick to deny". (Not "unable",
    /// "unwilling", "reluctant": "Police were unable to say whether ..." reports nothing said.)
    /// </summary>
    public static readonly SpanSet RaisingAdjectives = new(
        ["likely", "unlikely", "able", "willing", "quick", "eager", "ready", "careful", "happy", "prepared", "inclined", "keen",
         "anxious", "apt", "prone", "free"], ignoreCase: true);

    /// <summary>The word right before a count that makes it approximate: "at least 21,000", "more than 200", "up to 12", "just under 300".</summary>
    public static readonly SpanSet CountApproximations = new(
        ["least", "than", "nearly", "almost", "about", "some", "roughly", "over", "around", "approximately", "to", "under", "only",
         "just"], ignoreCase: true);

    /// <summary>Words of degree before an adjective: "slightly more likely", "far less willing", "all too ready" (no negation:
    /// "is not likely to admit" reports nothing).</summary>
    public static readonly SpanSet DegreeWords = new(
        ["more", "less", "most", "least", "far", "much", "very", "even", "so", "too", "all", "somewhat", "rather", "quite",
         "still", "also", "always", "often", "twice", "as"], ignoreCase: true);

    /// <summary>Verbs of taking the floor before an infinitive of purpose: "took to Twitter to accuse", "went on CNN to deny",
    /// "used the speech to call for", "held a news conference to announce".</summary>
    public static readonly SpanSet PurposeVerbs = new(
        ["took", "takes", "take", "went", "goes", "go", "used", "uses", "use", "held", "holds", "appeared", "appears", "came",
         "comes", "stepped", "steps", "rose", "rises", "returned", "returns", "traveled", "travelled", "travels", "visited",
         "visits", "turned", "turns", "called", "calls", "convened", "convenes", "seized", "seizes", "interrupted", "paused",
         "stopped", "logged", "wrote", "writes", "penned", "pens", "published", "publishes", "released", "releases", "issued",
         "issues", "gathered", "gather", "rallied", "met", "meets", "spoke", "speaks", "sat", "stood", "stands", "arrived", "arrives"], ignoreCase: false);

    /// <summary>Words before "to" that make the infinitive no purpose of the clause's subject: "yet to say", "able to say".</summary>
    public static readonly SpanSet NotPurposeBefore = new(
        ["yet", "able", "unable", "likely", "unlikely", "set", "due", "about", "need", "needs", "ought", "used", "want", "wants",
         "going", "willing", "unwilling", "ready", "eager", "hesitant", "reluctant", "quick", "first", "last", "only", "right",
         "chance", "time", "opportunity", "way", "how", "what", "where", "when", "whether", "try", "tries", "seem", "seems",
         "appear", "appears", "decline", "declines", "refuse", "refuses", "agree", "agrees", "plan", "plans", "expect",
         "expects", "hope", "hopes", "seek", "seeks", "vow", "vows", "pledge", "pledges", "promise", "promises", "urge",
         "urges", "ask", "asks", "tell", "tells", "continue", "continues", "begin", "begins", "is", "was", "are", "were",
         "be", "been", "him", "her", "them", "us", "me", "it", "you", "free", "forced", "happy", "prepared"], ignoreCase: true);

    private static readonly string[] CompanyNounWords =
        ["company", "firm", "bank", "lender", "retailer", "carmaker", "automaker", "drugmaker", "airline", "insurer", "chipmaker",
         "brokerage", "miner", "producer", "carrier", "manufacturer", "maker", "supplier", "conglomerate", "startup", "operator",
         "utility", "developer", "giant", "exporter", "provider", "platform", "biotech", "agency", "planemaker", "steelmaker",
         "brewer", "broadcaster", "publisher", "streamer", "grocer", "supermarket", "shipper", "railway", "railroad", "label", "consultancy"];

    /// <summary>The words of <see cref="CompanyNouns"/>.</summary>
    public static IReadOnlyList<string> CompanyNounWordsList => CompanyNounWords;

    /// <summary>The organization nouns that name a business or an agency: "the company", "the lender", "the chipmaker".</summary>
    public static readonly SpanSet CompanyNouns = new(CompanyNounWords, ignoreCase: true);

    /// <summary>Words that open the writer's phrase after a mid-sentence attribution: ", the company said, in one of the largest ...".</summary>
    public static readonly SpanSet WritersTailStarts = new(
        ["in", "as", "with", "amid", "after", "before", "despite", "following", "ahead", "which", "while", "since", "during"],
        ignoreCase: false);

    /// <summary>The organization nouns for public bodies, parties and associations, which a company is not: "the ministry", "the council".</summary>
    public static readonly SpanSet BodyNouns = new(
        ["department", "district", "force", "council", "union", "university", "hospital", "ministry", "forecaster", "regulator", "authority",
         "institute", "watchdog", "league", "federation", "association", "coalition", "party", "committee", "commission", "panel", "court"],
        ignoreCase: true);

    /// <summary>Organization nouns of official bodies, which name one body a story keeps to: "the agency", "the ministry".</summary>
    public static readonly SpanSet OfficialBodyNouns = new(
        ["agency", "ministry", "authority", "commission", "institute", "foundation", "association", "council", "board", "bureau", "regulator",
         "university", "college", "hospital"],
        ignoreCase: true);

    /// <summary>The bodies that speak for a person named before them: "Hillary Clinton's campaign", "the Trump camp".</summary>
    public static readonly SpanSet PersonsBodies = new(["campaign", "camp", "team", "office", "administration"], ignoreCase: false);

    /// <summary>People one asks whom a story need not name: "one board member", "a neighbor", "another parent".</summary>
    public static readonly SpanSet AskedPeople = new(
        ["member", "neighbor", "neighbour", "resident", "voter", "parent", "mother", "father", "teacher", "student", "worker", "woman", "man",
         "friend", "colleague", "aide", "staffer", "lawmaker", "customer", "patient", "nurse", "doctor", "officer", "shopper", "passenger",
         "fan", "supporter", "organizer", "volunteer", "employee", "owner", "farmer", "driver", "retiree", "coach", "official"], ignoreCase: false);

    /// <summary>
    /// Documents an organization issues, which speak for it when its name modifies them: "A Government Accountability Office
    /// report found", "the Quinnipiac poll shows", "a Moody's analysis said".
    /// </summary>
    public static readonly SpanSet IssuedDocuments = new(
        ["report", "study", "poll", "survey", "audit", "analysis", "review", "memo", "statement", "filing", "ruling", "investigation",
         "assessment", "estimate", "estimates", "data", "figures", "forecast", "projections", "letter"], ignoreCase: false);

    /// <summary>
    /// Words before an organization that make it another party to a deed, not the one "the company" later means: "sued by
    /// the NAACP", "sold through Amazon and Best Buy", "a deal with Pfizer".
    /// </summary>
    public static readonly SpanSet OtherPartyWords = new(
        ["by", "against", "with", "to", "from", "for", "through", "via", "at", "on", "about", "over", "into", "and", "or", "than",
         "rival", "rivals", "competitor", "competitors"],
        ignoreCase: true);

    /// <summary>Plural units of a duration: "for weeks", "for two years".</summary>
    public static readonly SpanSet DurationUnits = new(["days", "weeks", "months", "years", "decades"], ignoreCase: true);

    /// <summary>Things whose words no one speaks: "a sign says", "the banner read", "her T-shirt said".</summary>
    public static readonly SpanSet WrittenThings = new(
        ["sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "billboard", "billboards", "t-shirt", "t-shirts",
         "shirt", "shirts", "sticker", "stickers", "plaque", "mural", "graffiti", "sweatshirt", "mug", "tattoo"],
        ignoreCase: true);

    /// <summary>Nouns in "-ing" that speak through their content: "the filing shows that", "the ruling says that".</summary>
    public static readonly SpanSet IngNouns = new(
        ["filing", "ruling", "finding", "briefing", "hearing", "listing", "posting", "recording", "reading", "polling", "warning", "offering",
         "writing", "meeting", "ranking", "rating"], ignoreCase: true);

    /// <summary>What a court dismisses: "dismissed his lawsuit", "dismissed the charges against him".</summary>
    public static readonly SpanSet LegalActions = new(
        ["lawsuit", "lawsuits", "suit", "suits", "case", "cases", "charge", "charges", "complaint", "complaints", "appeal", "appeals", "indictment",
         "motion", "petition", "count", "counts"], ignoreCase: true);

    /// <summary>Nouns after "call" that make it a noun: "call centers", "calling card", "call sheets".</summary>
    public static readonly SpanSet CallCompounds = new(["center", "centers", "centre", "centres", "card", "cards", "sheet", "sheets", "log", "logs"], ignoreCase: true);

    /// <summary>
    /// Past forms of what a speaker does besides speaking, and what a thing a report is about cannot do: "said the tragedy showed
    /// ... and again called for", "said rain was likely and issued an alert".
    /// </summary>
    public static readonly SpanSet SpeakerDeeds = new(
        ["issued", "called", "announced", "ordered", "urged", "declared", "launched", "imposed", "lifted", "suspended", "deployed", "filed",
         "signed", "pledged", "vowed", "demanded", "thanked", "welcomed", "praised", "blamed", "criticized", "criticised", "unveiled",
         "proposed", "offered", "appealed", "promised"], ignoreCase: true);

    /// <summary>Places, buildings and vessels that force attacks ("attacked a police station", "attacked the convoy").</summary>
    public static readonly SpanSet PhysicalTargets = new(
        ["station", "stations", "base", "bases", "convoy", "convoys", "village", "villages", "town", "towns", "homes", "houses", "ship", "ships",
         "embassy", "consulate", "checkpoint", "checkpoints", "camp", "camps", "hospital", "hospitals", "church", "mosque", "synagogue",
         "temple", "prison", "barracks", "outpost", "patrol", "vessel", "vessels", "tanker", "train", "bus", "airport", "port", "plant",
         "pipeline", "positions", "building", "buildings", "compound", "headquarters", "school"], ignoreCase: true);

    /// <summary>What one calls that is no judgment: "called the race for ...", "called a snap election", "called an emergency session".</summary>
    public static readonly SpanSet CalledEvents = new(
        ["race", "races", "election", "elections", "session", "meeting", "vote", "strike", "halt", "hearing", "conference", "timeout", "referendum",
         "debate", "recess", "summit", "ceasefire", "truce", "shots", "play", "plays", "foul", "penalty"], ignoreCase: true);

    /// <summary>Verbs that say a claim again or make it, before its noun: "repeated the claim that", "made the false claim that".</summary>
    public static readonly SpanSet ClaimVerbs = new(
        ["repeated", "repeats", "repeating", "repeat", "made", "makes", "making", "make", "reiterated", "reiterates", "echoed", "echoes",
         "renewed", "renews", "pushed", "pushes", "spread", "spreads", "floated", "floats", "advanced"], ignoreCase: true);

    /// <summary>Nouns of saying whose "that" clause is what was said: "the claim that", "his assertion that".</summary>
    public static readonly SpanSet ClaimNouns = new(
        ["claim", "claims", "assertion", "assertions", "allegation", "allegations", "contention", "accusation", "accusations", "charge",
         "falsehood", "lie", "argument", "suggestion", "prediction", "promise", "pledge", "warning", "theory"], ignoreCase: true);

    /// <summary>A role noun, singular or plural: "spokesman", "aides", "advisers".</summary>
    public static bool IsRole(ReadOnlySpan<char> word) =>
        Roles.Contains(word) || word.EndsWith("s", StringComparison.Ordinal) && Roles.Contains(word[..^1]);

    /// <summary>Words of a stretch of time after a speech verb ("reported a few days later", "said ten days ago"): when, not what.</summary>
    public static readonly SpanSet TimeSpanWords = new(
        ["ago", "later", "just", "few", "day", "days", "week", "weeks", "months", "years", "hours", "minutes", "moments",
         "shortly", "soon", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "couple", "of"],
        ignoreCase: true);

    /// <summary>Documents one writes, the object of "wrote" with nothing reported: "wrote a 47-page opinion", "wrote the introduction".</summary>
    public static readonly SpanSet WrittenDocuments = new(
        ["opinion", "dissent", "column", "commentary", "introduction", "foreword", "dissertation", "thesis", "article", "textbook",
         "screenplay", "script", "lyrics", "chapter", "cookbook"], ignoreCase: true);

    /// <summary>Nouns for a work whose title follows in quotation marks: her new film "The Salt Road", the album "Glass Houses".</summary>
    public static readonly SpanSet WorkNouns = new(
        ["film", "movie", "documentary", "album", "song", "single", "track", "book", "memoir", "novel", "biography", "autobiography",
         "thriller", "comedy", "sequel",
         "play", "musical", "show", "series", "sitcom", "drama", "podcast", "programme", "opera", "poem", "painting", "exhibition",
         "essay", "titled", "entitled", "presentation", "seminar", "workshop", "lecture", "exhibit", "festival"], ignoreCase: true);

    /// <summary>Words that end in "s" but are no verbs: possessives, "this", adverbs, some adjectives and nouns in -is.</summary>
    public static readonly SpanSet WordsEndingInS = new(
        ["its", "his", "hers", "ours", "yours", "theirs", "this", "thus", "yes", "whereas", "perhaps", "always", "sometimes",
         "besides", "towards", "afterwards", "nevertheless", "nonetheless", "unless", "various", "numerous", "previous",
         "serious", "famous", "obvious", "dangerous", "enormous", "anonymous", "analysis", "basis", "crisis", "thesis"],
        ignoreCase: true);

    /// <summary>
    /// Past and -ing forms of verbs of a manner of speaking or of a medium that also report a clause with "that" ("yelled that
    /// ...", "objected that ...", "tweeted that ..."), though alone they attribute only words in quotation marks.
    /// </summary>
    public static readonly SpanSet MannersOfSpeaking = new(
        ["yelled", "yelling", "shouted", "shouting", "screamed", "screaming", "whispered", "whispering", "muttered", "cried",
         "objected", "objecting", "protested", "protesting", "groused", "griped", "grumbled", "fumed", "marveled", "marvelled",
         "vented", "ranted", "fretted", "thundered", "bellowed", "barked", "sneered", "scoffed", "sighed", "snapped",
         "interjected", "preached", "railed", "texted", "emailed", "e-mailed", "messaged", "disagreed", "begged", "laughed",
         "chuckled", "deadpanned", "wisecracked", "huffed", "snorted", "reminisced"], ignoreCase: true);

    /// <summary>Modal verbs: "would", "could", "will" ... ("could not be reached").</summary>
    public static readonly SpanSet Modals = new(
        ["would", "could", "will", "can", "should", "might", "may", "must", "shall", "wo", "ca"], ignoreCase: true);

    /// <summary>What a source does when it says nothing more: "did not provide details", "would not comment".</summary>
    public static readonly SpanSet NoCommentVerbs = new(
        ["comment", "respond", "provide", "give", "specify", "disclose", "elaborate", "say", "answer", "return", "confirm",
         "identify", "release", "discuss"], ignoreCase: true);

    /// <summary>Prepositions before a past form that is then an adjective of the noun after it: "despite repeated warnings".</summary>
    public static readonly SpanSet PrepositionsBeforeAdjective = new(["despite", "amid", "after", "with", "of", "for"], ignoreCase: true);

    /// <summary>What is listed or repeated as a deed, not said: "listed its shares", "repeated the mistake", "repeated the third grade".</summary>
    public static readonly SpanSet DeedObjects = new(
        ["shares", "stock", "stocks", "bonds", "mistake", "mistakes", "grade", "year", "feat", "success", "performance", "victory", "title"],
        ignoreCase: true);

    /// <summary>What one calls oneself to ride in, not a name: "called himself a cab".</summary>
    public static readonly SpanSet Rides = new(["cab", "taxi", "ambulance", "uber", "lyft", "car", "ride"], ignoreCase: true);

    /// <summary>What one calls on the phone ("called 911", "called police", "called the hotline"): no one judged.</summary>
    public static readonly SpanSet PhoneTargets = new(
        ["911", "police", "desk", "hotline", "helpline", "switchboard", "number", "office", "line", "dispatcher", "dispatch"],
        ignoreCase: true);

    /// <summary>Broadcasters whose possessive names a show ("NBC's "Meet the Press"").</summary>
    public static readonly SpanSet Broadcasters = new(
        ["NBC", "ABC", "CBS", "CNN", "MSNBC", "CNBC", "PBS", "NPR", "HBO", "BBC", "ESPN", "C-SPAN", "ITV", "CBC", "Fox", "Netflix", "Hulu"],
        ignoreCase: false);

    /// <summary>
    /// Nouns after a show's, a course's or a franchise's title in quotation marks ("the "Squawk Box" program"), beside the
    /// <see cref="WorkNouns"/> read with them.
    /// </summary>
    public static readonly SpanSet ShowNouns = new(
        ["program", "programs", "segment", "broadcast", "reboot", "remake", "franchise", "syllabus", "course", "class",
         "pageant", "contest", "tour", "column", "newsletter", "blog", "channel"], ignoreCase: true);

    /// <summary>Documents and posts a participle cue can hang on ("issued a statement saying ..."): media, never speakers.</summary>
    public static readonly SpanSet Media = new(
        ["statement", "statements", "release", "letter", "memo", "tweet", "tweets", "post", "email", "e-mail", "video", "ad",
         "op-ed", "editorial", "message", "note", "ruling", "guidance", "guidelines", "advisory", "notice", "directive", "bulletin"],
        ignoreCase: true);

    /// <summary>Occasions and outlets of a statement ("in an interview", "at a rally", "in an article"): the writer's
    /// setting of a report, not its content.</summary>
    public static readonly SpanSet Occasions = new(
        ["interview", "interviews", "article", "ruling", "speech", "speeches", "remarks", "appearance", "rally", "conference",
         "diatribe", "debate", "forum", "hearing", "tweets", "posts", "column", "broadcast", "podcast", "briefing", "filing",
         "town-hall", "address", "commercial", "radio", "television", "op-eds", "emails", "videos", "ads", "show", "program",
         "programme"], ignoreCase: true);

    /// <summary>Words after a judged name or pronoun that open the writer's time, place or manner ("endorsed Sanders in
    /// February", "attacked him over the issue") or a second verb ("and organized for him").</summary>
    public static readonly SpanSet ObjectEnds = new(
        ["at", "during", "after", "before", "despite", "here", "there", "early", "ahead", "since", "last", "this",
         "and", "but", "because", "while", "when", "with", "without", "through", "by", "over", "back", "again", "publicly",
         "formally", "outright", "yesterday", "today", "tonight", "earlier", "later", "until", "amid", "following", "weeks",
         "days", "months", "years", "shortly", "just", "only"], ignoreCase: true);

    /// <summary>Prepositions and particles that cannot open a speaker's noun phrase ("including ones", "In", "Following",
    /// "came away convinced", "having referred to").</summary>
    public static readonly SpanSet NotSpeakerStarts = new(
        ["in", "on", "at", "for", "with", "by", "from", "about", "after", "before", "since", "into", "over", "under", "through",
         "during", "against", "among", "without", "within", "across", "behind", "beyond", "per", "via", "between", "despite",
         "including", "following", "regarding", "toward", "towards", "upon", "onto", "amid", "amidst", "having", "away"], ignoreCase: true);

    /// <summary>Times a demonstrative can point at ("the officer in charge that night"): no relative clause follows "that".</summary>
    public static readonly SpanSet TimeOfDayNouns = new(["night", "day", "week", "month", "year", "morning", "afternoon", "evening", "time"], ignoreCase: true);

    /// <summary>Determiners of one thing: a bare verb form after their noun is no verb ("a morning show").</summary>
    public static readonly SpanSet SingularDeterminers = new(["a", "an", "this", "each", "every", "another"], ignoreCase: true);

    private static readonly string[] InstitutionNounWords = ["museum", "gallery", "library", "zoo", "orchestra", "theater", "theatre", "center", "centre"];

    /// <summary>Institutions a description names by a noun their own name holds: "the museum" for "Lakeshore Museum of Art".</summary>
    public static readonly SpanSet InstitutionNouns = new(InstitutionNounWords, ignoreCase: true);

    /// <summary>
    /// Nouns that stand for an organization named earlier: "the company said", "the retailer said", "the force said".
    /// </summary>
    public static readonly SpanSet OrganizationNouns = new(
        [.. CompanyNounWords, "group", "chain", "department", "district", "force", "council", "club", "union", "university",
         "hospital", "charity", "foundation", "ministry", "organization", "organisation", "forecaster", "regulator",
         "network", "newspaper", "studio", "authority", "institute", "watchdog", "business", "brand", "league",
         "federation", "association", "coalition", "nonprofit", "outlet", "paper", "website", "consultancy", "exchange", "fund",
         "major", "lab", "laboratory", "party", "committee", "commission", "panel", "directorate", "alliance", "guild", "trust",
         "court", "team", .. InstitutionNounWords],
        ignoreCase: true);

    /// <summary>
    /// People named by their relation to someone: "Merkel's successor", "his lawyer", "Trump's daughter" name another
    /// person than the possessor.
    /// </summary>
    public static readonly SpanSet RelationNouns = new(
        ["successor", "predecessor", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
         "friend", "partner", "widow", "widower", "niece", "nephew", "cousin", "uncle", "aunt", "grandson",
         "granddaughter", "boss", "deputy", "rival", "opponent", "challenger", "biographer", "lawyer", "lawyers",
         "attorney", "attorneys", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisers",
         "advisor", "advisors", "secretary", "minister", "envoy", "ambassador", "doctor", "coach", "manager", "agent",
         "chief", "director", "chairman", "chairwoman", "president", "executive", "strategist", "pollster",
         "supporters", "critics", "allies", "ally", "staff", "staffer", "staffers"], ignoreCase: true);

    /// <summary>Verbs whose object does what the infinitive after it says: "prompting Usyk to reply", "urged him to say".</summary>
    public static readonly SpanSet PromptingVerbs = new(
        ["prompting", "prompted", "prompt", "prompts", "leading", "led", "causing", "caused", "forcing", "forced", "urging", "urged",
         "inviting", "invited", "encouraging", "encouraged", "pushing", "pushed", "pressing", "pressed", "spurring", "spurred"],
        ignoreCase: true);

    /// <summary>Family relations of a man, before his name: "her husband, Rui Costa".</summary>
    public static readonly SpanSet MaleRelations = new(
        ["husband", "father", "son", "brother", "widower", "grandfather", "grandson", "uncle", "nephew", "boyfriend", "stepfather", "stepson", "dad"],
        ignoreCase: true);

    /// <summary>Family relations of a woman, before her name: "his wife, Keiko Hill".</summary>
    public static readonly SpanSet FemaleRelations = new(
        ["wife", "mother", "daughter", "sister", "widow", "grandmother", "granddaughter", "aunt", "niece", "girlfriend", "stepmother", "stepdaughter", "mum", "mom"],
        ignoreCase: true);

    public static readonly SpanSet MalePronouns = new(["he", "him", "his", "himself"], ignoreCase: true);

    public static readonly SpanSet FemalePronouns = new(["she", "her", "hers", "herself"], ignoreCase: true);

    public static readonly SpanSet MaleTitles = new(
        ["mr", "mr.", "sir", "king", "prince", "lord", "father", "congressman", "councilman", "spokesman", "chairman",
         "businessman", "brother", "son", "husband"], ignoreCase: true);

    public static readonly SpanSet FemaleTitles = new(
        ["mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "congresswoman", "councilwoman",
         "spokeswoman", "chairwoman", "businesswoman", "sister", "daughter", "wife", "mother"], ignoreCase: true);

    /// <summary>Particles that complete an attribution verb: "went on", "shot back", "chimed in", "piped up".</summary>
    public static readonly SpanSet VerbParticles = new(["on", "back", "in", "up", "out", "off"], ignoreCase: false);

    /// <summary>Irregular past forms a writer attributes quoted words with, when the cue list does not hold them.</summary>
    public static readonly SpanSet IrregularPastVerbs = new(
        ["went", "shot", "fired", "spoke", "wrote", "broke", "began", "chimed", "piped", "got", "put", "quipped", "read", "sang",
         "swore", "threw", "bit", "struck", "spat", "cut", "brought", "took", "gave", "made", "thought", "felt", "kept",
         "came", "saw", "ran", "stood", "sent", "spent", "held", "won", "lost", "met", "paid", "sat", "told", "said", "heard",
         "knew", "found", "became", "drew", "drove", "flew", "fought", "hit", "let", "meant", "rose", "set", "sought", "taught",
         "tore", "understood", "wore", "withdrew", "overheard", "reread", "foresaw", "forgot", "forgave", "undertook", "hurt",
         "led", "built", "sold", "bought", "caught", "chose", "fell", "grew", "left", "fled", "laid", "shut", "spread", "swept", "slid",
         "sank", "dealt", "lent", "hung", "stuck", "hid"], ignoreCase: false);

    /// <summary>Determiners that stand alone as a subject: "Another tweeted", "Others wrote", "Many said".</summary>
    public static readonly SpanSet PronounLikeDeterminers = new(
        ["another", "one", "others", "some", "many", "several", "both", "all", "most", "few", "each"], ignoreCase: true);

    /// <summary>Nouns of a time or an occasion in a phrase between a subject and its verb: "Trump at the time said".</summary>
    public static readonly SpanSet OccasionNouns = new(
        ["time", "past", "moment", "weekend", "morning", "afternoon", "evening", "night", "day", "week", "month", "year",
         "months", "years", "weeks", "days", "hours", "interview", "statement", "speech", "tweet", "debate", "release",
         "letter", "post", "op-ed", "email", "response", "turn", "end", "meantime", "meanwhile", "decades",
         "2016", "2015", "2012", "2008", "january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"], ignoreCase: true);

    /// <summary>Adverbs set off by commas at a clause's start or after a fronted phrase: "However, ...", "On Thursday, however, ...".</summary>
    public static readonly SpanSet SentenceAdverbs = new(
        ["however", "meanwhile", "instead", "still", "indeed", "moreover", "furthermore", "nonetheless", "nevertheless",
         "also", "now", "then", "later", "earlier", "today", "yesterday", "again", "separately", "similarly", "likewise", "once",
         "finally", "first", "second", "third", "overall", "otherwise", "ultimately", "initially", "afterward", "afterwards",
         "so", "thus", "therefore", "consequently", "besides", "anyway", "too", "though"], ignoreCase: true);

    /// <summary>Words of a short phrase that may close an attribution: "Carson said after the attacks", "Levine said of Trump".</summary>
    public static readonly SpanSet AttributionTailWords = new(
        ["after", "before", "following", "of", "about", "outside", "near", "from", "by", "for", "attacks", "meeting", "vote",
         "victory", "loss", "win", "results", "ceremony", "hearings", "session", "forum", "luncheon", "dinner", "breakfast",
         "visit", "trip", "stop", "town", "hall", "office", "home", "plan", "bill", "him", "her", "them", "here"], ignoreCase: true);

    /// <summary>What one declines to do that is speaking: "declined to comment", "declined to say whether ...".</summary>
    public static readonly SpanSet DeclinedSpeech = new(
        ["say", "comment", "answer", "discuss", "elaborate", "respond", "specify", "confirm", "deny", "name", "identify",
         "disclose", "detail", "address", "speculate", "characterize", "describe", "explain", "reveal", "endorse", "criticize",
         "condemn", "rule", "weigh", "talk", "tell", "predict", "repeat", "speak"], ignoreCase: true);

    /// <summary>Last words of a heading before a colon that names a feature, not a speaker ("Delegate Update:", "Paid Notice:", "News Analysis:").</summary>
    public static readonly SpanSet NotSpeakerLabelEnds = new(
        ["daily", "update", "updates", "notice", "week", "count", "results", "timeline", "roundup", "briefing", "digest",
         "analysis", "check", "notebook", "opinion", "commentary", "editorial", "review", "explainer", "column", "essay", "perspective",
         "op-ed", "viewpoint", "takeaways"], ignoreCase: true);

    /// <summary>Verbs by which someone puts out a document: "the campaign released a memo", "Cruz sent a letter".</summary>
    public static readonly SpanSet IssuingVerbs = new(
        ["issued", "issues", "issue", "released", "releases", "release", "sent", "sends", "posted", "posts", "published",
         "publishes", "wrote", "writes", "tweeted", "emailed", "e-mailed", "distributed", "circulated", "signed", "penned",
         "put", "provided", "provides", "gave", "gives", "submitted", "delivered"], ignoreCase: true);

    /// <summary>Nouns that end in "ly" like an adverb: "the family said" is no "the group firmly said".</summary>
    public static readonly SpanSet LyNouns = new(
        ["family", "assembly", "rally", "supply", "daily", "weekly", "monthly", "quarterly", "bully", "monopoly", "anomaly",
         "homily", "elderly", "reply", "belly", "jelly", "panoply"], ignoreCase: false);

    /// <summary>The articles: "the", "a", "an".</summary>
    public static readonly SpanSet Articles = new(["the", "a", "an"], ignoreCase: true);

    /// <summary>Negations between a subject and its verb: "could not convince", "never said", "can't", "cannot".</summary>
    public static readonly SpanSet Negations = new(["not", "never", "n't", "n’t", "cannot"], ignoreCase: true);

    /// <summary>Possessive determiners: "her ruling", "their statement".</summary>
    public static readonly SpanSet PossessivePronouns = new(["his", "her", "their", "its", "our", "my", "your"], ignoreCase: true);

    /// <summary>Nouns for what someone said, whose possessor is the speaker of the quote a colon introduces: "Her answer: "..."".</summary>
    public static readonly SpanSet SpeechNouns = new(
        ["answer", "reply", "response", "retort", "message", "verdict", "explanation", "advice", "comment", "comments", "statement",
         "words", "reaction", "assessment", "take", "excuse", "plea", "warning", "prediction", "promise", "pitch", "argument",
         "conclusion", "diagnosis", "instructions", "mantra", "motto", "summary", "view", "question", "request", "appeal"],
        ignoreCase: true);

    /// <summary>Titles written right before a name: "Mr. Obama", "President Obama", "Senator Warren".</summary>
    public static readonly SpanSet Honorifics = new(
        ["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator", "governor", "mayor", "judge", "gen", "general"], ignoreCase: true);

    /// <summary>Prepositions whose object, inside a speaker phrase, is not the speaker: "a spokesman for Clinton", "aides to Obama".</summary>
    public static readonly SpanSet SpeakerObjectPrepositions = new(["for", "to", "of", "with", "at", "from", "in", "near", "behind", "on"], ignoreCase: false);

    /// <summary>Prepositions whose object cannot be a verb's subject: "Protesters marching through the streets chanted".</summary>
    public static readonly SpanSet SubjectPrepositions = new(
        ["through", "in", "on", "at", "from", "of", "with", "by", "for", "into", "across", "near", "outside", "inside",
         "around", "along", "behind", "under", "over", "among", "without", "within"], ignoreCase: false);

    /// <summary>Prepositions before a gerund cue whose speaker is the clause's subject: "aside from saying ...", "by arguing ...".</summary>
    public static readonly SpanSet GerundPrepositions = new(["from", "by", "without", "before", "after", "while", "since", "despite", "for", "upon"], ignoreCase: true);
}
