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
        string text, ImmutableArray<Token> tokens, ImmutableArray<EntityMention> mentions, CancellationToken cancellationToken)
    {
        _ = tokens;
        cancellationToken.ThrowIfCancellationRequested();
        // Placeholder clustering: identical surface forms of one type form an entity.
        var byKey = new Dictionary<(string, string), int>();
        var members = new List<List<int>>();
        for (int i = 0; i < mentions.Length; i++)
        {
            var key = (mentions[i].Type.Name, text.Substring(mentions[i].Span.Start, mentions[i].Span.Length));
            if (!byKey.TryGetValue(key, out int cluster))
            {
                cluster = members.Count;
                byKey.Add(key, cluster);
                members.Add([]);
            }

            members[cluster].Add(i);
        }

        var result = mentions.ToBuilder();
        var entities = ImmutableArray.CreateBuilder<Entity>(members.Count);
        for (int c = 0; c < members.Count; c++)
        {
            string id = "E" + (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (int i in members[c])
            {
                result[i] = result[i] with { EntityId = id };
            }

            EntityMention first = mentions[members[c][0]];
            entities.Add(new Entity(id, first.Type, text.Substring(first.Span.Start, first.Span.Length), [.. members[c].Select(i => mentions[i].Span)]));
        }

        return (result.ToImmutable(), entities.MoveToImmutable());
    }

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
