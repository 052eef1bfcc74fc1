namespace Byline.Articles.Html;

/// <summary>What kind of block a piece of extracted text came from.</summary>
internal enum ContentBlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    TableCell,
}

/// <summary>One block of visible text from the chosen part of the page, with the features the trimming rules need.</summary>
/// <param name="Text">The block's text, white space collapsed.</param>
/// <param name="Kind">The element kind it came from.</param>
/// <param name="LinkChars">How many of its non-space characters are link text.</param>
/// <param name="Chars">How many non-space characters it has.</param>
/// <param name="Line">Whether it is one line of a paragraph split by <c>&lt;br&gt;</c> (a schedule, a list typed as lines).</param>
internal readonly record struct ContentBlock(string Text, ContentBlockKind Kind, int LinkChars, int Chars, bool Line = false)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
}
