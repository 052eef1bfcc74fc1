using Byline.Quotes;

namespace Byline.Tests.Quotes;

/// <summary>Runs every case of <c>Specs/Quotes/*.md</c> through the default analyzer.</summary>
public class QuoteSpecTests
{
    private static readonly NewsAnalyzer Analyzer = NewsAnalyzer.CreateDefault();
    private static readonly Lazy<Dictionary<string, QuoteSpec>> Specs = new(() => QuoteSpec.ReadAll().ToDictionary(s => s.Id));

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string id in Specs.Value.Keys)
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_sixty_cases() => Assert.True(Specs.Value.Count >= 60, $"only {Specs.Value.Count} spec cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string id)
    {
        QuoteSpec spec = Specs.Value[id];
        NewsDocument doc = Analyzer.Analyze(spec.Text);
        string Describe() => string.Join("\n", doc.Quotes.Select(q =>
            $"  {q.Kind.ToString().ToLowerInvariant()} ⟦{doc.GetText(q.Span)}⟧ speaker ⟦{(q.Speaker is { } s ? doc.GetText(s.Span) : "-")}⟧ name ⟦{q.Speaker?.Name}⟧ cue ⟦{q.Cue?.Text}⟧"
            + string.Concat(q.Fragments.Select(f => $" fragments ⟦{doc.GetText(f)}⟧"))));

        Assert.True(spec.Quotes.Count == doc.Quotes.Length,
            $"expected {spec.Quotes.Count} quotes, found {doc.Quotes.Length}:\n{Describe()}");
        foreach (ExpectedQuote expected in spec.Quotes)
        {
            Quote? q = doc.Quotes.FirstOrDefault(q => doc.GetText(q.Span) == expected.Text);
            Assert.True(q is not null, $"no quote ⟦{expected.Text}⟧; found:\n{Describe()}");
            Assert.Equal(expected.Kind, q.Kind.ToString().ToLowerInvariant());
            if (expected.Speaker is { } speaker)
            {
                Assert.Equal(speaker, q.Speaker is { } s ? doc.GetText(s.Span) : "-");
            }

            if (expected.Name is { } name)
            {
                Assert.Equal(name, q.Speaker?.Name ?? "-");
            }

            if (expected.Cue is { } cue)
            {
                Assert.Equal(cue, q.Cue?.Text ?? "-");
            }

            if (expected.Fragments.Count > 0)
            {
                Assert.Equal(expected.Fragments, q.Fragments.Select(f => doc.GetText(f)));
            }
        }
    }
}
