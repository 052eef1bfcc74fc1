using Byline.Entities;

namespace Byline.Tests.Entities;

public class CompanyNameRecognizerTests
{
    /// <summary>What the recognizer alone finds, as "TYPE:text".</summary>
    private static List<string> Found(string text)
    {
        NewsDocument doc = NewsAnalyzer.CreateBuilder().ClearEntityRecognizers().Build().Analyze(text);
        var context = new EntityRecognitionContext(doc.Text, doc.Tokens, doc.Sentences, doc.Paragraphs, doc.Metadata, []);
        return [.. CompanyNameRecognizer.Instance.Recognize(context, CancellationToken.None).Select(m => $"{m.Type.Name}:{text.AsSpan(m.Span.Start, m.Span.Length)}")];
    }

    [Fact]
    public void A_legal_form_ends_a_companys_name_and_belongs_to_it()
    {
        Assert.Equal(["ORG:Delmar Chemical Co.", "ORG:Coppervale Resources Ltd."],
            Found("Regulators fined Delmar Chemical Co. on Monday, and Coppervale Resources Ltd. said it would appeal."));
        Assert.Equal(["ORG:Acme, Inc.", "ORG:JPMorgan Chase & Co."], Found("Acme, Inc. hired JPMorgan Chase & Co. to sell the unit."));
        Assert.Equal(["ORG:Halvorsen Foods, Inc.", "ORG:Vestrel AG"], Found("Halvorsen Foods, Inc. sold the unit to Vestrel AG on Monday."));
        Assert.Equal(["ORG:Harlan Mining Corp."], Found("Harlan Mining Corp. agreed to buy the mine."));
        Assert.Equal(["ORG:First Albany Corp."], Found("said Hugh Johnson, chief investment officer at First Albany Corp."));
    }

    [Fact]
    public void A_line_of_business_or_a_public_bodys_head_names_an_organization()
    {
        Assert.Equal(["ORG:Norvell Foods", "ORG:Volta Motors"], Found("Norvell Foods and Volta Motors reported losses."));
        Assert.Equal(["ORG:FreshWay Markets", "ORG:Greenleaf Foods"], Found("The merger of grocery chains FreshWay Markets and Greenleaf Foods was blocked."));
        Assert.Equal(["ORG:Gulfline Power"], Found("Gulfline Power cut rates. Samantha Power spoke. Jewish West Bank settlements grew."));
        Assert.Equal(["ORG:Brantley Industries", "ORG:Kestrel Pharmaceuticals"],
            Found("Brantley Industries CEO Owen Hargrove spoke first. Kestrel Pharmaceuticals Chief Executive Ana Ruiz spoke next."));
        Assert.Equal(["ORG:Northern Flood Authority", "ORG:Energy Ministry"],
            Found("The Northern Flood Authority issued warnings, and Peru's Energy Ministry closed the field."));
    }

    [Fact]
    public void A_body_may_open_with_the_place_it_serves()
    {
        // (A business may not: "Jewish West Bank settlements" above.)
        Assert.Equal(["ORG:Georgia Voting Rights Project"], Found("The Georgia Voting Rights Project, which brought the case, said it would appeal."));
        Assert.Equal(["ORG:U.S. Geological Survey"], Found("The quake was felt widely, according to the U.S. Geological Survey."));
    }

    [Fact]
    public void Opening_words_and_places_before_the_name_are_no_part_of_it()
    {
        Assert.Equal(["ORG:Harlan Mining"], Found("On Monday Harlan Mining cut jobs."));
        Assert.Equal(["ORG:Mercantile Bancorp Inc."], Found("St. Louis-based Mercantile Bancorp Inc. is for sale."));
        Assert.Equal(["ORG:Douglas & Lomason Co"], Found("Shares of Douglas & Lomason Co were up."));
    }

    [Fact]
    public void The_end_of_a_longer_name_common_words_and_surnames_are_left_to_the_tagger()
    {
        Assert.Empty(Found("The National Oceanic and Atmospheric Administration issued a warning."));
        Assert.Empty(Found("The Department of Natural Resources closed the park."));
        Assert.Empty(Found("Futures on the Chicago Board of Trade fell."));
        Assert.Empty(Found("Gold Fields of South Africa Ltd said so."));
        Assert.Empty(Found("Human Resources sent a memo. General Motors cut prices."));
        Assert.Empty(Found("Samantha Power spoke. HILL BRANDS CHAMPION A CHEAT."));
        Assert.Empty(Found("Hong Kong Financial Secretary Donald Tsang spoke."));

        // A legal form's letters that mean something else: a state, an attorney general, a county.
        Assert.Empty(Found("Denver, CO is sunny. Texas AG Ken Paxton sued, and the Texas AG said so. He lives in Belfast, Co Antrim."));
    }

    [Fact]
    public void In_the_pipeline_the_company_is_an_organization_not_a_person()
    {
        List<string> mentions = EntityTestHelpers.Mentions("Harlan Mining agreed to buy Coppervale Resources Ltd. Kestrel Pharmaceuticals said sales rose.");
        Assert.Contains("ORG:Harlan Mining", mentions);
        Assert.Contains("ORG:Coppervale Resources Ltd.", mentions);
        Assert.Contains("ORG:Kestrel Pharmaceuticals", mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("PERSON:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_party_label_after_a_politicians_name_is_no_entity()
    {
        List<string> mentions = EntityTestHelpers.Mentions("Committee Chairman Rep. Jason Chaffetz, R-Utah, said the hearing would go on. Sen. Mike Lee (R-Utah) agreed.");
        Assert.Contains("PERSON:Jason Chaffetz", mentions);
        Assert.DoesNotContain(mentions, m => m.Contains("R-Utah", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_word_name_the_sentence_calls_a_company_is_an_organization_in_every_mention()
    {
        List<string> mentions = EntityTestHelpers.Mentions("Nexaris, the Austin chipmaker, unveiled a new processor. Nexaris shares rose 4%.");
        Assert.Equal(2, mentions.Count(m => m == "ORG:Nexaris"));
        Assert.Contains("ORG:Quillon", EntityTestHelpers.Mentions("Cambridge-based start-up Quillon has raised 40 million pounds."));
        Assert.Contains("ORG:Flickbox", EntityTestHelpers.Mentions("\"We want people to keep watching,\" said Dan Whitaker, the chief executive of Flickbox."));
    }

    [Fact]
    public void A_name_of_several_words_a_company_description_follows_is_an_organization_but_a_person_with_a_first_name_stays()
    {
        List<string> mentions = EntityTestHelpers.Mentions("Lumen Grid, the Austin-based battery startup, said it had raised $240 million. Lumen Grid plans to hire.");
        Assert.Equal(2, mentions.Count(m => m == "ORG:Lumen Grid"));
        Assert.Contains("PERSON:Tom Ward", EntityTestHelpers.Mentions("Tom Ward, the Austin-based battery startup, said it was fine."));
    }

    [Fact]
    public void A_companys_short_name_is_the_company_but_a_namesake_person_stays_a_person()
    {
        (NewsDocument doc, Entity entity) = EntityTestHelpers.EntityOf("Software maker Trellis Inc has sued rival Ambrose Data. Ambrose said the claims were baseless. Trellis said it would not comment.", "Ambrose");
        Assert.Equal(EntityType.Organization, entity.Type);
        Assert.Equal("Ambrose Data", entity.Name);
        Assert.Contains("Trellis", EntityTestHelpers.MentionTexts(doc, EntityTestHelpers.EntityOf(doc.Text, "Trellis Inc").Entity));

        // "One label Rubio resists": the surname of a person named in full is no company.
        Assert.DoesNotContain("ORG:Rubio", EntityTestHelpers.Mentions("Marco Rubio spoke on Monday. One label Rubio resists is the one many have given him."));
        // "Podesta told the AP his firm ...": a mention that reads as a person's keeps the person.
        Assert.DoesNotContain("ORG:Podesta", EntityTestHelpers.Mentions("The Podesta Group lobbied for the project. Podesta told the AP his firm worked closely with the nonprofit."));
    }

    [Fact]
    public void Names_joined_by_an_ampersand_a_company_noun_before_a_name_and_a_police_force_are_organizations()
    {
        List<string> mentions = EntityTestHelpers.Mentions("Harlan & Pryce, the British department store chain, will close 11 shops. Australian budget carrier Wattle Air said it would cut routes.");
        Assert.Contains("ORG:Harlan & Pryce", mentions);
        Assert.DoesNotContain("PERSON:Harlan", mentions);
        Assert.Contains("ORG:Wattle Air", mentions);

        mentions = EntityTestHelpers.Mentions("A man has died after being hit by a lorry, Devon and Cornwall Police have said. Greater Manchester Police and Merseyside Police sent officers.");
        Assert.Contains("ORG:Devon and Cornwall Police", mentions);
        Assert.Contains("ORG:Greater Manchester Police", mentions);
        Assert.Contains("ORG:Merseyside Police", mentions);
        Assert.DoesNotContain("PERSON:Devon", mentions);

        // Not two people the article names, nor a common word before "and".
        mentions = EntityTestHelpers.Mentions("Donald Trump met Vladimir Putin in Helsinki. Trump & Putin: the talks went well. Paramedics and Sussex Police attended.");
        Assert.DoesNotContain("ORG:Trump & Putin", mentions);
        Assert.Contains("ORG:Sussex Police", mentions);
        Assert.DoesNotContain("ORG:Paramedics and Sussex Police", mentions);
    }

    [Fact]
    public void Letters_after_a_name_are_no_name_of_their_own()
    {
        List<string> mentions = EntityTestHelpers.Mentions("Opening the case, prosecutor Rupert Kimble KC said the defendant had exploited their trust. Diane Abbott MP said it was cruel.");
        Assert.Contains("PERSON:Rupert Kimble", mentions);
        Assert.Contains("PERSON:Diane Abbott", mentions);
        Assert.DoesNotContain("ORG:KC", mentions);
        Assert.DoesNotContain("PERSON:Diane Abbott MP", mentions);
    }

    [Fact]
    public void A_bodys_name_runs_on_through_its_purpose_after_for_or_on()
    {
        List<string> mentions = EntityTestHelpers.Mentions(
            "The Court of Arbitration for Sport upheld the ban. The Coalition for App Fairness said the rules were unfair. "
            + "The European Centre for Disease Prevention and Control said the risk was low. The Committee on Infractions met twice.");
        Assert.Contains("ORG:Court of Arbitration for Sport", mentions);
        Assert.Contains("ORG:The Coalition for App Fairness", mentions);
        Assert.Contains("ORG:European Centre for Disease Prevention and Control", mentions);
        Assert.Contains("ORG:Committee on Infractions", mentions);
        Assert.DoesNotContain("ORG:Sport", mentions);

        // A person's role ends the purpose; "Presidential" is no role.
        mentions = EntityTestHelpers.Mentions("The Court of Arbitration for Sport President John Coates said the ruling stands. The Commission on Presidential Debates said there was a problem.");
        Assert.Contains("ORG:Court of Arbitration for Sport", mentions);
        Assert.Contains("PERSON:John Coates", mentions);
        Assert.Contains("ORG:Commission on Presidential Debates", mentions);

        // A date after "on" is no purpose.
        mentions = EntityTestHelpers.Mentions("The Security Council on Monday voted to extend the mission.");
        Assert.Contains("ORG:Security Council", mentions);
        Assert.DoesNotContain("ORG:Security Council on Monday", mentions);
    }

    [Fact]
    public void A_surname_before_health_is_a_company()
    {
        List<string> mentions = EntityTestHelpers.Mentions("Halvorsen Health, one of the largest hospital chains in the Midwest, said hackers had stolen patient data.");
        Assert.Contains("ORG:Halvorsen Health", mentions);
        Assert.DoesNotContain("PERSON:Halvorsen Health", mentions);
    }
}
