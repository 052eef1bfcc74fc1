using Byline.Entities;
using Byline.Text;

namespace Byline.Tests.Entities;

public class EntityPipelineTests
{
    /// <summary>Trims a mention typed over <paramref name="tagged"/> in <paramref name="text"/> and returns what is left.</summary>
    private static string Trimmed(string text, string tagged)
    {
        int at = text.IndexOf(tagged, StringComparison.Ordinal);
        Assert.True(at >= 0);
        EntityMention trimmed = EntityPipeline.Trim(text, EnglishTokenizer.Tokenize(text).AsSpan(), new EntityMention(new TextSpan(at, tagged.Length), EntityType.Person));
        return text.Substring(trimmed.Span.Start, trimmed.Span.Length);
    }

    [Theory]
    [InlineData("Thanks again , Jen , for the notes.", "Jen ,", "Jen")]
    [InlineData("Call me back , George \" said the message.", "George \"", "George")]
    [InlineData("Regards, Michael McDermott mjmcdermott@example.com", "McDermott mjmcdermott@example.com", "McDermott")]
    [InlineData("Great work Josh ! See you Monday.", "Josh !", "Josh")]
    [InlineData("- Elyse - sent from my phone", "Elyse -", "Elyse")]
    [InlineData("\"Smith said the deal was done.", "\"Smith", "Smith")]
    [InlineData("Fans stop me and say, 'Hey Frank, read us a poem,' and I do.", "Hey Frank", "Frank")]
    [InlineData("Dear Margaret, thank you for the letter about the school board.", "Dear Margaret", "Margaret")]
    [InlineData("He reads the BBC etc. every day.", "BBC etc. every", "BBC")]
    [InlineData("Stations (ABC, NBC etc) ran it.", "NBC etc", "NBC")]
    public void Punctuation_and_addresses_at_the_ends_of_a_mention_are_trimmed(string text, string tagged, string expected) =>
        Assert.Equal(expected, Trimmed(text, tagged));

    [Theory]
    [InlineData("He searched on Yahoo! for the answer.", "Yahoo!")]
    [InlineData("Mladost (BJ) beat Buducnost 3-1.", "Mladost (BJ)")]
    [InlineData("Shares of A.G. Edwards rose.", "A.G. Edwards")]
    public void A_mark_that_belongs_to_the_name_stays(string text, string tagged) =>
        Assert.Equal(tagged, Trimmed(text, tagged));

    [Fact]
    public void A_first_name_the_tagger_split_from_a_name_with_an_initial_joins_it()
    {
        // The tagger reads "said Gregory" as the start of something else and types it apart from "W. Slayton".
        List<string> mentions = EntityTestHelpers.Mentions("''I would use the word old-school,'' said Gregory W. Slayton, whom George W. Bush appointed to Bermuda.");
        Assert.Contains("PERSON:Gregory W. Slayton", mentions);
        Assert.DoesNotContain(mentions, m => m.EndsWith(":Gregory", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Court of Appeal quashed the conviction on Thursday.", "ORG:Court of Appeal")]
    [InlineData("The European Court of Justice ruled against the bank.", "ORG:European Court of Justice")]
    public void A_courts_name_the_tagger_left_is_an_organization(string text, string expected)
    {
        List<string> mentions = EntityTestHelpers.Mentions(text);
        Assert.Contains(expected, mentions);
    }

    [Fact]
    public void A_court_speaker_is_named_by_its_whole_name()
    {
        NewsDocument doc = EntityTestHelpers.Analyzer.Analyze("The Court of Appeal quashed the conviction, saying new evidence had made the verdict unsafe.");
        Byline.Quotes.Quote quote = Assert.Single(doc.Quotes);
        Assert.Equal("Court of Appeal", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Sen. Ted Cruz said on Monday that he would vote against the bill.", "PERSON:Ted Cruz")]
    [InlineData("DES MOINES, Iowa (AP) — Sen. Ted Cruz won the Iowa caucuses on Monday. Cruz thanked his supporters.", "PERSON:Ted Cruz")]
    public void A_first_name_the_gazetteer_knows_as_an_organization_joins_the_surname_after_it(string text, string expected)
    {
        // "ted" is an organization in the gazetteer (the TED conferences); the tagger typed "[Ted]ORG [Cruz]PER".
        List<string> mentions = EntityTestHelpers.Mentions(text);
        Assert.Contains(expected, mentions);
        Assert.DoesNotContain(mentions, m => m.EndsWith(":Ted", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Storm hits coast.\n\nPHOENIX (AP) — The governor said on Monday that the state would appeal.", "PHOENIX")]
    [InlineData("Storm hits coast.\n\nDENVER — A judge ruled on Tuesday that the map was lawful.", "DENVER")]
    [InlineData("Storm hits coast.\n\nUNITED NATIONS (AP) — The Security Council met in emergency session.", "UNITED NATIONS")]
    public void The_place_in_capitals_that_opens_a_dateline_is_a_place(string text, string place)
    {
        List<string> mentions = EntityTestHelpers.Mentions(text);
        Assert.Contains("GPE:" + place, mentions);
        Assert.DoesNotContain(mentions, m => m.EndsWith(":" + place, StringComparison.Ordinal) && !m.StartsWith("GPE:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_in_capitals_after_a_dash_is_no_dateline()
    {
        // CoNLL-2003's sports headlines: "RUGBY UNION" before " - " and more capitals is no place.
        List<string> mentions = EntityTestHelpers.Mentions("RUGBY UNION - SPRINGBOKS FINALLY BREAK ALL BLACK SPELL.\n\nJOHANNESBURG 1996-08-24\n\nSouth Africa beat New Zealand on Saturday.");
        Assert.Contains("ORG:RUGBY UNION", mentions);
    }

    [Theory]
    [InlineData("Khalid bin Mahfouz, a banker, said the deal was long overdue.", "PERSON:Khalid bin Mahfouz")]
    [InlineData("Juan Carlos de la Fuente said the budget was tight.", "PERSON:Juan Carlos de la Fuente")]
    [InlineData("Each new minibus costs about 2.8 million pesos, Ramon dela Cruz said.", "PERSON:Ramon dela Cruz")]
    public void A_name_the_tagger_split_at_a_lowercase_particle_is_one_person(string text, string expected)
    {
        // The tagger ends a name at "bin" or "de" and types the rest apart ("[la Fuente]ORG"), or types the first name apart
        // ("[Ramon]GPE dela [Cruz]PER").
        List<string> mentions = EntityTestHelpers.Mentions(text);
        Assert.Contains(expected, mentions);
        Assert.Single(mentions, m => m.StartsWith("PERSON:", StringComparison.Ordinal) || m.StartsWith("ORG:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ross County Commissioner Greg Stahl disagreed with the plan.", "PERSON:Greg Stahl")]
    [InlineData("Jackson County Prosecutor Melissa Groves said the case would go to trial.", "PERSON:Melissa Groves")]
    [InlineData("The bill was backed by Speaker of the House Nancy Pelosi in 2019.", "PERSON:Nancy Pelosi")]
    public void An_office_title_the_tagger_ran_into_a_name_leaves_the_person(string text, string expected)
    {
        // The tagger read "[Ross County Commissioner Greg Stahl disagreed]ORG" as one organization, the verb included, and
        // "Speaker of the [House Nancy Pelosi]ORG".
        List<string> mentions = EntityTestHelpers.Mentions(text);
        Assert.Contains(expected, mentions);
        Assert.DoesNotContain(mentions, m => m.Contains("Commissioner Greg", StringComparison.Ordinal) || m.Contains("Prosecutor Melissa", StringComparison.Ordinal)
                                             || m.Contains("House Nancy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The novel was published by Larkspur Press in March.", "ORG:Larkspur Press")]
    [InlineData("Vitalis Nutrition said it would appeal the ruling.", "ORG:Vitalis Nutrition")]
    [InlineData("Inspectors visited Hollybrook Academy in March.", "ORG:Hollybrook Academy")]
    [InlineData("Melanie Arkwright is an analyst at Stonebridge Research.", "ORG:Stonebridge Research")]
    [InlineData("A Summit Range Airlines jet made an emergency landing on Sunday.", "ORG:Summit Range Airlines")]
    [InlineData("In a statement, Kingsmere Athletic said the manager retained the board's support.", "ORG:Kingsmere Athletic")]
    [InlineData("The Associated Press called the race an hour after polls closed.", "ORG:Associated Press")]
    [InlineData("Harbourside City beat Kingsmere Athletic 3-1 on Saturday.", "ORG:Harbourside City")]
    [InlineData("The Rail Workers’ Alliance said the failure was predictable.", "ORG:Rail Workers’ Alliance")]
    [InlineData("Tom Hadley directs the Ohio Consumers' Counsel.", "ORG:Ohio Consumers' Counsel")]
    public void Publishers_research_firms_academies_airlines_clubs_and_possessive_names_are_organizations(string text, string expected)
    {
        // The tagger typed most of these PERSON (Larkspur Press, Vitalis Nutrition, Hollybrook Academy, Kingsmere Athletic),
        // found only "Press", "Alliance" or "City", or nothing ("Summit Range Airlines": common words before the head).
        Assert.Contains(expected, EntityTestHelpers.Mentions(text));
    }

    [Theory]
    [InlineData("A spokesperson for NHS England said waiting lists had grown for a third month.", "ORG:NHS England")]
    [InlineData("Historic England listed the pier in 2019.", "ORG:Historic England")]
    [InlineData("Police Scotland said two men had been arrested in Dundee.", "ORG:Police Scotland")]
    [InlineData("The figures were published by Public Health Wales on Friday.", "ORG:Public Health Wales")]
    [InlineData("The grant came from Arts Council England last year.", "ORG:Arts Council England")]
    public void A_uk_public_body_named_after_its_nation_is_one_organization(string text, string expected)
    {
        // The tagger finds only the nation ("NHS [England]GPE"), so a quote's speaker would be the country.
        List<string> mentions = EntityTestHelpers.Mentions(text);
        Assert.Contains(expected, mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("GPE:", StringComparison.Ordinal) && !m.Contains("Dundee", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("She wrote on X that the talks had failed.", "ORG:X")]
    [InlineData("He posted a statement on Facebook on Monday.", "ORG:Facebook")]
    [InlineData("The commissioner wrote on Telegram that 95 prisoners were freed.", "ORG:Telegram")]
    [InlineData("The clip was shared on Instagram and later on YouTube.", "ORG:Instagram")]
    [InlineData("The WHO said the outbreak was over.", "ORG:WHO")]
    public void A_platform_a_post_went_out_on_and_the_who_are_organizations(string text, string expected)
    {
        // The tagger found nothing ("on Facebook", "on X", "The WHO") or a place ("Telegram", "Instagram").
        List<string> mentions = EntityTestHelpers.Mentions(text);
        Assert.Contains(expected, mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("LOC:", StringComparison.Ordinal));
    }

    [Fact]
    public void X_before_a_sentences_end_is_the_platform_not_an_initial()
    {
        List<string> mentions = EntityTestHelpers.Mentions("“Bonn is where ambition goes to wait,” Nkiruka Obi wrote on X. Fifita said the islands would push again.");
        Assert.Contains("ORG:X", mentions);
        Assert.Contains("PERSON:Fifita", mentions);
        Assert.DoesNotContain("PERSON:X. Fifita", mentions);
    }

    [Theory]
    [InlineData("Colin Avery told Politico the ad was fair.", "ORG:Politico")]
    [InlineData("Confidence has fallen, a new Gallup survey shows.", "ORG:Gallup")]
    [InlineData("Senior adviser Trent Mabry told The Hill in a text message that governors endorse governors.", "ORG:Hill")]
    [InlineData("Anthony Shadid of the Washington Post reveals that the warrants were issued.", "ORG:Washington Post")]
    [InlineData("Vollmer wrote on Truth Social that Markham had insulted Ohio.", "ORG:Truth Social")]
    [InlineData("Yesenia Thornbury said in an interview with HuffPost that voters would decide.", "ORG:HuffPost")]
    [InlineData("Halvorsen said on CNN's \"State of the Union\" that she was talking to colleagues.", "ORG:CNN")]
    public void A_news_outlet_or_pollster_is_an_organization(string text, string expected)
    {
        // The tagger read a place ("Politico", "Gallup", a town in New Mexico), a person ("Hill") or nothing.
        List<string> mentions = EntityTestHelpers.Mentions(text);
        Assert.Contains(expected, mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("LOC:", StringComparison.Ordinal) || m is "GPE:Gallup" or "PERSON:Hill" or "ORG:the Washington Post");
    }

    [Theory]
    [InlineData("One of my students, a 14-year-old named Aaliyah, told me she had forgotten how to be bored.", "PERSON:Aaliyah")]
    [InlineData("A retired nurse named Rosa Ibarra runs the pantry on Fridays.", "PERSON:Rosa Ibarra")]
    public void The_name_a_person_is_given_after_named_is_a_person(string text, string expected) =>
        Assert.Contains(expected, EntityTestHelpers.Mentions(text));

    [Fact]
    public void A_thing_named_after_a_noun_for_no_person_is_left_to_the_tagger() =>
        Assert.DoesNotContain("PERSON:Titanic", EntityTestHelpers.Mentions("A ship named Titanic left Southampton in April 1912."));

    [Fact]
    public void A_super_pac_is_no_organization_named_pac() =>
        Assert.DoesNotContain("ORG:PAC", EntityTestHelpers.Mentions("Your campaign reported $1.2 million in cash, and your super PAC is outspending you."));

    [Fact]
    public void Common_words_are_not_platforms() =>
        Assert.DoesNotContain(EntityTestHelpers.Mentions("X marks the spot. Threads of silk hung from the ceiling."), m => m.StartsWith("ORG:", StringComparison.Ordinal));

    [Theory]
    [InlineData("Fighting resumed in the Democratic Republic of the Congo on Tuesday.", "GPE:Democratic Republic of the Congo")]
    [InlineData("GOMA, Democratic Republic of the Congo — Fighting resumed on Tuesday.", "GPE:Democratic Republic of the Congo")]
    public void A_countrys_long_name_is_one_place(string text, string expected) =>
        Assert.Contains(expected, EntityTestHelpers.Mentions(text)); // the tagger read MISC, or [Democratic]NORP [Republic of the Congo]GPE

    [Theory]
    [InlineData("Finance Minister Shahid Iqbal Qureshi spoke first.", "PERSON:Shahid Iqbal Qureshi")]
    [InlineData("Foreign Minister Andrés Felipe Cárdenas Ruiz spoke next.", "PERSON:Andrés Felipe Cárdenas Ruiz")]
    [InlineData("Commodore Noel Villanueva Santos spoke to reporters.", "PERSON:Noel Villanueva Santos")]
    [InlineData("Sheikh Khalid bin Saud Al-Mansouri spoke.", "PERSON:Khalid bin Saud Al-Mansouri")]
    [InlineData("Tiago Moreira da Silva, a researcher, spoke.", "PERSON:Tiago Moreira da Silva")]
    public void A_long_name_the_tagger_cut_or_split_is_one_person(string text, string expected)
    {
        // The tagger left out the last surname ("Qureshi", "Ruiz"), typed it ORG ("Santos"), or split the name at a particle
        // into two mentions ("[Khalid]PER bin [Saud Al-Mansouri]PER", "[Tiago Moreira]ORG da [Silva]PER"); "Commodore" was ORG.
        List<string> mentions = EntityTestHelpers.Mentions(text);
        Assert.Contains(expected, mentions);
        Assert.Single(mentions, m => m.StartsWith("PERSON:", StringComparison.Ordinal) || m.StartsWith("ORG:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_does_not_run_on_over_a_signatures_firm() =>
        Assert.Contains("PERSON:Kevin A. Boone", EntityTestHelpers.Mentions("Regards, Kevin A. Boone Accenture -- Houston Consultant"));

    [Fact]
    public void A_pronoun_after_an_organization_is_not_part_of_its_name() =>
        Assert.Contains("ORG:BBC", EntityTestHelpers.Mentions("The forester told the BBC he had heard a sound like a lawnmower."));

    [Theory]
    [InlineData("Claudia Ramírez Olvera of the ruling Morena party won the vote.", "ORG:Morena")]
    [InlineData("Wages fell, according to the consultancy Equilibra Analítica.", "ORG:Equilibra Analítica")]
    [InlineData("The factory, owned by Meghna Knit Composites, burned in 2013.", "ORG:Meghna Knit Composites")]
    public void A_party_a_consultancy_and_a_garment_maker_are_organizations(string text, string expected)
    {
        // The tagger typed each of them PERSON.
        List<string> mentions = EntityTestHelpers.Mentions(text);
        Assert.Contains(expected, mentions);
        Assert.DoesNotContain("PERSON:" + expected[4..], mentions);
    }

    [Fact]
    public void A_name_after_in_and_a_place_is_a_place()
    {
        // "[Mato Grosso]PER": after "in Pará and", no first name.
        List<string> mentions = EntityTestHelpers.Mentions("Deforestation was strongest in Pará and Mato Grosso last year.");
        Assert.Contains("LOC:Mato Grosso", mentions);
        Assert.Contains("PERSON:Yasser Arafat", EntityTestHelpers.Mentions("Cloaking himself in Yasser Arafat's legacy, Abbas pledged to fulfil his goals."));
    }

    [Fact]
    public void A_body_named_after_a_country_inside_a_longer_name_is_not_cut_out_of_it()
    {
        // The gazetteer knows "Standards Australia"; here it is part of "Food Standards Australia New Zealand".
        Assert.Contains("ORG:Standards Australia", EntityTestHelpers.Mentions("Standards Australia published the new code on Monday."));
        Assert.DoesNotContain("ORG:Standards Australia", EntityTestHelpers.Mentions("Lydia Buchtmann for Food Standards Australia New Zealand says they are looking at guidelines."));
    }

    [Fact]
    public void A_nation_alone_stays_a_place()
    {
        List<string> mentions = EntityTestHelpers.Mentions("England beat Wales 24-10 in Cardiff on Saturday.");
        Assert.Contains("GPE:England", mentions);
        Assert.Contains("GPE:Wales", mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("ORG:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_the_tagger_ran_into_an_organization_is_not_part_of_its_name()
    {
        // The tagger read "[Public Health England declined]ORG" after "Historic [England]GPE" earlier in the text.
        List<string> mentions = EntityTestHelpers.Mentions("Historic England backed the plan, while Public Health England declined to comment.");
        Assert.Contains("ORG:Public Health England", mentions);
        Assert.DoesNotContain(mentions, m => m.Contains("declined", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In a statement read to the court, Ms Hartley's mother, Patricia, said the family had been hollowed out.", "PERSON:Patricia")]
    [InlineData("The jet was flying from Denver to Boise when the engine failed.", "GPE:Denver")]
    [InlineData("The glasses, called “Lumen,” go on sale in October.", "MISC:Lumen")]
    public void A_single_name_takes_the_type_its_sentence_gives_it(string text, string expected)
    {
        // The tagger read "Patricia" as ORG, "Denver" and "Lumen" as PERSON.
        Assert.Contains(expected, EntityTestHelpers.Mentions(text));
    }

    [Theory]
    [InlineData("Ng Wei Ling, a trader in Singapore, said rubber prices had risen for a third week.", "PERSON:Ng Wei Ling")]
    [InlineData("Tan Boon Huat, the company's chief executive, said the plant would reopen in March.", "PERSON:Tan Boon Huat")]
    [InlineData("Imran ul-Haq, a spokesman for the utility, said power would return by Friday.", "PERSON:Imran ul-Haq")]
    public void A_name_a_persons_description_follows_is_a_person_though_the_tagger_read_an_organization(string text, string expected)
    {
        // The tagger types these names ORG (no first name it knows); the description after the comma is a person's. A
        // company noun after a preposition ("a spokesman for the utility") does not make the name a company's.
        List<string> mentions = EntityTestHelpers.Mentions(text);
        Assert.Contains(expected, mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("ORG:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Vanguard Partners, a fund manager, said it had sold the stake.", "ORG:Vanguard Partners")]
    [InlineData("Nexaris, the Austin chipmaker noted for its low-power designs, said orders doubled.", "ORG:Nexaris")]
    public void A_company_with_a_description_stays_a_company(string text, string expected) =>
        Assert.Contains(expected, EntityTestHelpers.Mentions(text));

    [Fact]
    public void Two_parts_of_one_name_the_tagger_split_are_one_person()
    {
        // "[Nguyen Thi]PER [Lan Huong]PER": a Vietnamese name in four words, read as two people.
        List<string> mentions = EntityTestHelpers.Mentions("Nguyen Thi Lan Huong, a director at the trade ministry, said exports rose 14 percent.");
        Assert.Contains("PERSON:Nguyen Thi Lan Huong", mentions);
        Assert.Single(mentions, m => m.StartsWith("PERSON:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Exports rose 14 percent, the General Statistics Office said on Monday.", "ORG:General Statistics Office")]
    [InlineData("The Government Accountability Office found errors in 40 of the contracts.", "ORG:Government Accountability Office")]
    public void An_office_of_government_is_an_organization(string text, string expected) =>
        Assert.Contains(expected, EntityTestHelpers.Mentions(text));

    [Fact]
    public void The_oval_office_is_no_organization() =>
        Assert.DoesNotContain(EntityTestHelpers.Mentions("The two leaders met in the Oval Office on Tuesday."), m => m.StartsWith("ORG:", StringComparison.Ordinal));

    [Theory]
    [InlineData("Luis de la Garza was sacked on Sunday. De la Garza said he would appeal.", "Luis de la Garza", "De la Garza")]
    [InlineData("Pieter van der Berg led the talks. Van der Berg said no deal was near.", "Pieter van der Berg", "Van der Berg")]
    public void A_surname_whose_particle_opens_the_sentence_is_the_same_person(string text, string full, string surname)
    {
        // At the sentence start the tagger types "[la Garza]ORG" or "[Van]GPE der [Berg]PER".
        (NewsDocument doc, Entity entity) = EntityTestHelpers.EntityOf(text, full);
        Assert.Equal(EntityType.Person, entity.Type);
        Assert.Contains(surname, EntityTestHelpers.MentionTexts(doc, entity));
    }

    [Theory]
    [InlineData("Chef Mariana Quist opened her third restaurant in Halifax last month.", "PERSON:Mariana Quist")]
    [InlineData("Cllr Mary Davies said the budget was tight.", "PERSON:Mary Davies")]
    [InlineData("Landscaper Diego Fuentes spoke against the leaf blower ban on Tuesday.", "PERSON:Diego Fuentes")]
    [InlineData("Beekeeper Hank Vermeulen noticed the colonies thinning in early May.", "PERSON:Hank Vermeulen")]
    public void A_role_the_title_list_lacks_before_a_first_name_and_a_surname_leaves_the_person(string text, string expected)
    {
        // The tagger reads the unknown role and the first name as an organization ("[Chef Mariana]ORG Quist"), or the role
        // and the whole name ("[Landscaper Diego Fuentes]ORG", where "Diego" and "Hank" are common words as well).
        List<string> mentions = EntityTestHelpers.Mentions(text);
        Assert.Contains(expected, mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("ORG:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Riverside General Hospital tested the triage software for six months.", "ORG:Riverside General Hospital")]
    [InlineData("Warehouse staff in Reno voted 212 to 95 to join the United Logistics Workers.", "ORG:United Logistics Workers")]
    [InlineData("The Delhi Transport Corporation Workers' Union said it had not been consulted.", "ORG:Delhi Transport Corporation Workers' Union")]
    [InlineData("Club Fundidores de Monterrey lost 4-0 at home on Sunday and fell to the bottom of the league.", "ORG:Club Fundidores de Monterrey")]
    public void A_hospital_a_union_named_for_its_workers_and_a_club_are_organizations(string text, string expected)
    {
        // The tagger read "General" as a title and left the union and the club out (only "Monterrey", a place); a plural
        // possessive runs on into the longer name.
        List<string> mentions = EntityTestHelpers.Mentions(text);
        Assert.Contains(expected, mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("TITLE:", StringComparison.Ordinal) || m.EndsWith(":Delhi Transport Corporation Workers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The pitcher lifted the Los Angeles Dodgers to a 7-6 victory.", "ORG:Los Angeles Dodgers")]
    [InlineData("Gwynn homered as the San Diego Padres blanked the Expos.", "ORG:San Diego Padres")]
    public void A_place_name_before_a_first_name_is_no_role(string text, string expected) =>
        Assert.Contains(expected, EntityTestHelpers.Mentions(text));

    [Fact]
    public void A_lower_case_common_word_is_no_person_in_edited_prose_but_stays_one_in_lower_case_web_text()
    {
        // "frank" is a first name in the counts; the tagger took it for one inside the quoted words.
        List<string> news = EntityTestHelpers.Mentions("Varga arrived in Brussels on Monday. She met the foreign minister. Varga said the talks had been \"frank and difficult.\"");
        Assert.Contains("PERSON:Varga", news);
        Assert.DoesNotContain(news, m => m.EndsWith(":frank", StringComparison.Ordinal));

        // A text that does not capitalize its sentences keeps what the tagger finds in lower case.
        Assert.Contains("PERSON:frank", EntityTestHelpers.Mentions("talked to frank about it. he said fine. then we left."));
    }

    [Fact]
    public void A_name_with_its_surname_first_keeps_it()
    {
        // "Kian" is a first name in the US counts, but the tagger's mention holds all three words: no role was cut off. (The
        // tagger types the name as an organization: a known limit, not this rule's.)
        List<string> mentions = EntityTestHelpers.Mentions("SMRT Trains president Goh Kian Seng said the fault was fixed.");
        Assert.Contains(mentions, m => m.EndsWith(":Goh Kian Seng", StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.EndsWith(":Kian Seng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_the_tagger_ran_on_past_a_comma_into_another_name_is_two_names()
    {
        // British style ("Ms Sturgeon", "Speaking to the BBC, ..."): the tagger reads "BBC, Nicola Sturgeon" as one organization.
        List<string> mentions = EntityTestHelpers.Mentions("Speaking to the BBC, Nicola Sturgeon said the result was a disgrace.");
        Assert.Contains("ORG:BBC", mentions);
        Assert.Contains("PERSON:Nicola Sturgeon", mentions);
        Assert.DoesNotContain(mentions, m => m.Contains(',', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Journal, citing three officials, said the talks had collapsed.", "Journal, citing", "Journal")]
    [InlineData("Shares of Acme, Inc. rose sharply.", "Acme, Inc.", "Acme, Inc.")]
    [InlineData("A speech by Martin Luther King, Jr. was read aloud.", "Martin Luther King, Jr.", "Martin Luther King, Jr.")]
    [InlineData("The ruling angered Reuters, Bloomberg and the AP.", "Reuters, Bloomberg", "Reuters|Bloomberg")]
    public void A_name_ends_at_a_comma_unless_a_suffix_follows(string text, string tagged, string expected)
    {
        int at = text.IndexOf(tagged, StringComparison.Ordinal);
        List<EntityMention> parts = EntityPipeline.SplitAtCommas(text, EnglishTokenizer.Tokenize(text).AsSpan(),
            [new EntityMention(new TextSpan(at, tagged.Length), EntityType.Organization)]);
        Assert.Equal(expected, string.Join('|', parts.Select(m => text.Substring(m.Span.Start, m.Span.Length))));
    }

    [Fact]
    public void A_place_with_its_region_is_not_split()
    {
        const string text = "The rally in Washington, D.C. drew thousands.";
        int at = text.IndexOf("Washington", StringComparison.Ordinal);
        List<EntityMention> parts = EntityPipeline.SplitAtCommas(text, EnglishTokenizer.Tokenize(text).AsSpan(),
            [new EntityMention(new TextSpan(at, "Washington, D.C.".Length), EntityType.Gpe)]);
        Assert.Equal("Washington, D.C.", text.Substring(parts.Single().Span.Start, parts.Single().Span.Length));
    }

    [Fact]
    public void Stage_directions_in_a_transcript_are_not_names()
    {
        List<string> mentions = EntityTestHelpers.Mentions("THE PRESIDENT: I appreciate that. (Laughter.) There is a painting on my wall. (Applause.) This is not a filibuster.");
        Assert.DoesNotContain(mentions, m => m.EndsWith(":Laughter", StringComparison.Ordinal) || m.EndsWith(":Applause", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mention_that_is_only_an_address_is_trimmed_to_nothing()
    {
        const string text = "Write to kevin.boone@example.com or call the desk.";
        EntityMention trimmed = EntityPipeline.Trim(text, EnglishTokenizer.Tokenize(text).AsSpan(),
            new EntityMention(new TextSpan(text.IndexOf("kevin", StringComparison.Ordinal), "kevin.boone@example.com".Length), EntityType.Person));
        Assert.Equal(0, trimmed.Span.Length);
    }
}

public class CommonWordMentionTests
{
    /// <summary>Tags every occurrence of the given words as an organization, as a confused tagger might.</summary>
    private sealed class TagWords(params string[] words) : IEntityRecognizer
    {
        public IReadOnlyCollection<EntityType> Produces { get; } = [EntityType.Organization];

        public System.Collections.Immutable.ImmutableArray<EntityMention> Recognize(EntityRecognitionContext context, CancellationToken cancellationToken) =>
        [
            .. words.SelectMany(w => AllIndexes(context.Text, w).Select(at => new EntityMention(new TextSpan(at, w.Length), EntityType.Organization))),
        ];

        private static IEnumerable<int> AllIndexes(string text, string word)
        {
            for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                yield return at;
            }
        }
    }

    [Fact]
    public void Shouted_common_words_and_sentence_openers_are_not_names_but_acronyms_and_mid_sentence_words_are()
    {
        const string text = "Please read this. THIS DEAL IS TOO GOOD TO MISS. The WHO and the US said the IT budget would grow, Free said.";
        NewsDocument doc = NewsAnalyzer.CreateBuilder().ClearEntityRecognizers().Build().Analyze(text);
        var context = new EntityRecognitionContext(doc.Text, doc.Tokens, doc.Sentences, doc.Paragraphs, doc.Metadata, []);
        bool Common(string word)
        {
            int at = text.IndexOf(word, StringComparison.Ordinal);
            return EntityPipeline.OnlyCommonWords(context, new TextSpan(at, word.Length));
        }

        Assert.True(Common("Please"));     // opens a sentence
        Assert.True(Common("TOO GOOD"));   // shouting
        Assert.False(Common("WHO"));
        Assert.False(Common("US"));
        Assert.False(Common("IT"));
        Assert.False(Common("Free"));      // inside a sentence, in normal case: a name (the French telecom)
    }

    private static EntityRecognitionContext ContextOf(string text)
    {
        NewsDocument doc = NewsAnalyzer.CreateBuilder().ClearEntityRecognizers().Build().Analyze(text);
        return new EntityRecognitionContext(doc.Text, doc.Tokens, doc.Sentences, doc.Paragraphs, doc.Metadata, []);
    }

    private static TextSpan SpanOf(string text, string words, int from = 0)
    {
        int at = text.IndexOf(words, from, StringComparison.Ordinal);
        Assert.True(at >= 0);
        return new TextSpan(at, words.Length);
    }

    [Fact]
    public void Common_words_in_a_title_case_heading_are_not_names_but_the_same_words_in_a_sentence_are_left_alone()
    {
        const string text = "Pizza Night With The Best Crust In Town\nWe watched The Best on Friday and loved it.";
        EntityRecognitionContext context = ContextOf(text);
        Assert.True(EntityPipeline.OnlyCommonWords(context, SpanOf(text, "The Best")));
        Assert.False(EntityPipeline.OnlyCommonWords(context, SpanOf(text, "The Best", text.IndexOf('\n', StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("Once Cyclone Phailin comes on shore it will lose strength.", "Cyclone Phailin", true)]
    [InlineData("Hurricane Katrina flooded New Orleans in 2005.", "Hurricane Katrina", true)]
    [InlineData("Tropical Storm Debby stalled over Florida.", "Tropical Storm Debby", true)]
    [InlineData("Storm Reid starred in the film.", "Storm Reid", false)]
    [InlineData("The Hurricanes beat the Bruins.", "Hurricanes", false)]
    public void A_storms_name_is_told_from_a_persons(string text, string tagged, bool expected) =>
        Assert.Equal(expected, EntityPipeline.IsStormName(text, SpanOf(text, tagged)));

    [Theory]
    [InlineData("Thanks For A Great Job", true)]
    [InlineData("Great Service And Friendly Staff", true)]
    [InlineData("Manchester United 3 Chelsea 1", false)]
    [InlineData("Nick Bos of the University of Helsinki", false)]
    [InlineData("Best Pizza", false)]
    public void Title_case_lines_are_told_from_runs_of_names(string line, bool expected)
    {
        Token[] tokens = [.. EnglishTokenizer.Tokenize(line)];
        Assert.Equal(expected, Byline.Entities.Tagging.NerDocumentFeatures.IsTitleCase(line, tokens, 0, tokens.Length));
    }

    [Theory]
    [InlineData("Hey Vladi , thanks for the notes .", "Hey Vladi", "Vladi")]
    [InlineData("Dear Nina , the contract is attached .", "Dear Nina", "Nina")]
    [InlineData("Dear All , the office is closed on Friday .", "Dear All", "")]
    [InlineData("Mercedes and Dan are very thorough .", "Dan are very", "Dan")]
    [InlineData("When my server crashed , Greg worked from 7 PM until 4 AM .", "Greg worked from 7", "Greg")]
    [InlineData("A. Ranatunga lbw b Fleming 0 .", "A. Ranatunga", "A. Ranatunga")]
    [InlineData("The team thanked Jose Miguel Insulza on Monday .", "Jose Miguel Insulza", "Jose Miguel Insulza")]
    [InlineData("Professor Cres Eastman , Director of the National Iodine Nutrition study , said .", "Director of the National Iodine Nutrition", "")]
    [InlineData("Mark Tedeschi , Crown prosecutor of the state , said .", "Mark Tedeschi", "Mark Tedeschi")]
    [InlineData("President Barack Obama of the United States spoke .", "President Barack Obama", "President Barack Obama")]
    public void A_persons_name_loses_an_opening_greeting_and_the_lower_case_words_it_ran_into_and_a_role_of_something_is_none(string text, string tagged, string expected)
    {
        EntityMention trimmed = EntityPipeline.TrimPerson(ContextOf(text), new EntityMention(SpanOf(text, tagged), EntityType.Person));
        Assert.Equal(expected, text.Substring(trimmed.Span.Start, trimmed.Span.Length));
    }

    [Fact]
    public void Lower_case_names_need_the_gazetteer_behind_them()
    {
        const string text = "we drove from tampa to the crab shack in london and it was kinda weird .";
        EntityRecognitionContext context = ContextOf(text);
        Assert.False(EntityPipeline.LowerCaseUnknown(context, SpanOf(text, "tampa")));
        Assert.False(EntityPipeline.LowerCaseUnknown(context, SpanOf(text, "london")));
        Assert.True(EntityPipeline.LowerCaseUnknown(context, SpanOf(text, "crab")));
        Assert.True(EntityPipeline.LowerCaseUnknown(context, SpanOf(text, "kinda weird")));
        Assert.False(EntityPipeline.LowerCaseUnknown(ContextOf("Crab Shack opened ."), new TextSpan(0, 10)));
    }

    [Fact]
    public void Parts_of_file_names_are_not_names()
    {
        const string text = "See attached file: CrudeStocks.pdf and Lisa_resume.doc. Amazon said sales rose.Analysts agreed.";
        EntityRecognitionContext context = ContextOf(text);
        Assert.True(EntityPipeline.InFileName(context, SpanOf(text, "pdf")));
        Assert.True(EntityPipeline.InFileName(context, SpanOf(text, "CrudeStocks")));
        Assert.True(EntityPipeline.InFileName(context, SpanOf(text, "Lisa")));
        Assert.False(EntityPipeline.InFileName(context, SpanOf(text, "Amazon")));
        Assert.False(EntityPipeline.InFileName(context, SpanOf(text, "Analysts")));
    }

    [Fact]
    public void Names_from_the_users_own_recognizers_are_kept_as_found()
    {
        const string text = "Shares of Next rose after Indeed said hiring was strong.";
        NewsDocument doc = NewsAnalyzer.CreateBuilder().ClearEntityRecognizers()
            .AddGazetteer(EntityType.Organization, ["Next", "Indeed"])
            .Build().Analyze(text);
        Assert.Equal(["Next", "Indeed"], doc.Mentions.Select(m => doc.GetText(m.Span)));
    }
}

public class KnownOrganizationTests
{
    [Fact]
    public void The_back_off_tags_an_untagged_known_organization_and_leaves_common_words()
    {
        const string text = "Time is short, the lawsuit against Google says.";
        NewsDocument doc = NewsAnalyzer.CreateBuilder().ClearEntityRecognizers().Build().Analyze(text);
        var context = new EntityRecognitionContext(doc.Text, doc.Tokens, doc.Sentences, doc.Paragraphs, doc.Metadata, []);
        var found = KnownOrganizationRecognizer.Instance.Recognize(context, CancellationToken.None);
        Assert.Equal(["Google"], found.Select(m => text.Substring(m.Span.Start, m.Span.Length)));
        Assert.All(found, m => Assert.Equal(EntityType.Organization, m.Type));
    }

    [Fact]
    public void Organizations_newer_than_the_training_news_are_found_through_the_gazetteer()
    {
        var mentions = EntityTestHelpers.Mentions("The lawsuit accuses Google of abusing its dominance in search. PayPal declined to comment.");
        Assert.Contains("ORG:Google", mentions);
        Assert.Contains("ORG:PayPal", mentions);
    }

    [Fact]
    public void A_common_word_with_a_capital_is_not_taken_for_the_organization_of_that_name()
    {
        var mentions = EntityTestHelpers.Mentions("Time is running out for the talks. Shell companies were used to hide the money.");
        Assert.DoesNotContain(mentions, m => m.StartsWith("ORG:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sheffield Wednesday beat Leeds 2-0 at Hillsborough.", "Sheffield Wednesday")]
    [InlineData("Candidates campaigned hard before Super Tuesday.", "Super Tuesday")]
    public void A_weekday_inside_a_team_or_event_name_stays(string text, string name) =>
        Assert.Contains(EntityTestHelpers.Mentions(text), m => m.EndsWith(":" + name, StringComparison.Ordinal));

    [Fact]
    public void A_weekday_is_a_date_never_part_of_a_name()
    {
        var mentions = EntityTestHelpers.Mentions("A bomb ripped through a building next to the U.S. embassy in Nairobi, Kenya Friday morning.");
        Assert.Contains(mentions, m => m.StartsWith("DATE:Friday", StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => !m.StartsWith("DATE:", StringComparison.Ordinal) && m.Contains("Friday", StringComparison.Ordinal));
    }
}
