using System.Collections.Immutable;
using Byline.Articles;
using Byline.Entities;
using Byline.Quotes;
using Byline.Text;

namespace Byline;

/// <summary>
/// An analysed article: one text and every layer of annotation over it, each a span of <see cref="Text"/>.
/// Immutable and safe to share across threads.
/// </summary>
public sealed class NewsDocument
{
    internal NewsDocument(string text, ArticleSource source)
    {
        Text = text;
        Source = source;
    }

    /// <summary>The text every span indexes: the input itself for plain text, the extracted body for HTML.</summary>
    public string Text { get; }

    /// <summary>Whether the document came from plain text or HTML.</summary>
    public ArticleSource Source { get; }

    /// <summary>Title, authors, dates, publisher and the rest.</summary>
    public ArticleMetadata Metadata { get; internal init; } = ArticleMetadata.Empty;

    /// <summary>The body paragraphs, in order; boilerplate, headline and byline are not paragraphs.</summary>
    public ImmutableArray<TextSpan> Paragraphs { get; internal init; } = [];

    /// <summary>The sentences of the headline and the paragraphs, in order.</summary>
    public ImmutableArray<Sentence> Sentences { get; internal init; } = [];

    /// <summary>Every token of the text, in order.</summary>
    public ImmutableArray<Token> Tokens { get; internal init; } = [];

    /// <summary>Entity mentions, in text order, not overlapping.</summary>
    public ImmutableArray<EntityMention> Mentions { get; internal init; } = [];

    /// <summary>The article's entities, each with its mentions.</summary>
    public ImmutableArray<Entity> Entities { get; internal init; } = [];

    /// <summary>Quotes, in text order.</summary>
    public ImmutableArray<Quote> Quotes { get; internal init; } = [];

    /// <summary>Spans of the text that are not article body (copyright lines, share prompts), marked, not deleted.</summary>
    public ImmutableArray<BoilerplateSpan> Boilerplate { get; internal init; } = [];

    /// <summary>What the analysis noticed about the input (an HTML page with no article, an input cut at the size limit).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; } = [];

    /// <summary>The text of a span.</summary>
    /// <param name="span">A span of <see cref="Text"/>.</param>
    /// <returns>A new string with the span's characters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the span is not inside the text.</exception>
    public string GetText(TextSpan span) => AsSpan(span).ToString();

    /// <summary>The characters of a span, without copying them.</summary>
    /// <param name="span">A span of <see cref="Text"/>.</param>
    /// <returns>A view of the span's characters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the span is not inside the text.</exception>
    public ReadOnlySpan<char> AsSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The entity with an identifier, or <see langword="null"/>.</summary>
    /// <param name="id">An <see cref="Entity.Id"/> ("E1").</param>
    /// <returns>The entity, or <see langword="null"/> when there is none with that id.</returns>
    public Entity? GetEntity(string? id)
    {
        if (id is null)
        {
            return null;
        }

        foreach (Entity entity in Entities)
        {
            if (string.Equals(entity.Id, id, StringComparison.Ordinal))
            {
                return entity;
            }
        }

        return null;
    }
}
