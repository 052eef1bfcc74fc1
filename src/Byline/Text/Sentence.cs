namespace Byline.Text;

/// <summary>A sentence: a span of the text and the range of tokens it holds in <see cref="NewsDocument.Tokens"/>.</summary>
/// <param name="Span">The sentence's text, from its first token to its last.</param>
/// <param name="FirstToken">Index of the sentence's first token in the document's token list.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>Index one past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
