using Byline.Entities;

namespace Byline.Tests.Entities;

internal static class EntityTestHelpers
{
    public static NewsAnalyzer Analyzer { get; } = NewsAnalyzer.CreateDefault();

    /// <summary>The mentions as "TYPE:text".</summary>
    public static List<string> Mentions(string text)
    {
        NewsDocument doc = Analyzer.Analyze(text);
        return [.. doc.Mentions.Select(m => m.Type.Name + ":" + doc.GetText(m.Span))];
    }

    /// <summary>The entity whose mentions include the given text.</summary>
    public static (NewsDocument Doc, Entity Entity) EntityOf(string text, string mention)
    {
        NewsDocument doc = Analyzer.Analyze(text);
        Entity entity = doc.Entities.First(e => e.Mentions.Any(s => doc.GetText(s) == mention));
        return (doc, entity);
    }

    public static List<string> MentionTexts(NewsDocument doc, Entity entity) => [.. entity.Mentions.Select(s => doc.GetText(s))];
}
