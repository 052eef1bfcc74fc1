namespace Byline.Entities;

/// <summary>The lexicons of the entity rules (src/Byline/Resources/*.txt), loaded once on first use.</summary>
internal static class EntityLexicons
{
    public const int Title = 0, Honorific = 1, DatePhrase = 2, TimePhrase = 3, Month = 4, Weekday = 5, Currency = 6,
        Scale = 7, Norp = 8, TitleModifier = 9;

    private static readonly Lazy<PhraseLexicon> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static PhraseLexicon Phrases => Shared.Value;

    private static PhraseLexicon Load()
    {
        var lexicon = new PhraseLexicon()
            .AddResource("titles.txt", Title)
            .AddResource("honorifics.txt", Honorific)
            .AddResource("dates.txt", DatePhrase)
            .AddResource("times.txt", TimePhrase)
            .AddResource("months.txt", Month)
            .AddResource("weekdays.txt", Weekday)
            .AddResource("currencies.txt", Currency)
            .AddResource("number-scales.txt", Scale)
            .AddResource("norp.txt", Norp);
        foreach (string modifier in (string[])["deputy", "vice", "acting", "assistant", "associate", "senior", "chief", "former", "interim", "executive", "principal", "joint", "shadow", "junior", "emeritus"])
        {
            lexicon.Add(modifier, TitleModifier);
        }

        return lexicon;
    }
}
