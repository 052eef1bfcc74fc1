using System.Globalization;
using Byline.Quotes;

namespace Byline.Reporting;

/// <summary>Gives each speaker of an article a colour class, in order of first quote, and groups their quotes.</summary>
internal sealed class SpeakerPalette
{
    private const string UnattributedKey = "\0unattributed";
    private readonly Dictionary<string, Speaker> _byKey = new(StringComparer.Ordinal);
    private readonly NewsDocument _doc;

    private SpeakerPalette(NewsDocument doc) => _doc = doc;

    public List<Speaker> Speakers { get; } = [];

    public static SpeakerPalette For(NewsDocument doc)
    {
        var palette = new SpeakerPalette(doc);
        foreach (Quote quote in doc.Quotes)
        {
            string key = palette.KeyOf(quote);
            if (!palette._byKey.TryGetValue(key, out Speaker? speaker))
            {
                bool unattributed = key == UnattributedKey;
                int attributed = palette.Speakers.Count(s => s.CssClass != "unattributed");
                speaker = new Speaker(
                    unattributed ? "(unattributed)" : palette.DisplayName(quote),
                    unattributed ? "unattributed" : "s" + (attributed % ReportWriter.SpeakerColorCount).ToString(CultureInfo.InvariantCulture));
                palette._byKey.Add(key, speaker);
                palette.Speakers.Add(speaker);
            }

            speaker.Quotes.Add(quote);
        }

        return palette;
    }

    public string ClassOf(Quote quote) => _byKey[KeyOf(quote)].CssClass;

    public string NameOf(Quote quote) => _byKey[KeyOf(quote)].Name;

    // The entity when resolved, else the canonical name, else the words that name the speaker.
    private string KeyOf(Quote quote) => quote.Speaker switch
    {
        null => UnattributedKey,
        { EntityId: { } id } => "E:" + id,
        { Name: { } name } => "N:" + name,
        { Span: var span } when InText(span) => "T:" + _doc.GetText(span),
        _ => UnattributedKey,
    };

    private string DisplayName(Quote quote) => quote.Speaker switch
    {
        { Name: { } name } => name,
        { EntityId: { } id } when _doc.GetEntity(id) is { } entity => entity.Name,
        { Span: var span } when InText(span) => _doc.GetText(span),
        _ => "(unknown)",
    };

    private bool InText(Text.TextSpan span) => span.Length > 0 && span.Start >= 0 && span.End <= _doc.Text.Length;

    internal sealed record Speaker(string Name, string CssClass)
    {
        public List<Quote> Quotes { get; } = [];
    }
}
