using System.Buffers;
using System.Collections.Immutable;
using Byline.Entities.Tagging;
using Byline.Text;

namespace Byline.Entities;

/// <summary>
/// The trained tagger (<see cref="NerModel"/>): finds persons, organizations, locations and other names, and maps
/// the CoNLL types to Byline's: LOC is GPE when the gazetteer knows the name as a country, state or city, MISC is
/// NORP when it is a demonym ("Brazilian").
/// </summary>
internal sealed class StatisticalEntityRecognizer : IEntityRecognizer
{
    [ThreadStatic]
    private static NerDocumentFeatures? t_features;
    [ThreadStatic]
    private static NerModel? t_featuresModel;

    private readonly NerModel? _model;

    /// <summary>Creates a recognizer over a model; <see langword="null"/> uses the model shipped in the assembly.</summary>
    public StatisticalEntityRecognizer(NerModel? model = null) => _model = model;

    public static StatisticalEntityRecognizer Instance { get; } = new();

    private NerModel Model => _model ?? NerModel.Default;

    public IReadOnlyCollection<EntityType> Produces { get; } =
        [EntityType.Person, EntityType.Organization, EntityType.Gpe, EntityType.Location, EntityType.Nationality, EntityType.Misc, EntityType.Title];

    public ImmutableArray<EntityMention> Recognize(EntityRecognitionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        ReadOnlySpan<Token> tokens = context.Tokens.AsSpan();
        if (tokens.IsEmpty)
        {
            return [];
        }

        NerModel model = Model;
        NerDocumentFeatures features = t_features is not null && ReferenceEquals(t_featuresModel, model) ? t_features : model.CreateFeatures();
        t_features = features;
        t_featuresModel = model;
        int[] labels = ArrayPool<int>.Shared.Rent(tokens.Length);
        try
        {
            Sentence[] segments = Segments(context.Text, tokens);
            model.Tag(features, context.Text, tokens, segments, labels.AsSpan(0, tokens.Length));
            var result = ImmutableArray.CreateBuilder<EntityMention>();
            int start = -1;
            for (int i = 0; i < tokens.Length; i++)
            {
                int l = labels[i];
                int p = NerLabels.PositionOf(l);
                if (p == NerLabels.Begin)
                {
                    start = i;
                }
                else if (p == NerLabels.Unit || (p == NerLabels.Last && start >= 0))
                {
                    int first = p == NerLabels.Unit ? i : start;
                    int last = i;
                    // A weekday is a date (the rules make it one): alone, or after a place the tagger ran it into as a person
                    // or location ("Nairobi, Kenya Friday"). Names of teams, events and shows keep theirs ("Sheffield
                    // Wednesday", "Black Friday", "Sunday Times").
                    if (EntityLexicons.Phrases.Is(context.Text, tokens[last], EntityLexicons.Weekday)
                        && (first == last
                            || (NerLabels.TypeOf(l) is 0 or 2 && (Lookup(model, context.Text, tokens, first, last) & ((1 << Gazetteer.Gpe) | (1 << Gazetteer.Location))) != 0)))
                    {
                        last--;
                    }

                    if (last < first)
                    {
                        start = -1;
                        continue;
                    }

                    var span = TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
                    // A span that is just a role ("Chief Executive", "Foreign Minister") is a TITLE, not an organization; one
                    // typed a person or an organization that is just a group's word ("Shiite", "Sunni Arab") is a NORP.
                    EntityType type = NerLabels.TypeOf(l) != 0 && EntityLexicons.Phrases.Match(context.Text, tokens, first, EntityLexicons.Title) == last + 1 - first
                        ? EntityType.Title
                        : NerLabels.TypeOf(l) is 0 or 1 && AllNorp(model, context.Text, tokens, first, last)
                            ? EntityType.Nationality
                            : MapType(model, context.Text, tokens, first, last + 1, NerLabels.TypeOf(l));
                    result.Add(new EntityMention(span, type));
                    start = -1;
                    int acronym = last + 2;
                    if (acronym + 1 < tokens.Length && labels[acronym] == NerLabels.Outside && IsAcronymOf(context.Text, tokens, first, last, acronym))
                    {
                        result.Add(new EntityMention(new TextSpan(tokens[acronym].Start, tokens[acronym].Length), type));
                        i = acronym;
                    }
                }
            }

            return result.ToImmutable();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(labels);
        }
    }

    /// <summary>
    /// Whether every word of tokens <paramref name="first"/>..<paramref name="last"/> is in the NORP lexicon ("Sunni Arab")
    /// and the words are no place or first name of the gazetteer ("Singapore", "Christian").
    /// </summary>
    private static bool AllNorp(NerModel model, string text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        const int NotGroups = (1 << Gazetteer.Gpe) | (1 << Gazetteer.Location) | (1 << Gazetteer.FirstName);
        if ((Lookup(model, text, tokens, first, last + 1) & NotGroups) != 0)
        {
            return false;
        }

        for (int t = first; t <= last; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !EntityLexicons.Phrases.Is(text, tokens[t], EntityLexicons.Norp))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An acronym defined in brackets right after the name it abbreviates ("World Health Organization (WHO)"): in
    /// capitals, and its letters are the initials of the name's capitalized words, in order. The tagger, trained to
    /// read shouted text too, may take "WHO" for the word "who"; the definition says otherwise.
    /// </summary>
    internal static bool IsAcronymOf(string text, ReadOnlySpan<Token> tokens, int first, int last, int acronym)
    {
        if (last - first < 1 || acronym + 1 >= tokens.Length || text[tokens[acronym - 1].Start] != '(' || tokens[acronym - 1].Length != 1
            || text[tokens[acronym + 1].Start] != ')' || tokens[acronym + 1].Length != 1)
        {
            return false;
        }

        ReadOnlySpan<char> a = text.AsSpan(tokens[acronym].Start, tokens[acronym].Length);
        if (a.Length is < 2 or > 8)
        {
            return false;
        }

        foreach (char c in a)
        {
            if (!char.IsUpper(c)) return false;
        }

        int k = 0;
        for (int t = first; t <= last && k < a.Length; t++)
        {
            char c = text[tokens[t].Start];
            if (char.IsUpper(c) && c == a[k])
            {
                k++;
            }
        }

        return k == a.Length;
    }

    /// <summary>
    /// The tagger's own segments: it was trained on CoNLL sentences, which end at a sentence-final punctuation
    /// token or a line break. The sentence splitter's boundaries after initials or in headlines would cut names.
    /// </summary>
    internal static Sentence[] Segments(string text, ReadOnlySpan<Token> tokens)
    {
        var segments = new List<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            bool end = i + 1 == tokens.Length;
            if (!end)
            {
                Token t = tokens[i];
                end = text.AsSpan(t.End, tokens[i + 1].Start - t.End).Contains('\n')
                      || (t.Kind == TokenKind.Punctuation && text[t.Start] is '.' or '?' or '!');
            }

            if (end)
            {
                segments.Add(new Sentence(TextSpan.FromBounds(tokens[first].Start, tokens[i].End), first, i + 1 - first));
                first = i + 1;
            }
        }

        return [.. segments];
    }

    private static EntityType MapType(NerModel model, string text, ReadOnlySpan<Token> tokens, int first, int end, int type)
    {
        switch (type)
        {
            case 0:
                return EntityType.Person;
            case 1:
                return EntityType.Organization;
            case 2:
                return (Lookup(model, text, tokens, first, end) & (1 << Gazetteer.Gpe)) != 0 ? EntityType.Gpe : EntityType.Location;
            default:
                return (Lookup(model, text, tokens, first, end) & (1 << Gazetteer.Demonym)) != 0 ? EntityType.Nationality : EntityType.Misc;
        }
    }

    private static byte Lookup(NerModel model, string text, ReadOnlySpan<Token> tokens, int first, int end) =>
        model.Gazetteer.Lookup(text, tokens, first, end);
}
