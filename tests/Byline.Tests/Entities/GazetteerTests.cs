using Byline.Entities;

namespace Byline.Tests.Entities;

public class GazetteerTests
{
    [Fact]
    public void User_gazetteer_names_win_over_the_tagger()
    {
        NewsAnalyzer nlp = NewsAnalyzer.CreateBuilder()
            .AddGazetteer(EntityType.Organization, ["Portville Harbor Trust", "Acme"])
            .AddGazetteer(new EntityType("PRODUCT"), ["iPhone 16"])
            .Build();
        NewsDocument doc = nlp.Analyze("The Portville Harbor Trust bought shares in Acme after the iPhone 16 launch.");
        var mentions = doc.Mentions.Select(m => m.Type.Name + ":" + doc.GetText(m.Span)).ToList();
        Assert.Contains("ORG:Portville Harbor Trust", mentions);
        Assert.Contains("ORG:Acme", mentions);
        Assert.Contains("PRODUCT:iPhone 16", mentions);
    }

    [Fact]
    public void Capitalized_names_do_not_match_lowercase_words()
    {
        NewsAnalyzer nlp = NewsAnalyzer.CreateBuilder().ClearEntityRecognizers().AddGazetteer(EntityType.Organization, ["Apple"]).Build();
        NewsDocument doc = nlp.Analyze("She ate an apple before the Apple event.");
        Assert.Single(doc.Mentions);
        Assert.Equal("Apple", doc.GetText(doc.Mentions[0].Span));
    }
}
