namespace Byline.Articles;

/// <summary>The kind of input an article came from.</summary>
public enum ArticleSource
{
    /// <summary>Plain text: the text is kept exactly as given.</summary>
    PlainText,

    /// <summary>An HTML page: the text is the extracted body.</summary>
    Html,
}
