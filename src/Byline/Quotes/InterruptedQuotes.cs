using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Quotes;

/// <summary>
/// Turns a direct quote interrupted by its attribution (<c>"A," she said, "B."</c>) into one quote per part, for
/// <see cref="NewsAnalyzerOptions.SplitInterruptedQuotes"/>.
/// </summary>
internal static class InterruptedQuotes
{
    /// <summary>
    /// Splits each direct quote at the gaps between its fragments that hold its cue or its speaker's mention. A gap
    /// that is only a paragraph break (a quote running over several paragraphs) stays inside one part.
    /// </summary>
    /// <param name="quotes">Quotes in text order.</param>
    /// <returns>The quotes, in text order, with interrupted direct quotes split.</returns>
    public static ImmutableArray<Quote> Split(ImmutableArray<Quote> quotes)
    {
        ImmutableArray<Quote>.Builder? result = null;
        for (int i = 0; i < quotes.Length; i++)
        {
            Quote quote = quotes[i];
            if (quote.Kind != QuoteKind.Direct || quote.Fragments.Length < 2 || !HasAttributionGap(quote))
            {
                result?.Add(quote);
                continue;
            }

            if (result is null)
            {
                result = ImmutableArray.CreateBuilder<Quote>(quotes.Length + 4);
                result.AddRange(quotes, i);
            }

            int first = 0;
            for (int f = 1; f <= quote.Fragments.Length; f++)
            {
                if (f < quote.Fragments.Length && !IsAttributionGap(quote, quote.Fragments[f - 1].End, quote.Fragments[f].Start))
                {
                    continue;
                }

                result.Add(Part(quote, first, f));
                first = f;
            }
        }

        if (result is null)
        {
            return quotes;
        }

        // A part keeps its quote's place; only a quote inside another's gap could change the order. A stable sort keeps
        // quotes with equal spans (a custom extractor's) in the order they came.
        return [.. result.OrderBy(static q => q.Span)];
    }

    private static bool HasAttributionGap(Quote quote)
    {
        for (int f = 1; f < quote.Fragments.Length; f++)
        {
            if (IsAttributionGap(quote, quote.Fragments[f - 1].End, quote.Fragments[f].Start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAttributionGap(Quote quote, int start, int end)
    {
        var gap = TextSpan.FromBounds(start, end);
        return (quote.Cue is { } cue && gap.Contains(cue.Span))
            || (quote.Speaker is { } speaker && !speaker.Span.IsEmpty && gap.Contains(speaker.Span));
    }

    private static Quote Part(Quote quote, int first, int end)
    {
        ImmutableArray<TextSpan> fragments = quote.Fragments;
        TextSpan span = TextSpan.FromBounds(fragments[first].Start, fragments[end - 1].End);
        return new Quote(span, quote.Kind)
        {
            Speaker = quote.Speaker,
            Cue = quote.Cue,
            Fragments = end - first > 1 ? fragments[first..end] : [],
        };
    }
}
