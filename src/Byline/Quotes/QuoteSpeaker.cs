using Byline.Text;

namespace Byline.Quotes;

/// <summary>Who said a quote.</summary>
/// <param name="Span">The mention the attribution rests on, next to the quote: a name, or the pronoun "she" in "she added".</param>
/// <param name="EntityId">The <see cref="Entities.Entity.Id"/> the mention resolves to; <see langword="null"/> when unresolved.</param>
/// <param name="Name">
/// The resolved entity's canonical name. When the document has no entity mentions (no recognizer ran), the name the
/// text gives the speaker, cleaned of titles and joined to an earlier full name ("Okafor" → "Linda Okafor"), or the
/// person a pronoun refers to; <see langword="null"/> when unresolved.
/// </param>
public sealed record QuoteSpeaker(TextSpan Span, string? EntityId, string? Name);
