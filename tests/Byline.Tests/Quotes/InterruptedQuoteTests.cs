using Byline.Quotes;

namespace Byline.Tests.Quotes;

/// <summary><see cref="NewsAnalyzerOptions.SplitInterruptedQuotes"/>: the two ways to report <c>"A," she said, "B."</c>.</summary>
public class InterruptedQuoteTests
{
    private const string Story = """
        "We are not going to back down," Mayor Ellen Ruiz said on Tuesday, "and we will keep the libraries open." She added that the budget was balanced.

        "The city has never been in better shape," Ruiz said. "Our reserves are the highest in a decade.

        "And we are hiring."

        Council member Tom Ward called the budget "a sham" and said nobody believed it.
        """;

    private static readonly NewsAnalyzer Joined = NewsAnalyzer.CreateDefault();

    private static readonly NewsAnalyzer Split = NewsAnalyzer.CreateBuilder()
        .ConfigureOptions(o => o with { SplitInterruptedQuotes = true })
        .Build();

    private static string[] Describe(NewsDocument doc) =>
        [.. doc.Quotes.Select(q => $"{q.Kind} ⟦{doc.GetText(q.Span)}⟧ {q.Speaker?.Name} {q.Cue?.Text} "
            + string.Join(" | ", q.Fragments.Select(f => doc.GetText(f))))];

    [Fact]
    public void By_default_an_interrupted_quote_is_one_quote_with_its_parts_as_fragments()
    {
        NewsDocument doc = Joined.Analyze(Story);

        Quote first = doc.Quotes[0];
        Assert.Equal(QuoteKind.Direct, first.Kind);
        Assert.Equal(["We are not going to back down,", "and we will keep the libraries open."], first.Fragments.Select(f => doc.GetText(f)));
        Assert.Equal("Ellen Ruiz", first.Speaker?.Name);
    }

    [Fact]
    public void Split_gives_one_quote_per_part_with_the_same_speaker_and_cue()
    {
        NewsDocument doc = Split.Analyze(Story);

        // Expected by hand from the story: the attribution gaps split, the paragraph break does not.
        Assert.Equal(
            [
                "Direct ⟦We are not going to back down,⟧ Ellen Ruiz said ",
                "Direct ⟦and we will keep the libraries open.⟧ Ellen Ruiz said ",
                "Indirect ⟦the budget was balanced⟧ Ellen Ruiz added ",
                "Direct ⟦The city has never been in better shape,⟧ Ellen Ruiz said ",
                "Direct ⟦Our reserves are the highest in a decade.\n\n\"And we are hiring.⟧ Ellen Ruiz said Our reserves are the highest in a decade. | And we are hiring.",
                "Partial ⟦the budget \"a sham\"⟧ Tom Ward called a sham",
                "Indirect ⟦nobody believed it⟧ Tom Ward said ",
            ],
            Describe(doc));
        Assert.Same(doc.Quotes[0].Speaker, doc.Quotes[1].Speaker);
        Assert.Equal(doc.Quotes[0].Cue, doc.Quotes[1].Cue);
    }

    private const string Continued = """
        The summit in Bratislava accomplished "too little," Prime Minister Matteo Renzi said on Twitter. "Without changing policies on the economy and immigration, Europe risks a lot."

        Officials in Rome said the talks would resume in March.
        """;

    [Fact]
    public void A_partial_quote_continued_after_its_attribution_is_one_quote_or_two_when_split()
    {
        NewsDocument joined = Joined.Analyze(Continued), split = Split.Analyze(Continued);

        // Expected by hand: the continuation is one more fragment of the partial quote; split, the reported clause (without
        // the comma before the attribution) and the continuation are two quotes of one speaker and cue.
        Assert.Equal(
            [
                "Partial ⟦The summit in Bratislava accomplished \"too little,\" Prime Minister Matteo Renzi said on Twitter. \"Without changing policies on the economy and immigration, Europe risks a lot.⟧ Matteo Renzi said too little, | Without changing policies on the economy and immigration, Europe risks a lot.",
                "Indirect ⟦the talks would resume in March⟧ Officials in Rome said ",
            ],
            Describe(joined));
        Assert.Equal(
            [
                "Partial ⟦The summit in Bratislava accomplished \"too little,\"⟧ Matteo Renzi said too little,",
                "Direct ⟦Without changing policies on the economy and immigration, Europe risks a lot.⟧ Matteo Renzi said ",
                "Indirect ⟦the talks would resume in March⟧ Officials in Rome said ",
            ],
            Describe(split));
    }

    [Fact]
    public void Split_changes_nothing_else()
    {
        NewsDocument joined = Joined.Analyze(Story), split = Split.Analyze(Story);

        Assert.Equal(joined.Quotes.Length + 2, split.Quotes.Length);
        Assert.Equal(
            joined.Quotes.SelectMany(q => q.Kind == QuoteKind.Direct && q.Fragments.Length > 0 ? q.Fragments.AsEnumerable() : [q.Span]),
            split.Quotes.SelectMany(q => q.Kind == QuoteKind.Direct && q.Fragments.Length > 0 ? q.Fragments.AsEnumerable() : [q.Span]));
        Assert.Equal(joined.Entities.Select(e => (e.Type, e.Name, string.Join(",", e.Mentions))),
            split.Entities.Select(e => (e.Type, e.Name, string.Join(",", e.Mentions))));
        Assert.True(split.Quotes.Select(q => q.Span).SequenceEqual(split.Quotes.Select(q => q.Span).Order()));
    }
}
