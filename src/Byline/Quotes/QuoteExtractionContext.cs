using System.Collections.Immutable;
using Byline.Entities;
using Byline.Text;

namespace Byline.Quotes;

/// <summary>What an <see cref="IQuoteExtractor"/> sees: the text and every layer below quotes.</summary>
public sealed class QuoteExtractionContext
{
    internal QuoteExtractionContext(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences,
        ImmutableArray<TextSpan> paragraphs, ImmutableArray<EntityMention> mentions, ImmutableArray<Entity> entities,
        ImmutableArray<string> authors = default)
    {
        Authors = authors.IsDefault ? [] : authors;
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Paragraphs = paragraphs;
        Mentions = mentions;
        Entities = entities;
    }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>The tokens of the text.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The sentences.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>The body paragraphs.</summary>
    public ImmutableArray<TextSpan> Paragraphs { get; }

    /// <summary>The entity mentions, in text order, each with its entity's id.</summary>
    public ImmutableArray<EntityMention> Mentions { get; }

    /// <summary>The article's entities.</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>
    /// The article's authors, from its byline or its page's metadata (<see cref="Articles.ArticleMetadata.Authors"/>): the
    /// writer who says "I" outside the quotes ("Last week I wrote that ...").
    /// </summary>
    public ImmutableArray<string> Authors { get; }
}
