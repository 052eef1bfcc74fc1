namespace Byline.Articles;

/// <summary>
/// Turns an HTML page into article content: the body text, its paragraphs, boilerplate and metadata.
/// Implementations must be thread-safe: one instance serves every call of a <see cref="NewsAnalyzer"/>.
/// </summary>
public interface IArticleExtractor
{
    /// <summary>Extracts the article from a parsed-or-not HTML page.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The page's address, when known; used to resolve links and read dates in the URL.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    /// <returns>The article; a page that is not an article gives empty text and a diagnostic.</returns>
    ArticleContent Extract(string html, Uri? url, CancellationToken cancellationToken);
}
