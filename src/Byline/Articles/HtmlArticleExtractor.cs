using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Byline.Articles.Html;
using Byline.Text;

namespace Byline.Articles;

/// <summary>
/// The default extractor for HTML news pages: parses with AngleSharp, reads the metadata (JSON-LD, OpenGraph, meta,
/// then the page), picks the body container by readability-style scoring and trims the furniture inside and around it.
/// Stateless and thread-safe; nothing recurses over the DOM, so deeply nested pages cannot overflow the stack.
/// </summary>
internal sealed class HtmlArticleExtractor : IArticleExtractor
{
    public static HtmlArticleExtractor Instance { get; } = new();

    // Scripts, styles and comments are never article text: the tokenizer skips their text (JSON-LD is read from the
    // raw HTML first), and no source positions are tracked. This roughly halves the parse cost of a typical news page.
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        IsNotConsumingCharacterReferences = false,
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
    };

    private const int MaxFallbackParagraphs = 6;
    private const int MaxFallbackLength = 5000;
    private const int MaxFallbackLinks = 0;

    public ArticleContent Extract(string html, Uri? url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        cancellationToken.ThrowIfCancellationRequested();
        List<string> jsonLd = JsonLdScripts.Find(html);
        var parser = new HtmlParser(ParserOptions);
        using IHtmlDocument document = parser.ParseDocument(html);
        cancellationToken.ThrowIfCancellationRequested();

        (ArticleMetadata metadata, string? articleBody) = HtmlMetadataReader.Read(document, url, jsonLd);
        cancellationToken.ThrowIfCancellationRequested();

        List<ContentBlock> blocks = document.Body is { } body ? MainContent.Extract(body, articleBody, cancellationToken) : [];
        blocks = BodyTrimmer.Trim(blocks, metadata);

        var text = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>(blocks.Count);
        foreach (ContentBlock block in blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            spans.Add(new TextSpan(text.Length, block.Text.Length));
            text.Append(block.Text);
        }

        if (blocks.Count == 0 && document.Body is { } page && page.GetElementsByTagName("a").Length <= MaxFallbackLinks)
        {
            // No article container scored, but a short page of plain text (a fragment, a pasted paragraph) is still
            // text to analyse; a page of many blocks (an index page, a menu) is not.
            ArticleContent plain = BodyTextArticleExtractor.Instance.Extract(html, url, cancellationToken);
            if (plain.Paragraphs.Length is > 0 and <= MaxFallbackParagraphs && plain.Text.Length <= MaxFallbackLength)
            {
                return plain with { Metadata = metadata };
            }
        }

        ImmutableArray<Diagnostic> diagnostics = blocks.Count == 0
            ? [new Diagnostic(DiagnosticCodes.NoArticleBody, "The page has no article body (an index page, a form or an empty page).")]
            : [];
        return new ArticleContent(text.ToString())
        {
            Paragraphs = spans.MoveToImmutable(),
            Metadata = metadata,
            Diagnostics = diagnostics,
        };
    }
}
