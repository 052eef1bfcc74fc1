using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Articles;

/// <summary>
/// What an <see cref="IArticleExtractor"/> produces: the article text every later stage indexes, its paragraphs,
/// the boilerplate marked inside it and its metadata.
/// </summary>
public sealed record ArticleContent
{
    /// <summary>Creates the content of an article.</summary>
    /// <param name="text">The article text; every span indexes it.</param>
    public ArticleContent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The article text.</summary>
    public string Text { get; }

    /// <summary>The body paragraphs, in order, without boilerplate, headline or byline.</summary>
    public ImmutableArray<TextSpan> Paragraphs { get; init; } = [];

    /// <summary>Spans of <see cref="Text"/> that are not article body.</summary>
    public ImmutableArray<BoilerplateSpan> Boilerplate { get; init; } = [];

    /// <summary>Title, authors, dates and the rest.</summary>
    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.Empty;

    /// <summary>Problems found while reading the article.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
