using Byline.Text;

namespace Byline.Entities;

/// <summary>A mention of an entity in the text.</summary>
/// <param name="Span">The mention's text ("Chancellor Merkel" without the title is "Merkel").</param>
/// <param name="Type">The entity type.</param>
/// <param name="EntityId">The <see cref="Entity.Id"/> of the entity it belongs to once clustered; <see langword="null"/> before.</param>
public readonly record struct EntityMention(TextSpan Span, EntityType Type, string? EntityId = null);
