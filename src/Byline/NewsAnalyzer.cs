using System.Collections.Immutable;
using Byline.Articles;
using Byline.Entities;
using Byline.Quotes;
using Byline.Text;

namespace Byline;

/// <summary>
/// Turns news articles into <see cref="NewsDocument"/>s. Build one with <see cref="CreateDefault"/> or
/// <see cref="CreateBuilder"/> and share it: it is immutable and thread-safe, and its models load once, lazily.
/// </summary>
/// <example>
/// <code>
/// var nlp = NewsAnalyzer.CreateDefault();
/// NewsDocument doc = nlp.Analyze(text);
/// foreach (var q in doc.Quotes)
///     Console.WriteLine($"{q.Speaker?.Name ?? "?"}: {doc.GetText(q.Span)}");
/// </code>
/// </example>
public sealed partial class NewsAnalyzer
{
    private readonly IArticleExtractor _articleExtractor;
    private readonly ISentenceSplitter _sentenceSplitter;
    private readonly ImmutableArray<IEntityRecognizer> _entityRecognizers;
    private readonly IQuoteExtractor? _quoteExtractor;

    internal NewsAnalyzer(NewsAnalyzerOptions options, IArticleExtractor articleExtractor, ISentenceSplitter sentenceSplitter,
        ImmutableArray<IEntityRecognizer> entityRecognizers, IQuoteExtractor? quoteExtractor)
    {
        Options = options;
        _articleExtractor = articleExtractor;
        _sentenceSplitter = sentenceSplitter;
        _entityRecognizers = entityRecognizers;
        _quoteExtractor = quoteExtractor;
    }

    /// <summary>The analyzer's limits and switches.</summary>
    public NewsAnalyzerOptions Options { get; }

    /// <summary>Creates an analyzer with the tuned default pipeline for English news.</summary>
    /// <returns>A new analyzer; build it once and share it.</returns>
    public static NewsAnalyzer CreateDefault() => new NewsAnalyzerBuilder().Build();

    /// <summary>Starts a builder to swap or add pipeline stages, or to change the options.</summary>
    /// <returns>A builder holding the default pipeline.</returns>
    public static NewsAnalyzerBuilder CreateBuilder() => new();

    /// <summary>Analyses a plain-text article. <see cref="NewsDocument.Text"/> is <paramref name="text"/> itself.</summary>
    /// <param name="text">The article: optionally a headline line, a byline, then paragraphs.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The analysed document.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public NewsDocument Analyze(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        int limit = PrefixLength(text, Options.MaxInputLength);
        ArticleContent content = PlainTextArticleReader.Read(text, limit, cancellationToken);
        if (limit < text.Length)
        {
            content = content with
            {
                Diagnostics = content.Diagnostics.Add(new Diagnostic(DiagnosticCodes.InputTruncated,
                    $"The text has {text.Length:N0} characters; only the first {limit:N0} were analysed (NewsAnalyzerOptions.MaxInputLength).")),
            };
        }

        return Complete(content, ArticleSource.PlainText, cancellationToken);
    }

    /// <summary>Analyses an HTML page: extracts the article body and metadata, then analyses the body.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The analysed document; <see cref="NewsDocument.Text"/> is the body, paragraphs joined by a blank line.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="html"/> is null.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public NewsDocument AnalyzeHtml(string html, Uri? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        cancellationToken.ThrowIfCancellationRequested();
        Diagnostic? truncated = null;
        if (html.Length > Options.MaxHtmlLength)
        {
            truncated = new Diagnostic(DiagnosticCodes.InputTruncated,
                $"The page has {html.Length:N0} characters; only the first {Options.MaxHtmlLength:N0} were read (NewsAnalyzerOptions.MaxHtmlLength).");
            html = html[..PrefixLength(html, Options.MaxHtmlLength)];
        }

        html = HtmlNestingLimiter.Limit(html, Options.MaxHtmlDepth, out int dropped);
        ArticleContent content = _articleExtractor.Extract(html, url, cancellationToken);
        if (truncated is not null)
        {
            content = content with { Diagnostics = content.Diagnostics.Add(truncated) };
        }

        if (dropped > 0)
        {
            content = content with
            {
                Diagnostics = content.Diagnostics.Add(new Diagnostic(DiagnosticCodes.HtmlTooDeep,
                    $"{dropped:N0} start tags nested deeper than {Options.MaxHtmlDepth} elements were ignored (NewsAnalyzerOptions.MaxHtmlDepth).")),
            };
        }

        return Complete(content, ArticleSource.Html, cancellationToken);
    }

    /// <summary>Analyses an HTML page read from a stream, detecting its encoding (byte order mark, then <c>&lt;meta charset&gt;</c>, then UTF-8).</summary>
    /// <param name="html">The page's bytes; read to the end, not closed.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The analysed document.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="html"/> is null.</exception>
    public NewsDocument AnalyzeHtml(Stream html, Uri? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        string text = HtmlDecoding.ReadToString(html, Options.MaxHtmlLength, cancellationToken);
        return AnalyzeHtml(text, url, cancellationToken);
    }

    /// <summary>
    /// How much of <paramref name="text"/> a limit of <paramref name="max"/> characters keeps: all of it when it is short
    /// enough, else <paramref name="max"/> characters, or one less where the cut would fall inside a surrogate pair.
    /// </summary>
    private static int PrefixLength(string text, int max)
    {
        if (text.Length <= max)
        {
            return text.Length;
        }

        return max > 0 && char.IsHighSurrogate(text[max - 1]) && char.IsLowSurrogate(text[max]) ? max - 1 : max;
    }

    private NewsDocument Complete(ArticleContent content, ArticleSource source, CancellationToken cancellationToken)
    {
        string text = content.Text;
        ImmutableArray<Token> tokens = EnglishTokenizer.Tokenize(text.AsSpan(0, PrefixLength(text, Options.MaxInputLength)), cancellationToken);
        ImmutableArray<TextSpan> blocks = content.Metadata.HeadlineSpan is { } headline
            ? content.Paragraphs.Insert(0, headline)
            : content.Paragraphs;
        ImmutableArray<Sentence> sentences = _sentenceSplitter.Split(text, tokens, blocks, cancellationToken);

        ImmutableArray<EntityMention> mentions = [];
        ImmutableArray<Entity> entities = [];
        if (!_entityRecognizers.IsEmpty)
        {
            mentions = EntityPipeline.Recognize(_entityRecognizers,
                new EntityRecognitionContext(text, tokens, sentences, content.Paragraphs, content.Metadata, []), cancellationToken);
            (mentions, entities) = EntityPipeline.Cluster(text, tokens, mentions, cancellationToken);
        }

        ImmutableArray<Quote> quotes = [];
        if (_quoteExtractor is not null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            quotes = _quoteExtractor.Extract(new QuoteExtractionContext(text, tokens, sentences, content.Paragraphs, mentions, entities, content.Metadata.Authors), cancellationToken);
            if (Options.SplitInterruptedQuotes)
            {
                quotes = InterruptedQuotes.Split(quotes, text);
            }
        }

        return new NewsDocument(text, source)
        {
            Metadata = content.Metadata,
            Paragraphs = content.Paragraphs,
            Boilerplate = content.Boilerplate,
            Tokens = tokens,
            Sentences = sentences,
            Mentions = mentions,
            Entities = entities,
            Quotes = quotes,
            Diagnostics = content.Diagnostics,
        };
    }
}
