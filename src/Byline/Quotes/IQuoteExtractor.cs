using System.Collections.Immutable;

namespace Byline.Quotes;

/// <summary>Finds quotes and their speakers. Implementations must be thread-safe.</summary>
public interface IQuoteExtractor
{
    /// <summary>Finds the quotes of a document.</summary>
    /// <param name="context">The text and its tokens, sentences, paragraphs and entities.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The quotes, in text order.</returns>
    ImmutableArray<Quote> Extract(QuoteExtractionContext context, CancellationToken cancellationToken);
}
