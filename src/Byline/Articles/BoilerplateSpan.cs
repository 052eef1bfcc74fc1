using Byline.Text;

namespace Byline.Articles;

/// <summary>A span of the text that is not article body: it is marked, never deleted, and excluded from paragraphs.</summary>
/// <param name="Span">The boilerplate's text, one line or block.</param>
/// <param name="Kind">What kind of boilerplate it is.</param>
public readonly record struct BoilerplateSpan(TextSpan Span, BoilerplateKind Kind);
