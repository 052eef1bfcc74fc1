using Byline.Text;

namespace Byline;

/// <summary>Something the analysis noticed about its input: a page that is not an article, an unclosed quote, an input cut at the size limit.</summary>
/// <param name="Code">A stable identifier for the kind of problem ("BYL001").</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Span">Where in the text, when it applies to one place.</param>
public sealed record Diagnostic(string Code, string Message, TextSpan? Span = null)
{
    /// <summary>The diagnostic as "CODE: message".</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Code}: {Message}";
}
