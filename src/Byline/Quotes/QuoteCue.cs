using Byline.Text;

namespace Byline.Quotes;

/// <summary>The words that mark speech: a verb ("said", "told") or a phrase ("according to").</summary>
/// <param name="Span">The cue's span.</param>
/// <param name="Text">The cue as written.</param>
public sealed record QuoteCue(TextSpan Span, string Text);
