using Byline.Entities;
using Byline.Text;

namespace Byline.Tests.Entities;

public class StatisticalEntityRecognizerTests
{
    [Theory]
    [InlineData("German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.", "PERSON:Angela Merkel")]
    [InlineData("German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.", "PERSON:Emmanuel Macron")]
    [InlineData("German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.", "GPE:Berlin")]
    [InlineData("Shares of Microsoft rose 3% after the company beat forecasts, Reuters reported.", "ORG:Microsoft")]
    [InlineData("Shares of Microsoft rose 3% after the company beat forecasts, Reuters reported.", "ORG:Reuters")]
    [InlineData("The European Union imposed new sanctions on Russia, officials in Brussels said.", "ORG:European Union")]
    [InlineData("The European Union imposed new sanctions on Russia, officials in Brussels said.", "GPE:Russia")]
    [InlineData("Brazilian farmers fear the drought will last until the end of the harvest.", "NORP:Brazilian")]
    [InlineData("Rescue teams searched the Alps after the avalanche, police in Switzerland said.", "LOC:Alps")]
    public void Tagger_finds_names_in_news_sentences(string text, string expected) =>
        Assert.Contains(expected, EntityTestHelpers.Mentions(text));

    [Theory]
    [InlineData("\" Shiite cleric Muqtada al-Sadr said on Friday.", "NORP:Shiite")]
    [InlineData("Violence spread through the Sunni Arab regions on Wednesday.", "NORP:Sunni Arab")]
    [InlineData("Singapore shares rose on Monday.", "GPE:Singapore")]
    [InlineData("French Prime Minister Christian Blanc resigned.", "PERSON:Christian Blanc")]
    public void A_name_made_of_a_groups_words_is_a_group_unless_it_is_a_place_or_a_first_name(string text, string expected) =>
        Assert.Contains(expected, EntityTestHelpers.Mentions(text));

    [Fact]
    public void Lowercase_words_are_not_names()
    {
        var mentions = EntityTestHelpers.Mentions("the council said the wall would protect about 1,200 homes and the fish market.");
        Assert.DoesNotContain(mentions, m => m.StartsWith("PERSON:", StringComparison.Ordinal) || m.StartsWith("ORG:", StringComparison.Ordinal));
    }

    [Fact]
    public void Model_loads_once_and_is_small()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var model = Byline.Entities.Tagging.NerModel.Default;
        Assert.Same(model, Byline.Entities.Tagging.NerModel.Default);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"loading took {sw.Elapsed}");
        Assert.True(model.RowCount > 10_000);
        Assert.Contains("averaged perceptron", model.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Tagging_is_thread_safe()
    {
        const string text = "Prime Minister Keir Starmer spoke to President Donald Trump about NATO and Ukraine.";
        var expected = EntityTestHelpers.Mentions(text);
        Parallel.For(0, 16, _ => Assert.Equal(expected, EntityTestHelpers.Mentions(text)));
    }

    [Theory]
    [InlineData("The World Health Organization (WHO) warned of an outbreak.", "World Health Organization", "WHO", true)]
    [InlineData("The International Atomic Energy Agency (IAEA) sent inspectors.", "International Atomic Energy Agency", "IAEA", true)]
    [InlineData("The World Health Organization (UN) warned of an outbreak.", "World Health Organization", "UN", false)]
    [InlineData("John Smith (WHO) spoke first.", "John Smith", "WHO", false)]
    public void An_acronym_in_brackets_after_a_name_is_told_by_its_initials(string text, string name, string acronym, bool expected)
    {
        Token[] tokens = [.. EnglishTokenizer.Tokenize(text)];
        int first = Array.FindIndex(tokens, t => t.Start == text.IndexOf(name, StringComparison.Ordinal));
        int last = Array.FindIndex(tokens, t => t.End == text.IndexOf(name, StringComparison.Ordinal) + name.Length);
        int at = Array.FindIndex(tokens, t => t.Start == text.IndexOf("(" + acronym, StringComparison.Ordinal) + 1);
        Assert.Equal(expected, StatisticalEntityRecognizer.IsAcronymOf(text, tokens, first, last, at));
    }
}

public class TaggerStaticScoreTests
{
    [Fact]
    public void Reusing_the_first_pass_static_scores_gives_the_labels_of_recomputing_them()
    {
        // Two passes over a real sample article: the second pass starts from the static scores kept by the first
        // (the fast path) or sums them again (the path for documents over a million tokens). Labels must match.
        string text = TestArticles.Sample("harbor-council.txt")
            + "\n\n" + TestArticles.Sample("trade-talks.txt");
        var model = Byline.Entities.Tagging.NerModel.Default;
        Assert.Equal(2, model.Passes);
        Byline.Text.Token[] tokens = [.. Byline.Text.EnglishTokenizer.Tokenize(text)];
        var segments = Byline.Entities.StatisticalEntityRecognizer.Segments(text, tokens);
        var kept = new int[tokens.Length];
        var recomputed = new int[tokens.Length];
        model.Tag(model.CreateFeatures(), text, tokens, segments, kept, keepStaticScores: true);
        model.Tag(model.CreateFeatures(), text, tokens, segments, recomputed, keepStaticScores: false);
        Assert.Equal(recomputed, kept);
        Assert.Contains(kept, l => l != Byline.Entities.Tagging.NerLabels.Outside);
    }
}
