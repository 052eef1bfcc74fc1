namespace Byline;

/// <summary>One article to analyse in a batch: its identifier, its content, and whether the content is HTML.</summary>
public sealed record NewsInput
{
    private NewsInput(string id, string content, bool isHtml, Uri? url)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(content);
        Id = id;
        Content = content;
        IsHtml = isHtml;
        Url = url;
    }

    /// <summary>The page's undecoded bytes, when the input was created from bytes (see <see cref="FromHtml(string, ReadOnlyMemory{byte}, Uri?)"/>).</summary>
    public ReadOnlyMemory<byte>? HtmlBytes { get; private init; }

    /// <summary>The caller's identifier for the article (a file name, a database key).</summary>
    public string Id { get; }

    /// <summary>The article's plain text or HTML.</summary>
    public string Content { get; }

    /// <summary>True when <see cref="Content"/> is an HTML page.</summary>
    public bool IsHtml { get; }

    /// <summary>The page's address, when known.</summary>
    public Uri? Url { get; }

    /// <summary>A plain-text article.</summary>
    /// <param name="id">The caller's identifier.</param>
    /// <param name="text">The article text.</param>
    /// <returns>The input.</returns>
    public static NewsInput FromText(string id, string text) => new(id, text, isHtml: false, url: null);

    /// <summary>An HTML page.</summary>
    /// <param name="id">The caller's identifier.</param>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <returns>The input.</returns>
    public static NewsInput FromHtml(string id, string html, Uri? url = null) => new(id, html, isHtml: true, url);

    /// <summary>An HTML page as bytes in whatever encoding it declares (byte order mark, then <c>&lt;meta charset&gt;</c>, then UTF-8).</summary>
    /// <param name="id">The caller's identifier.</param>
    /// <param name="html">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <returns>The input.</returns>
    public static NewsInput FromHtml(string id, ReadOnlyMemory<byte> html, Uri? url = null) =>
        new(id, string.Empty, isHtml: true, url) { HtmlBytes = html };
}
