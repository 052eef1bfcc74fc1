using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Quotes;

/// <summary>
/// Turns a direct quote interrupted by its attribution (<c>"A," she said, "B."</c>), or a partial quote continued after
/// it, into one quote per part, for <see cref="NewsAnalyzerOptions.SplitInterruptedQuotes"/>.
/// </summary>
internal static class InterruptedQuotes
{
    /// <summary>
    /// Splits each direct or partial quote at the gaps between its fragments that hold its cue or its speaker's mention; a
    /// partial quote's first part keeps its reported clause, the parts after it are direct. A gap
    /// that is only a paragraph break (a quote running over several paragraphs) stays inside one part.
    /// </summary>
    /// <param name="quotes">Quotes in text order.</param>
    /// <param name="text">The text the quotes index.</param>
    /// <returns>The quotes, in text order, with interrupted quotes split.</returns>
    public static ImmutableArray<Quote> Split(ImmutableArray<Quote> quotes, string text)
    {
        ImmutableArray<Quote>.Builder? result = null;
        for (int i = 0; i < quotes.Length; i++)
        {
            Quote quote = quotes[i];
            if (quote.Kind == QuoteKind.Indirect || quote.Fragments.Length < 2 || !HasAttributionGap(quote))
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

                result.Add(first == 0 && quote.Kind == QuoteKind.Partial ? ReportedPart(quote, f, text) : Part(quote, first, f));
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

    /// <summary>
    /// The reported clause of a partial quote continued by its speaker's next quoted sentence ("The summit accomplished "too
    /// little," he added. "Without ...""): from the clause's start to the attribution, without the comma before it.
    /// </summary>
    private static Quote ReportedPart(Quote quote, int end, string text)
    {
        ImmutableArray<TextSpan> fragments = quote.Fragments;
        int stop = fragments[end].Start;
        if (quote.Cue is { } cue && cue.Span.Start >= fragments[end - 1].End && cue.Span.Start < stop)
        {
            stop = cue.Span.Start;
        }

        if (quote.Speaker is { } speaker && !speaker.Span.IsEmpty && speaker.Span.Start >= fragments[end - 1].End && speaker.Span.Start < stop)
        {
            stop = speaker.Span.Start;
        }

        // The clause ends at the last comma before the attribution ("... of the Clinton proposals, Mr. Holtz-Eakin said"), or,
        // with none (the comma inside the marks: "a "change agent," NEA President Lily García said"), after the closing marks.
        int last = fragments[end - 1].End;
        int comma = text.LastIndexOf(',', stop - 1, stop - last);
        if (comma >= 0)
        {
            stop = comma;
        }
        else
        {
            stop = last;
            while (stop < text.Length && text[stop] is '"' or '\'' or '”' or '’' or '»')
            {
                stop++;
            }
        }

        return new Quote(TextSpan.FromBounds(quote.Span.Start, stop), QuoteKind.Partial)
        {
            Speaker = quote.Speaker,
            Cue = quote.Cue,
            Fragments = fragments[..end],
        };
    }

    private static Quote Part(Quote quote, int first, int end)
    {
        ImmutableArray<TextSpan> fragments = quote.Fragments;
        TextSpan span = TextSpan.FromBounds(fragments[first].Start, fragments[end - 1].End);
        return new Quote(span, first > 0 && quote.Kind == QuoteKind.Partial ? QuoteKind.Direct : quote.Kind)
        {
            Speaker = quote.Speaker,
            Cue = quote.Cue,
            Fragments = end - first > 1 ? fragments[first..end] : [],
        };
    }
}
