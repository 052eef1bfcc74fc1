using Byline.Text;

namespace Byline.Reporting;

/// <summary>How deep a mark nests: quotes outermost, then attribution (speaker, cue), then entity mentions.</summary>
internal enum Layer
{
    Quote,
    Attribution,
    Entity,
}

/// <summary>An element to wrap around a span of the text: its open and close tags, already escaped.</summary>
/// <param name="Span">The span it covers.</param>
/// <param name="Layer">How deep it nests.</param>
/// <param name="Order">A unique number telling marks apart when they are split and reopened.</param>
/// <param name="Open">The opening tag.</param>
/// <param name="Close">The closing tag.</param>
internal sealed record Mark(TextSpan Span, Layer Layer, int Order, string Open, string Close);
