namespace Byline;

/// <summary>The codes of the diagnostics Byline reports.</summary>
public static class DiagnosticCodes
{
    /// <summary>The input was longer than <see cref="NewsAnalyzerOptions.MaxInputLength"/> and was cut.</summary>
    public const string InputTruncated = "BYL001";

    /// <summary>The HTML page holds no article body (an index page, an empty page).</summary>
    public const string NoArticleBody = "BYL002";

    /// <summary>The input contained characters that cannot be text (NUL, lone surrogates); they were kept but ignored.</summary>
    public const string InvalidCharacters = "BYL003";

    /// <summary>A quotation mark was opened and never closed.</summary>
    public const string UnclosedQuote = "BYL004";

    /// <summary>The input looks like binary data, not text.</summary>
    public const string BinaryInput = "BYL005";

    /// <summary>The HTML page nested elements deeper than <see cref="NewsAnalyzerOptions.MaxHtmlDepth"/>; the deeper start tags were ignored.</summary>
    public const string HtmlTooDeep = "BYL006";
}
