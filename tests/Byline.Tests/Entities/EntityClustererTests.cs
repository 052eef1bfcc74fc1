using System.Collections.Immutable;
using Byline.Entities;
using Byline.Text;

namespace Byline.Tests.Entities;

public class EntityClustererTests
{
    [Fact]
    public void Full_name_surname_and_title_with_surname_are_one_entity()
    {
        const string text = "German Chancellor Angela Merkel said on Monday that the economy would recover. "
            + "Merkel spoke in Berlin after the cabinet met. Later, Chancellor Merkel told reporters she was confident.";
        var (doc, merkel) = EntityTestHelpers.EntityOf(text, "Angela Merkel");
        Assert.Equal("PERSON", merkel.Type.Name);
        Assert.Equal("Angela Merkel", merkel.Name);
        Assert.Equal(3, merkel.Mentions.Length);
        Assert.All(EntityTestHelpers.MentionTexts(doc, merkel), m => Assert.EndsWith("Merkel", m, StringComparison.Ordinal));
        Assert.Contains(merkel.Titles, t => t.Contains("Chancellor", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_two_people_share_is_the_one_the_article_introduced_first()
    {
        // An obituary: the daughter is named in full; "Olsson" and "she" are the novelist.
        const string text = "Margarethe Olsson, whose novels sold millions of copies, died on Sunday. She was 88. Her daughter, Karin Olsson, said "
            + "the cause was heart failure.\n\nOlsson's breakthrough came in 1979. \"I write about people who do not talk much,\" she told "
            + "a magazine in 1994.";
        var (doc, novelist) = EntityTestHelpers.EntityOf(text, "Margarethe Olsson");
        Assert.Contains("Olsson", EntityTestHelpers.MentionTexts(doc, novelist));
        Byline.Quotes.Quote quote = Assert.Single(doc.Quotes, q => q.Kind == Byline.Quotes.QuoteKind.Direct);
        Assert.Equal(novelist.Id, quote.Speaker?.EntityId);
    }

    [Fact]
    public void A_surname_the_tagger_reads_as_a_place_joins_the_person_named_in_full()
    {
        // From CoNLL-2003 dev (doc0210): the tagger reads the lone surname as a location.
        const string text = "Italy 's Dini meets Burundi negotiator Nyerere .\nROME 1996-08-31\nItalian Foreign Minister Lamberto Dini on Saturday met "
            + "former Tanzanian president Julius Nyerere , the international negotiator for Burundi , the ministry said .\nNyerere arrived in Rome "
            + "this week on a private visit and held talks with the U.S. special envoy to Burundi , Howard Wolpe .";
        var (doc, nyerere) = EntityTestHelpers.EntityOf(text, "Julius Nyerere");
        Assert.Equal("PERSON", nyerere.Type.Name);
        Assert.Contains("Nyerere", EntityTestHelpers.MentionTexts(doc, nyerere));
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Nyerere");
    }

    [Fact]
    public void Two_places_bodies_of_the_same_name_are_two_entities()
    {
        // The accusation and its rebuttal must not share a speaker.
        const string text = "Armenia's Defense Ministry said Azerbaijani troops had opened fire. "
            + "Azerbaijan's Defense Ministry called the claim pure disinformation and said Armenian forces fired first.";
        NewsDocument doc = EntityTestHelpers.Analyzer.Analyze(text);
        List<Entity> ministries = [.. doc.Entities.Where(e => e.Name == "Defense Ministry")];
        Assert.Equal(2, ministries.Count);
        Assert.All(ministries, e => Assert.Single(e.Mentions));
        Assert.Equal(2, doc.Quotes.Select(q => q.Speaker?.EntityId).Distinct().Count());
    }

    [Fact]
    public void Surname_before_the_full_name_joins_it_and_the_canonical_name_is_the_longest()
    {
        const string text = "Obama defends health law\n\nFormer President Barack Obama on Tuesday defended the health law. Obama said millions had gained coverage.";
        var (_, obama) = EntityTestHelpers.EntityOf(text, "Barack Obama");
        Assert.Equal("Barack Obama", obama.Name);
        Assert.True(obama.Mentions.Length >= 2);
    }

    [Fact]
    public void Honorific_and_surname_join_the_full_name()
    {
        const string text = "The bank hired Sarah Thompson as chief economist in May 2021. Ms. Thompson previously worked at the IMF.";
        var (doc, entity) = EntityTestHelpers.EntityOf(text, "Sarah Thompson");
        Assert.Contains(EntityTestHelpers.MentionTexts(doc, entity), m => m == "Thompson");
    }

    [Fact]
    public void Possessive_names_the_same_place()
    {
        const string text = "Germany's exports fell in June. Economists said Germany would avoid a recession.";
        var (doc, germany) = EntityTestHelpers.EntityOf(text, "Germany");
        Assert.Equal(2, germany.Mentions.Length);
        Assert.Equal("GPE", germany.Type.Name);
        Assert.All(EntityTestHelpers.MentionTexts(doc, germany), m => Assert.Equal("Germany", m));
    }

    [Fact]
    public void Acronym_joins_its_expansion()
    {
        const string text = "The World Health Organization (WHO) warned of a new outbreak on Friday. The WHO said cases had doubled.";
        var (_, who) = EntityTestHelpers.EntityOf(text, "WHO");
        Assert.Equal("World Health Organization", who.Name);
        Assert.Equal(3, who.Mentions.Length);
    }

    [Fact]
    public void Misspelling_at_edit_distance_one_joins_the_right_spelling()
    {
        const string text = "Chancellor Angela Merkel arrived in Paris on Friday. Critics said Merkle had waited too long.";
        var (doc, merkel) = EntityTestHelpers.EntityOf(text, "Angela Merkel");
        Assert.Contains("Merkle", EntityTestHelpers.MentionTexts(doc, merkel));
    }

    [Fact]
    public void Title_before_a_name_is_attached_to_the_person()
    {
        const string text = "Downing Street spokesman James Slack said the government would not comment on the leak.";
        var (_, slack) = EntityTestHelpers.EntityOf(text, "James Slack");
        Assert.Contains(slack.Titles, t => t.EndsWith("spokesman", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_in_apposition_is_attached_to_the_person()
    {
        const string text = "\"We will act,\" said Tom Becker, the Chief Executive of the harbor trust, on Wednesday.";
        var (_, becker) = EntityTestHelpers.EntityOf(text, "Tom Becker");
        Assert.Contains(becker.Titles, t => t.Contains("Chief Executive", StringComparison.Ordinal));
    }

    [Fact]
    public void Administration_is_an_organization_of_its_own()
    {
        const string text = "The Biden administration announced new tariffs on Tuesday. President Joe Biden said the measures were temporary.";
        NewsDocument doc = EntityTestHelpers.Analyzer.Analyze(text);
        var administration = doc.Entities.Single(e => e.Name == "Biden administration");
        Assert.Equal("ORG", administration.Type.Name);
        var biden = doc.Entities.Single(e => e.Name == "Joe Biden");
        Assert.Equal("PERSON", biden.Type.Name);
        Assert.DoesNotContain(administration.Mentions, biden.Mentions.Contains);
    }

    [Fact]
    public void Different_people_with_different_surnames_stay_apart()
    {
        const string text = "John Smith and Mary Jones were elected. Smith thanked voters while Jones stayed home.";
        var (_, smith) = EntityTestHelpers.EntityOf(text, "John Smith");
        var (_, jones) = EntityTestHelpers.EntityOf(text, "Mary Jones");
        Assert.NotEqual(smith.Id, jones.Id);
        Assert.Equal(2, smith.Mentions.Length);
        Assert.Equal(2, jones.Mentions.Length);
    }

    [Fact]
    public void Every_mention_belongs_to_an_entity_that_lists_it()
    {
        NewsDocument doc = EntityTestHelpers.Analyzer.Analyze(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SampleData", "harbor-council.txt")));
        Assert.NotEmpty(doc.Entities);
        foreach (var m in doc.Mentions)
        {
            Assert.NotNull(m.EntityId);
            Assert.Contains(m.Span, doc.Entities.Single(e => e.Id == m.EntityId).Mentions);
        }
    }

    [Fact]
    public void A_short_name_typed_two_ways_is_one_entity_unless_it_is_a_known_place()
    {
        const string text = "Civic Passion won a seat on Sunday. Civic Passion said it would push for a referendum.";
        var (_, entities) = ClusterTyped(text, ("Civic Passion", EntityType.Location), ("Civic Passion", EntityType.Organization));
        Assert.Single(entities);
    }

    [Fact]
    public void A_long_name_misspelled_joins_the_right_spelling_whatever_its_type()
    {
        const string text = "Experts on Cyclone Phalin spoke on Saturday. Cyclone Phailin has winds of 200 km/h, and Cyclone Phailin will weaken.";
        var (_, entities) = ClusterTyped(text, ("Cyclone Phalin", EntityType.Location), ("Cyclone Phailin", EntityType.Organization), ("Cyclone Phailin", EntityType.Organization));
        Assert.Equal(3, Assert.Single(entities).Mentions.Length);
    }

    [Fact]
    public void The_head_noun_with_the_joins_the_name_it_opens()
    {
        const string text = "The Church of Scientology denied the claims on Tuesday. The Church said she had been free to leave. "
            + "She studied at the University of Southern Indiana, and the University confirmed it.";
        var (_, entities) = ClusterTyped(text, ("Church of Scientology", EntityType.Organization), ("Church", EntityType.Organization),
            ("University of Southern Indiana", EntityType.Organization), ("University", EntityType.Organization));
        Assert.Equal(2, entities.Length);
        Assert.Equal(["Church of Scientology", "University of Southern Indiana"], entities.Select(e => e.Name));
    }

    [Fact]
    public void A_team_with_the_does_not_join_a_longer_name_it_only_begins()
    {
        const string text = "Fans call him the Mets Poet. He has followed the Mets since 1986.";
        var (_, entities) = ClusterTyped(text, ("Mets Poet", EntityType.Organization), ("Mets", EntityType.Organization));
        Assert.Equal(2, entities.Length);
    }

    [Fact]
    public void An_acronym_joins_its_expansion_whatever_the_two_were_tagged()
    {
        const string text = "Students use the Virtual Microscope to scan the samples. The VM shows each grain at high resolution.";
        var (_, entities) = ClusterTyped(text, ("Virtual Microscope", EntityType.Misc), ("VM", EntityType.Organization));
        Assert.Single(entities);
    }

    [Fact]
    public void An_acronym_of_a_word_with_inner_capitals_joins_it()
    {
        const string text = "Volunteers at LibriVox record books in the public domain. LV has released 400 titles.";
        var (_, entities) = ClusterTyped(text, ("LibriVox", EntityType.Organization), ("LV", EntityType.Organization));
        Assert.Single(entities);
        Assert.Equal("LibriVox", entities[0].Name);
    }

    [Fact]
    public void An_all_capital_word_is_no_acronym_of_a_word_with_inner_capitals_in_a_row()
    {
        const string text = "USAir cut fares on Monday. The USA team arrived later.";
        var (_, entities) = ClusterTyped(text, ("USAir", EntityType.Organization), ("USA", EntityType.Organization));
        Assert.Equal(2, entities.Length);
    }

    [Fact]
    public void Abbreviations_with_and_without_dots_and_aliases_of_a_country_are_one_entity()
    {
        const string text = "Farmers in the U.S. lost crops to ozone. The US government will act, and America will adopt the plan.";
        var (_, entities) = ClusterTyped(text, ("U.S.", EntityType.Gpe), ("US", EntityType.Gpe), ("America", EntityType.Gpe));
        Assert.Single(entities);
    }

    [Fact]
    public void Latin_America_is_not_an_alias_of_the_United_States()
    {
        const string text = "The United States sent aid to Latin America on Monday.";
        var (_, entities) = ClusterTyped(text, ("United States", EntityType.Gpe), ("Latin America", EntityType.Location));
        Assert.Equal(2, entities.Length);
    }

    [Fact]
    public void A_possessive_inside_a_name_does_not_make_another_name()
    {
        const string text = "The New People's Party won two seats. Its leader said the New People Party would join the coalition.";
        var (_, entities) = ClusterTyped(text, ("New People's Party", EntityType.Organization), ("New People Party", EntityType.Organization));
        Assert.Single(entities);
    }

    [Fact]
    public void A_long_surname_misspelled_twice_joins_the_person()
    {
        const string text = "Lydia Buchtmann, a spokeswoman for the agency, said the rules would change. Ms Bauchtman said salt would be iodised.";
        var (_, entities) = ClusterTyped(text, ("Lydia Buchtmann", EntityType.Person), ("Ms Bauchtman", EntityType.Person));
        Entity person = Assert.Single(entities);
        Assert.Equal("Lydia Buchtmann", person.Name);
    }

    [Fact]
    public void Short_surnames_two_letters_apart_stay_two_people()
    {
        const string text = "Kane Williamson scored a century. Williams took three wickets.";
        var (_, entities) = ClusterTyped(text, ("Kane Williamson", EntityType.Person), ("Williams", EntityType.Person));
        Assert.Equal(2, entities.Length);
    }

    [Fact]
    public void A_country_and_a_title_before_a_name_tagged_as_one_organization_leave_a_person()
    {
        const string text = "Support came from US President Barack Obama on Wednesday. Obama invited the student to the White House.";
        var (mentions, entities) = ClusterTyped(text, ("US President Barack Obama", EntityType.Organization), ("Obama", EntityType.Person));
        Entity obama = Assert.Single(entities);
        Assert.Equal("Barack Obama", obama.Name);
        Assert.Equal(EntityType.Person, obama.Type);
        Assert.Contains(obama.Titles, t => t == "US President");
        Assert.Equal("Barack Obama", text.Substring(mentions[0].Span.Start, mentions[0].Span.Length));
    }

    [Fact]
    public void A_country_before_a_title_in_an_organization_name_stays_in_the_name()
    {
        const string text = "The US Secretary of State Office issued a statement.";
        var (_, entities) = ClusterTyped(text, ("US Secretary of State Office", EntityType.Organization));
        Assert.Equal("US Secretary of State Office", Assert.Single(entities).Name);
    }

    [Fact]
    public void An_acronym_defined_in_brackets_is_a_mention_of_the_name_and_so_are_its_repeats()
    {
        const string text = "The World Health Organisation (WHO) recommends iodised salt. WHO say the deficiency is preventable.";
        var (doc, who) = EntityTestHelpers.EntityOf(text, "WHO");
        Assert.Equal("World Health Organisation", who.Name);
        Assert.Equal(["WHO", "WHO"], EntityTestHelpers.MentionTexts(doc, who).Skip(1));
    }

    [Fact]
    public void A_name_that_opens_in_lower_case_is_found_and_its_repeats_are_one_entity()
    {
        const string text = "The founder of wikiHow spoke to reporters on Saturday. He said wikiHow now has millions of readers, "
            + "more than eHow had when he sold it.";
        NewsDocument doc = EntityTestHelpers.Analyzer.Analyze(text);
        Entity site = doc.Entities.Single(e => e.Name == "wikiHow");
        Assert.Equal(2, site.Mentions.Length);
        Assert.Contains(doc.Entities, e => e.Name == "eHow");
    }

    [Theory]
    [InlineData("eBay", true)]
    [InlineData("iPhone", true)]
    [InlineData("wikiHow", true)]
    [InlineData("mRNA", false)]
    [InlineData("pH", false)]
    [InlineData("iOS", false)]
    [InlineData("McDonald", false)]
    [InlineData("iPhone4", false)]
    public void Lower_camel_names_are_told_from_units_and_abbreviations(string word, bool name) =>
        Assert.Equal(name, NameRepeats.IsLowerCamel(word));

    [Fact]
    public void A_repeat_right_before_a_tagged_part_of_the_name_completes_the_name()
    {
        const string text = "Yes, the Cyclone will weaken over land. Once Cyclone Phailin comes on shore it will lose strength.";
        int cyclone = text.IndexOf("Cyclone", StringComparison.Ordinal);
        int phailin = text.IndexOf("Phailin", StringComparison.Ordinal);
        var mentions = NameRepeats.Add(text, EnglishTokenizer.Tokenize(text),
            [new EntityMention(new TextSpan(cyclone, "Cyclone".Length), EntityType.Organization), new EntityMention(new TextSpan(phailin, "Phailin".Length), EntityType.Person)]);
        Assert.Equal(["Cyclone", "Cyclone Phailin"], mentions.Select(m => text.Substring(m.Span.Start, m.Span.Length)));
        Assert.Equal(EntityType.Organization, mentions[1].Type);
    }

    [Fact]
    public void A_repeat_after_a_comma_stays_a_name_of_its_own()
    {
        const string text = "Officials in Texas said little. The boy lives in Irving, Texas and goes to school there.";
        int texas = text.IndexOf("Texas", StringComparison.Ordinal);
        int irving = text.IndexOf("Irving", StringComparison.Ordinal);
        var mentions = NameRepeats.Add(text, EnglishTokenizer.Tokenize(text),
            [new EntityMention(new TextSpan(texas, 5), EntityType.Gpe), new EntityMention(new TextSpan(irving, 6), EntityType.Gpe)]);
        Assert.Equal(["Texas", "Irving", "Texas"], mentions.Select(m => text.Substring(m.Span.Start, m.Span.Length)));
    }

    /// <summary>Clusters hand-typed mentions (as a tagger might type them), found left to right in the text.</summary>
    private static (ImmutableArray<EntityMention> Mentions, ImmutableArray<Entity> Entities) ClusterTyped(string text, params (string Text, EntityType Type)[] mentions)
    {
        var spans = new List<EntityMention>();
        int from = 0;
        foreach ((string mention, EntityType type) in mentions)
        {
            int at = text.IndexOf(mention, from, StringComparison.Ordinal);
            Assert.True(at >= 0, mention);
            spans.Add(new EntityMention(new TextSpan(at, mention.Length), type));
            from = at + mention.Length;
        }

        return EntityClusterer.Cluster(text, EnglishTokenizer.Tokenize(text), [.. spans], CancellationToken.None);
    }

    [Fact]
    public void Courtesy_title_makes_an_organization_typed_name_a_person()
    {
        const string text = "Professor Cres Eastman, director of the study, said the results were alarming. "
            + "Professor Eastman said salt should be iodised.";
        var (mentions, entities) = ClusterTyped(text, ("Professor Cres Eastman", EntityType.Organization), ("Professor Eastman", EntityType.Organization));
        Entity eastman = Assert.Single(entities);
        Assert.Equal(EntityType.Person, eastman.Type);
        Assert.Equal("Cres Eastman", eastman.Name);
        Assert.All(mentions, m => Assert.Equal(EntityType.Person, m.Type));
    }

    [Fact]
    public void General_Motors_stays_an_organization()
    {
        const string text = "General Motors said sales rose. Analysts at General Motors were pleased.";
        var (_, entities) = ClusterTyped(text, ("General Motors", EntityType.Organization), ("General Motors", EntityType.Organization));
        Assert.Equal(EntityType.Organization, Assert.Single(entities).Type);
    }

    [Fact]
    public void A_suffix_after_a_comma_is_not_the_surname()
    {
        const string text = "The prosecutor, Mark Tedeschi, QC, told the court the evidence was clear. Mr. Tedeschi said the jury should convict.";
        var (_, entities) = ClusterTyped(text, ("Mark Tedeschi, QC", EntityType.Person), ("Tedeschi", EntityType.Person));
        Entity tedeschi = Assert.Single(entities);
        Assert.Equal("Mark Tedeschi", tedeschi.Name);
        Assert.Equal(2, tedeschi.Mentions.Length);

        // And the article's untagged "Tedeschi" is found as a repeat of the name.
        var repeated = NameRepeats.Add(text, EnglishTokenizer.Tokenize(text), [new EntityMention(new TextSpan(text.IndexOf("Mark", StringComparison.Ordinal), "Mark Tedeschi, QC".Length), EntityType.Person)]);
        Assert.Contains(repeated, m => text.Substring(m.Span.Start, m.Span.Length) == "Tedeschi");
    }

    [Fact]
    public void A_long_name_typed_two_ways_is_one_entity_of_the_majority_type()
    {
        const string text = "Heaven Sent Gaming was founded in 2006. We asked Heaven Sent Gaming about its plans. "
            + "Heaven Sent Gaming said it would release two games.";
        var (mentions, entities) = ClusterTyped(text, ("Heaven Sent Gaming", EntityType.Location), ("Heaven Sent Gaming", EntityType.Organization), ("Heaven Sent Gaming", EntityType.Organization));
        Entity studio = Assert.Single(entities);
        Assert.Equal(EntityType.Organization, studio.Type);
        Assert.All(mentions, m => Assert.Equal(EntityType.Organization, m.Type));
    }

    [Fact]
    public void A_country_and_its_team_on_a_sports_page_stay_two_entities()
    {
        const string text = "Japan beat Syria 2-1 in the Asian Cup. The match was played in Japan.";
        var (_, entities) = ClusterTyped(text, ("Japan", EntityType.Organization), ("Syria", EntityType.Organization), ("Japan", EntityType.Gpe));
        Assert.Equal(3, entities.Length);
    }

    [Fact]
    public void The_last_word_of_a_named_storm_is_the_storm_not_a_person()
    {
        const string text = "Cyclone Phailin made landfall on Saturday. Phailin's winds reached 200 km/h, and Phailin weakened inland.";
        var (mentions, entities) = ClusterTyped(text, ("Cyclone Phailin", EntityType.Organization), ("Phailin", EntityType.Person), ("Phailin", EntityType.Person));
        Entity storm = Assert.Single(entities);
        Assert.Equal("Cyclone Phailin", storm.Name);
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void A_known_surname_tagged_as_a_person_does_not_join_an_organization_named_after_someone()
    {
        const string text = "Shares of Dow Jones rose. Jones said the index was strong.";
        var (_, entities) = ClusterTyped(text, ("Dow Jones", EntityType.Organization), ("Jones", EntityType.Person));
        Assert.Equal(2, entities.Length);
    }

    [Fact]
    public void A_country_is_not_the_state_named_after_it()
    {
        const string text = "Children in South Australia were tested first. Across Australia, iodine levels were low.";
        var (_, entities) = ClusterTyped(text, ("South Australia", EntityType.Gpe), ("Australia", EntityType.Gpe));
        Assert.Equal(2, entities.Length);
    }

    [Theory]
    [InlineData("Dr Pepper")]
    [InlineData("Miss Universe")]
    [InlineData("Sir Charles Gairdner Hospital")]
    public void A_brand_show_or_building_after_an_honorific_stays_an_organization(string name)
    {
        string text = name + " announced a new sponsor on Monday. Officials at " + name + " said the deal ran five years.";
        var (mentions, entities) = ClusterTyped(text, (name, EntityType.Organization), (name, EntityType.Organization));
        Assert.Equal(EntityType.Organization, Assert.Single(entities).Type);
        Assert.All(mentions, m => Assert.Equal(EntityType.Organization, m.Type));
    }

    [Fact]
    public void A_university_is_not_the_country_one_letter_away()
    {
        const string text = "Researchers at Columbia published the study. Colombia said it would review the findings.";
        var (_, entities) = ClusterTyped(text, ("Columbia", EntityType.Organization), ("Colombia", EntityType.Gpe));
        Assert.Equal(2, entities.Length);
    }

    [Fact]
    public void A_surname_does_not_join_a_company_named_after_it()
    {
        const string text = "Dolce & Gabbana opened a store in Milan. Gabbana said the shop would employ 40 people.";
        var (_, entities) = ClusterTyped(text, ("Dolce & Gabbana", EntityType.Organization), ("Gabbana", EntityType.Person));
        Assert.Equal(2, entities.Length);
    }

    [Fact]
    public void A_country_joins_the_republic_of_its_name()
    {
        const string text = "The Republic of Ireland voted on Friday. Ireland has held six such votes.";
        var (_, entities) = ClusterTyped(text, ("Republic of Ireland", EntityType.Gpe), ("Ireland", EntityType.Gpe));
        Assert.Single(entities);
    }
}
