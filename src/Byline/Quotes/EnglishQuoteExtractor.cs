using System.Collections.Immutable;

namespace Byline.Quotes;

/// <summary>
/// The default <see cref="IQuoteExtractor"/> for English news: quotation-mark quotes, quoted fragments inside reported
/// clauses, reported speech after speech verbs and "according to", and their speakers. Rules over tokens, one pass
/// per layer, no regular expressions; stateless and safe to share across threads.
/// </summary>
internal sealed class EnglishQuoteExtractor : IQuoteExtractor
{
    private EnglishQuoteExtractor()
    {
    }

    /// <summary>The shared instance.</summary>
    public static EnglishQuoteExtractor Instance { get; } = new();

    /// <inheritdoc/>
    public ImmutableArray<Quote> Extract(QuoteExtractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        if (context.Tokens.IsDefaultOrEmpty)
        {
            return [];
        }

        return new QuoteFinder(context, CueLexicon.Default, cancellationToken).Find();
    }
}
