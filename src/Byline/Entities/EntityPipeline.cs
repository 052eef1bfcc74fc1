using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Entities;

/// <summary>Runs the recognizers in order, drops overlapping mentions, and clusters mentions into entities.</summary>
internal static class EntityPipeline
{
    private static readonly System.Buffers.SearchValues<char> NotNameCharacters =
        System.Buffers.SearchValues.Create(" \t\r\n!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»„—–…•·©®");

    public static ImmutableArray<EntityMention> Recognize(ImmutableArray<IEntityRecognizer> recognizers, EntityRecognitionContext first, CancellationToken cancellationToken)
    {
        // Accepted mentions stay sorted and disjoint; each recognizer's mentions are checked against them by binary
        // search, so a document with many mentions costs O(n log n), not O(n^2).
        var accepted = new List<EntityMention>();
        EntityRecognitionContext context = first;
        foreach (IEntityRecognizer recognizer in recognizers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ImmutableArray<EntityMention> found = recognizer.Recognize(context, cancellationToken);
            if (found.IsDefaultOrEmpty)
            {
                continue;
            }

            EntityMention[] sorted = [.. found];
            Array.Sort(sorted, static (a, b) => a.Span.CompareTo(b.Span));
            var added = new List<EntityMention>();
            foreach (EntityMention mention in sorted)
            {
                TextSpan span = mention.Span;
                if (span.Start < 0 || span.Length <= 0 || span.End > context.Text.Length)
                {
                    continue;
                }

                if (!context.Text.AsSpan(span.Start, span.Length).ContainsAnyExcept(NotNameCharacters))
                {
                    continue; // a mention needs at least one letter or digit ("<" tagged as a name is noise)
                }

                if (added.Count > 0 && added[^1].Span.End > span.Start)
                {
                    continue; // overlaps a mention of the same recognizer that starts earlier
                }

                if (!Overlaps(accepted, span))
                {
                    added.Add(mention with { EntityId = null });
                }
            }

            if (added.Count == 0)
            {
                continue;
            }

            accepted.AddRange(added);
            accepted.Sort(static (a, b) => a.Span.CompareTo(b.Span));
            context = new EntityRecognitionContext(context.Text, context.Tokens, context.Sentences, context.Paragraphs, context.Metadata, [.. accepted]);
        }

        return [.. accepted];
    }

    public static (ImmutableArray<EntityMention> Mentions, ImmutableArray<Entity> Entities) Cluster(
        string text, ImmutableArray<Token> tokens, ImmutableArray<EntityMention> mentions, CancellationToken cancellationToken) =>
        EntityClusterer.Cluster(text, tokens, NameRepeats.Add(text, tokens, mentions), cancellationToken);

    /// <summary>True when <paramref name="span"/> overlaps a mention of <paramref name="sorted"/> (sorted, disjoint).</summary>
    private static bool Overlaps(List<EntityMention> sorted, TextSpan span)
    {
        // The first mention that ends after the span starts is the only candidate.
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].Span.End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < sorted.Count && sorted[lo].Span.Start < span.End;
    }
}
