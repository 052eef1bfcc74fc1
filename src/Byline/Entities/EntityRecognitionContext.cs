using System.Collections.Immutable;
using Byline.Articles;
using Byline.Text;

namespace Byline.Entities;

/// <summary>What an <see cref="IEntityRecognizer"/> sees: the text and the layers below entities.</summary>
public sealed class EntityRecognitionContext
{
    internal EntityRecognitionContext(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences,
        ImmutableArray<TextSpan> paragraphs, ArticleMetadata metadata, ImmutableArray<EntityMention> previous)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Paragraphs = paragraphs;
        Metadata = metadata;
        PreviousMentions = previous;
    }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>The tokens of the text.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The sentences, including the headline when the text has one.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>The body paragraphs.</summary>
    public ImmutableArray<TextSpan> Paragraphs { get; }

    /// <summary>The article's metadata.</summary>
    public ArticleMetadata Metadata { get; }

    /// <summary>Mentions found by the recognizers that ran before this one; this one's mentions must not overlap them.</summary>
    public ImmutableArray<EntityMention> PreviousMentions { get; }
}
