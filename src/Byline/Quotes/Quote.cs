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

    /// <summary>For a partial quote, the spans of the quoted words themselves; empty otherwise.</summary>
    public ImmutableArray<TextSpan> Fragments { get; init; } = [];
}
