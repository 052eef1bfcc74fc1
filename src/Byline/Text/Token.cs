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

    /// <summary>The index of the first of <paramref name="tokens"/> (in text order) that ends after <paramref name="position"/>.</summary>
    internal static int IndexAt(ReadOnlySpan<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
