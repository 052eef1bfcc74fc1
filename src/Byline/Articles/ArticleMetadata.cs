using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Articles;

/// <summary>What is known about an article besides its body: title, authors, dates, publisher and where it was found.</summary>
public sealed record ArticleMetadata
{
    /// <summary>Metadata with nothing known.</summary>
    public static ArticleMetadata Empty { get; } = new();

    /// <summary>The headline, without a site-name suffix.</summary>
    public string? Title { get; init; }

    /// <summary>The authors' names, in byline order; empty when unknown.</summary>
    public ImmutableArray<string> Authors { get; init; } = [];

    /// <summary>When the article was first published, when known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the article was last modified, when known.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The publisher or site name ("Reuters", "The Guardian").</summary>
    public string? Publisher { get; init; }

    /// <summary>The section or category ("Politics", "World").</summary>
    public string? Section { get; init; }

    /// <summary>The language as a BCP 47 tag ("en"), when known.</summary>
    public string? Language { get; init; }

    /// <summary>The page's address, as given by the caller.</summary>
    public Uri? Url { get; init; }

    /// <summary>The canonical address the page declares.</summary>
    public Uri? CanonicalUrl { get; init; }

    /// <summary>The short description or standfirst.</summary>
    public string? Description { get; init; }

    /// <summary>The lead image's address.</summary>
    public Uri? Image { get; init; }

    /// <summary>Where the headline is in <see cref="NewsDocument.Text"/>, when the text carries it (plain-text input).</summary>
    public TextSpan? HeadlineSpan { get; init; }

    /// <summary>Where the byline is in <see cref="NewsDocument.Text"/>, when the text carries it.</summary>
    public TextSpan? BylineSpan { get; init; }

    /// <summary>Where the dateline ("WASHINGTON (AP) —") is in <see cref="NewsDocument.Text"/>, when there is one.</summary>
    public TextSpan? DatelineSpan { get; init; }
}
