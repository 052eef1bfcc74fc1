using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Quotes;

/// <summary>A quote: what was said, how, and by whom.</summary>
public sealed record Quote
{
    /// <summary>Creates a quote.</summary>
    /// <param name="span">The quoted words without the quotation marks; for a partial or indirect quote, the reported clause.</param>
    /// <param name="kind">How the quote reports speech.</param>
    public Quote(TextSpan span, QuoteKind kind)
    {
        Span = span;
        Kind = kind;
    }

    /// <summary>The quote's content span.</summary>
    public TextSpan Span { get; }

    /// <summary>How the quote reports speech.</summary>
    public QuoteKind Kind { get; }

    /// <summary>Who said it, when found.</summary>
    public QuoteSpeaker? Speaker { get; init; }

    /// <summary>The speech verb or phrase, when there is one.</summary>
    public QuoteCue? Cue { get; init; }

    /// <summary>
    /// The spans of the quoted words themselves: for a partial quote, the fragments inside its reported clause (and, when
    /// its speaker's next quoted sentence continues it after the attribution, that sentence too); for a
    /// direct quote interrupted by its attribution (<c>"A," she said, "B."</c>) or running over several paragraphs,
    /// its parts, while <see cref="Span"/> covers them all (with <see cref="NewsAnalyzerOptions.SplitInterruptedQuotes"/> each
    /// part of an interrupted quote is a quote of its own instead). Empty for a direct quote in one piece and for indirect quotes.
    /// </summary>
    public ImmutableArray<TextSpan> Fragments { get; init; } = [];
}
