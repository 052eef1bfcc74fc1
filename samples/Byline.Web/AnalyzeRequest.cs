namespace Byline.Web;

/// <summary>One article to analyse: either plain text or an HTML page with its address.</summary>
/// <param name="Id">The caller's identifier, echoed as <c>"id"</c>.</param>
/// <param name="Text">The plain-text article, or <see langword="null"/> for HTML.</param>
/// <param name="Html">The HTML page, or <see langword="null"/> for plain text.</param>
/// <param name="Url">The page's address, when known.</param>
public sealed record AnalyzeRequest(string? Id, string? Text, string? Html, Uri? Url);
