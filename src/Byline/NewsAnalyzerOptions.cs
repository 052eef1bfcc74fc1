namespace Byline;

/// <summary>Limits and switches of a <see cref="NewsAnalyzer"/>. Change a copy with <c>options with { ... }</c>.</summary>
public sealed record NewsAnalyzerOptions
{
    /// <summary>The default options.</summary>
    public static NewsAnalyzerOptions Default { get; } = new();

    /// <summary>
    /// The longest text analysed, in characters (default 10,000,000, about 20 MB of UTF-16). Longer plain text is
    /// analysed up to this length and the document carries a <see cref="DiagnosticCodes.InputTruncated"/> diagnostic.
    /// </summary>
    public int MaxInputLength { get; init; } = 10_000_000;

    /// <summary>
    /// The longest HTML page read, in characters (default 50,000,000). Longer pages are cut before parsing and the
    /// document carries a <see cref="DiagnosticCodes.InputTruncated"/> diagnostic.
    /// </summary>
    public int MaxHtmlLength { get; init; } = 50_000_000;

    /// <summary>
    /// The deepest element nesting read from a page (default 512, as in browsers). Start tags nested deeper are ignored
    /// before parsing, which keeps parsing linear on pathological pages; the document carries a
    /// <see cref="DiagnosticCodes.HtmlTooDeep"/> diagnostic.
    /// </summary>
    public int MaxHtmlDepth { get; init; } = 512;

    /// <summary>
    /// Whether a direct quote interrupted by its attribution (<c>"A," she said, "B."</c>) is one
    /// <see cref="Quotes.Quote"/> per part, each with the same speaker and cue (<see langword="true"/>), or one quote whose
    /// <see cref="Quotes.Quote.Fragments"/> are its parts (<see langword="false"/>, the default, as PolNeAR annotates
    /// it). The same holds for a partial quote continued after its attribution by its speaker's next quoted sentence
    /// (<c>The summit did "too little," he added. "Europe risks a lot."</c>): split, its reported clause is a partial quote
    /// and the continuation a direct one. A quote is split only where the gap between two fragments holds its
    /// <see cref="Quotes.Quote.Cue"/> or its <see cref="Quotes.Quote.Speaker"/> mention, so a quote that runs over several
    /// paragraphs stays one quote either way. Applies to any <see cref="Quotes.IQuoteExtractor"/> that reports such quotes
    /// with their fragments.
    /// </summary>
    public bool SplitInterruptedQuotes { get; init; }
}
