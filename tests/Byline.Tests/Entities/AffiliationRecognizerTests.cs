using System.Collections.Immutable;
using Byline.Entities;
using Byline.Text;

namespace Byline.Tests.Entities;

public class AffiliationRecognizerTests
{
    /// <summary>What the recognizer finds when <paramref name="people"/> are the persons the tagger found.</summary>
    private static List<string> Found(string text, params string[] people)
    {
        NewsDocument doc = NewsAnalyzer.CreateBuilder().ClearEntityRecognizers().Build().Analyze(text);
        ImmutableArray<EntityMention> previous = [.. people.Select(p => new EntityMention(new TextSpan(text.IndexOf(p, StringComparison.Ordinal), p.Length), EntityType.Person))
            .OrderBy(m => m.Span.Start)];
        var context = new EntityRecognitionContext(doc.Text, doc.Tokens, doc.Sentences, doc.Paragraphs, doc.Metadata, previous);
        return [.. AffiliationRecognizer.Instance.Recognize(context, CancellationToken.None).Select(m => $"{m.Type.Name}:{text.AsSpan(m.Span.Start, m.Span.Length)}")];
    }

    [Fact]
    public void Capitalized_words_after_a_person_and_of_name_the_persons_organization()
    {
        Assert.Equal(["ORG:Heaven Sent Gaming"], Found("Wikinews interviews Mario J. Lucero and Isabel Ruiz of Heaven Sent Gaming\nGeneral questions", "Mario J. Lucero", "Isabel Ruiz"));
        Assert.Equal(["ORG:Bright Horizons"], Found("\"We are not worried,\" said Ann Lee, of Bright Horizons, on Monday.", "Ann Lee"));
        Assert.Equal(["ORG:Acme"], Found("Tom Hart of Acme said sales fell.", "Tom Hart"));
    }

    [Fact]
    public void Places_lower_case_words_and_names_already_found_are_left_alone()
    {
        Assert.Empty(Found("Jesus of Nazareth was born in Bethlehem.", "Jesus"));
        Assert.Empty(Found("Mark Smith of the University of Leeds said so.", "Mark Smith"));
        Assert.Empty(Found("Tom Hart, one of the founders, spoke.", "Tom Hart"));
        Assert.Empty(Found("Tom Hart of Acme said sales fell.", "Tom Hart", "Acme"));
        Assert.Empty(Found("Tom Hart of One Two Three Four Five Six Seven said so.", "Tom Hart"));
    }

    [Fact]
    public void The_whole_pipeline_clusters_the_organization_it_names()
    {
        const string text = "Wikinews interviews Mario J. Lucero and Isabel Ruiz of Heaven Sent Gaming\n\nWhat is Heaven Sent Gaming?\n\nHeaven Sent Gaming is basically me and Isabel, I'm Mario J. Lucero.";
        (NewsDocument doc, Entity entity) = EntityTestHelpers.EntityOf(text, "Heaven Sent Gaming");
        Assert.Equal(EntityType.Organization, entity.Type);
        Assert.Equal(3, EntityTestHelpers.MentionTexts(doc, entity).Count(m => m == "Heaven Sent Gaming"));
    }
}
