namespace Byline.Tests;

public class SmokeTests
{
    [Fact]
    public void Analyze_keeps_text_and_finds_sentences()
    {
        const string text = "The council voted on Tuesday. Mayor Linda Okafor said the wall would be built.";
        NewsDocument doc = NewsAnalyzer.CreateDefault().Analyze(text);
        Assert.Same(text, doc.Text);
        Assert.Equal(["The council voted on Tuesday.", "Mayor Linda Okafor said the wall would be built."],
            doc.Sentences.Select(s => doc.GetText(s.Span)));
    }
}
