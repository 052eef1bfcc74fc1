using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Entities;

/// <summary>Runs the recognizers in order, drops overlapping mentions, and clusters mentions into entities.</summary>
internal static class EntityPipeline
{
    public static ImmutableArray<EntityMention> Recognize(ImmutableArray<IEntityRecognizer> recognizers, EntityRecognitionContext first, CancellationToken cancellationToken)
    {
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

            foreach (EntityMention mention in found)
            {
                if (mention.Span.Start < 0 || mention.Span.Length <= 0 || mention.Span.End > context.Text.Length)
                {
                    continue;
                }

                if (!Overlaps(accepted, mention.Span))
                {
                    accepted.Add(mention with { EntityId = null });
                }
            }

            accepted.Sort(static (a, b) => a.Span.CompareTo(b.Span));
            context = new EntityRecognitionContext(context.Text, context.Tokens, context.Sentences, context.Paragraphs, context.Metadata, [.. accepted]);
        }

        return [.. accepted];
    }

    public static (ImmutableArray<EntityMention> Mentions, ImmutableArray<Entity> Entities) Cluster(
        string text, ImmutableArray<Token> tokens, ImmutableArray<EntityMention> mentions, CancellationToken cancellationToken) =>
        EntityClusterer.Cluster(text, tokens, NameRepeats.Add(text, tokens, mentions), cancellationToken);

    private static bool Overlaps(List<EntityMention> sorted, TextSpan span)
    {
        foreach (EntityMention m in sorted)
        {
            if (m.Span.OverlapsWith(span))
            {
                return true;
            }
        }

        return false;
    }
}
