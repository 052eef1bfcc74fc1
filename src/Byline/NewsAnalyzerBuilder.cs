using System.Collections.Immutable;
using Byline.Articles;
using Byline.Entities;
using Byline.Quotes;
using Byline.Text;

namespace Byline;

/// <summary>
/// Configures a <see cref="NewsAnalyzer"/>: starts from the default pipeline, swaps or adds stages, and ends in
/// <see cref="Build"/>, which freezes the pipeline. A builder is not thread-safe; the analyzer it builds is.
/// </summary>
public sealed class NewsAnalyzerBuilder
{
    private readonly List<IEntityRecognizer> _entityRecognizers = [];
    private bool _defaultEntityRecognizers = true;
    private IArticleExtractor _articleExtractor = DefaultPipeline.ArticleExtractor();
    private ISentenceSplitter _sentenceSplitter = DefaultPipeline.SentenceSplitter();
    private IQuoteExtractor? _quoteExtractor = DefaultPipeline.QuoteExtractor();
    private NewsAnalyzerOptions _options = NewsAnalyzerOptions.Default;

    internal NewsAnalyzerBuilder()
    {
    }

    /// <summary>Replaces the options.</summary>
    /// <param name="configure">Returns the new options from the current ones: <c>o => o with { MaxInputLength = 1_000_000 }</c>.</param>
    /// <returns>This builder.</returns>
    public NewsAnalyzerBuilder ConfigureOptions(Func<NewsAnalyzerOptions, NewsAnalyzerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        NewsAnalyzerOptions options = configure(_options) ?? throw new InvalidOperationException("The configure function returned null.");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxInputLength, nameof(options.MaxInputLength));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxHtmlLength, nameof(options.MaxHtmlLength));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxHtmlDepth, nameof(options.MaxHtmlDepth));
        _options = options;
        return this;
    }

    /// <summary>Replaces the HTML article extractor.</summary>
    /// <param name="extractor">The extractor to use for <see cref="NewsAnalyzer.AnalyzeHtml(string, Uri?, CancellationToken)"/>.</param>
    /// <returns>This builder.</returns>
    public NewsAnalyzerBuilder UseArticleExtractor(IArticleExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _articleExtractor = extractor;
        return this;
    }

    /// <summary>Replaces the sentence splitter.</summary>
    /// <param name="splitter">The splitter to use.</param>
    /// <returns>This builder.</returns>
    public NewsAnalyzerBuilder UseSentenceSplitter(ISentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        _sentenceSplitter = splitter;
        return this;
    }

    /// <summary>
    /// Adds an entity recognizer. Added recognizers run in the order they were added, before the default ones, so
    /// their mentions win where they overlap the default tagger's.
    /// </summary>
    /// <param name="recognizer">The recognizer to add.</param>
    /// <returns>This builder.</returns>
    public NewsAnalyzerBuilder AddEntityRecognizer(IEntityRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _entityRecognizers.Add(recognizer);
        return this;
    }

    /// <summary>
    /// Adds a list of names of one type ("Acme Corp", "Portville") that are found wherever they occur as whole words.
    /// Like <see cref="AddEntityRecognizer"/>, it runs before the default recognizers, so the list wins where it overlaps
    /// them. Matching is case-insensitive, except that a capitalized name only matches capitalized text. Names of up to
    /// six tokens are used.
    /// </summary>
    /// <param name="type">The type of the names (<see cref="EntityType.Organization"/>, or a custom type).</param>
    /// <param name="names">The names, one per entry.</param>
    /// <returns>This builder.</returns>
    public NewsAnalyzerBuilder AddGazetteer(EntityType type, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return AddEntityRecognizer(new GazetteerRecognizer(type, names));
    }

    /// <summary>Removes every entity recognizer, the default ones included (entities and speakers then stay empty unless recognizers are added).</summary>
    /// <returns>This builder.</returns>
    public NewsAnalyzerBuilder ClearEntityRecognizers()
    {
        _entityRecognizers.Clear();
        _defaultEntityRecognizers = false;
        return this;
    }

    /// <summary>Replaces the quote extractor; <see langword="null"/> turns quote extraction off.</summary>
    /// <param name="extractor">The extractor to use, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public NewsAnalyzerBuilder UseQuoteExtractor(IQuoteExtractor? extractor)
    {
        _quoteExtractor = extractor;
        return this;
    }

    /// <summary>Freezes the pipeline into an analyzer. The builder can go on being changed without affecting it.</summary>
    /// <returns>A thread-safe analyzer.</returns>
    public NewsAnalyzer Build() =>
        new(_options, _articleExtractor, _sentenceSplitter,
            [.. _entityRecognizers, .. _defaultEntityRecognizers ? DefaultPipeline.EntityRecognizers() : []], _quoteExtractor);
}
