namespace Byline.Text;

/// <summary>A token of a document: a span of its text and what it is.</summary>
/// <param name="Start">Index of the token's first character in the document's text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Index one past the token's last character.</summary>
    public int End => Start + Length;

    /// <summary>The token's span.</summary>
    public TextSpan Span => new(Start, Length);
}
