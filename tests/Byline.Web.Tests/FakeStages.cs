using System.Collections.Immutable;
using Byline.Entities;
using Byline.Quotes;
using Byline.Text;

namespace Byline.Web.Tests;

/// <summary>
/// Test doubles standing in for the entity and quote stages (built elsewhere): they mark known names and every span
/// between quotation marks, so the report's highlighting is exercised on real offsets.
/// </summary>
internal sealed class FakeNameRecognizer(params (string Name, EntityType Type)[] names) : IEntityRecognizer
{
    public IReadOnlyCollection<EntityType> Produces => [.. names.Select(n => n.Type).Distinct()];

    public ImmutableArray<EntityMention> Recognize(EntityRecognitionContext context, CancellationToken cancellationToken)
    {
        var found = new List<EntityMention>();
        // Longest names first, so "Linda Okafor" wins over "Okafor" where both match.
        foreach ((string name, EntityType type) in names.OrderByDescending(n => n.Name.Length))
        {
            for (int at = context.Text.IndexOf(name, StringComparison.Ordinal); at >= 0;
                at = context.Text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, name.Length);
                if (!found.Any(m => m.Span.OverlapsWith(span)))
                {
                    found.Add(new EntityMention(span, type));
                }
            }
        }

        return [.. found.OrderBy(m => m.Span)];
    }
}

/// <summary>Every span between " and " (or “ and ”) is a direct quote; the nearest person mention in the paragraph said it.</summary>
internal sealed class FakeQuoteExtractor : IQuoteExtractor
{
    public ImmutableArray<Quote> Extract(QuoteExtractionContext context, CancellationToken cancellationToken)
    {
        string text = context.Text;
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (open < 0 && (c == '"' || c == '“'))
            {
                open = i;
            }
            else if (open >= 0 && (c == '"' || c == '”' || c == '\n'))
            {
                if (c != '\n' && i > open + 1)
                {
                    var span = TextSpan.FromBounds(open + 1, i);
                    quotes.Add(new Quote(span, QuoteKind.Direct) { Speaker = NearestPerson(context, span) });
                }

                open = -1;
            }
        }

        return quotes.ToImmutable();
    }

    private static QuoteSpeaker? NearestPerson(QuoteExtractionContext context, TextSpan quote)
    {
        TextSpan paragraph = context.Paragraphs.FirstOrDefault(p => p.Contains(quote));
        EntityMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (EntityMention mention in context.Mentions)
        {
            if (mention.Type != EntityType.Person || quote.OverlapsWith(mention.Span) || !paragraph.Contains(mention.Span))
            {
                continue;
            }

            int distance = mention.Span.Start >= quote.End ? mention.Span.Start - quote.End : quote.Start - mention.Span.End;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (mention, distance);
            }
        }

        if (best is not { } m)
        {
            return null;
        }

        Entity? entity = context.Entities.FirstOrDefault(e => e.Id == m.EntityId);
        return new QuoteSpeaker(m.Span, m.EntityId, entity?.Name);
    }
}

/// <summary>Fixed quotes given by the test, for exact nesting checks.</summary>
internal sealed class FixedQuoteExtractor(Func<string, ImmutableArray<Quote>> quotes) : IQuoteExtractor
{
    public ImmutableArray<Quote> Extract(QuoteExtractionContext context, CancellationToken cancellationToken) => quotes(context.Text);
}

internal static class TestAnalyzers
{
    public static readonly (string, EntityType)[] HarborNames =
    [
        ("Linda Okafor", EntityType.Person), ("Okafor", EntityType.Person), ("Peter Haskell", EntityType.Person),
        ("Erin Walsh", EntityType.Person), ("Walsh", EntityType.Person), ("Sam Nguyen", EntityType.Person),
        ("Portville City Council", EntityType.Organization), ("Portville", EntityType.Gpe), ("Maine", EntityType.Gpe),
        ("$48 million", EntityType.Money), ("65%", EntityType.Percent), ("Tuesday", EntityType.Date),
        ("U.S. Army Corps of Engineers", EntityType.Organization), ("Mayor", EntityType.Title),
    ];

    /// <summary>The default pipeline with the fake entity and quote stages: what the web app uses in the browser test.</summary>
    public static NewsAnalyzer WithFakeQuotes() => NewsAnalyzer.CreateBuilder()
        .AddEntityRecognizer(new FakeNameRecognizer(HarborNames))
        .UseQuoteExtractor(new FakeQuoteExtractor())
        .Build();
}

/// <summary>Returns the same article content for any page: metadata chosen by the test.</summary>
internal sealed class FixedArticleExtractor(Byline.Articles.ArticleContent content) : Byline.Articles.IArticleExtractor
{
    public Byline.Articles.ArticleContent Extract(string html, Uri? url, CancellationToken cancellationToken) => content;
}
