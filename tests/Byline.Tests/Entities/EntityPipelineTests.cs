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
    public void Punctuation_and_addresses_at_the_ends_of_a_mention_are_trimmed(string text, string tagged, string expected) =>
        Assert.Equal(expected, Trimmed(text, tagged));

    [Theory]
    [InlineData("He searched on Yahoo! for the answer.", "Yahoo!")]
    [InlineData("Mladost (BJ) beat Buducnost 3-1.", "Mladost (BJ)")]
    [InlineData("Shares of A.G. Edwards rose.", "A.G. Edwards")]
    public void A_mark_that_belongs_to_the_name_stays(string text, string tagged) =>
        Assert.Equal(tagged, Trimmed(text, tagged));

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
    [InlineData("Retailers expect record sales on Black Friday this year.", "Black Friday")]
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
