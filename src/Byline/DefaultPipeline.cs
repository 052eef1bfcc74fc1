using Byline.Articles;
using Byline.Entities;
using Byline.Quotes;
using Byline.Text;

namespace Byline;

/// <summary>The stages <see cref="NewsAnalyzer.CreateDefault"/> uses. Stages are stateless or share lazily loaded models.</summary>
internal static class DefaultPipeline
{
    public static IArticleExtractor ArticleExtractor() => HtmlArticleExtractor.Instance;

    public static ISentenceSplitter SentenceSplitter() => EnglishSentenceSplitter.Instance;

    public static IEnumerable<IEntityRecognizer> EntityRecognizers() => [AdministrationRecognizer.Instance, CompanyNameRecognizer.Instance, StatisticalEntityRecognizer.Instance, AffiliationRecognizer.Instance, RuleEntityRecognizer.Instance, KnownOrganizationRecognizer.Instance];

    public static IQuoteExtractor? QuoteExtractor() => EnglishQuoteExtractor.Instance;
}
