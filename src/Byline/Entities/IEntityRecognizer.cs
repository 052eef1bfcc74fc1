using System.Collections.Immutable;

namespace Byline.Entities;

/// <summary>
/// Finds entity mentions in a document. Recognizers run in the order they were added to the builder; a mention that
/// overlaps one found earlier is dropped. Implementations must be thread-safe.
/// </summary>
public interface IEntityRecognizer
{
    /// <summary>The types this recognizer produces.</summary>
    IReadOnlyCollection<EntityType> Produces { get; }

    /// <summary>Finds mentions in the context's text.</summary>
    /// <param name="context">The text and its tokens, sentences and earlier mentions.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The mentions found, in any order; their <see cref="EntityMention.EntityId"/> is ignored.</returns>
    ImmutableArray<EntityMention> Recognize(EntityRecognitionContext context, CancellationToken cancellationToken);
}
