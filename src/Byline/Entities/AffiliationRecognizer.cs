using System.Collections.Immutable;
using Byline.Entities.Tagging;
using Byline.Text;

namespace Byline.Entities;

/// <summary>
/// "Mario Lucero and Isabel Ruiz of Heaven Sent Gaming", "Mark Zandi, of Moody's Analytics": a run of capitalized words
/// right after a person and "of" names the person's organization, even when its words are common ones the tagger let
/// pass. Runs after the tagger, on the people it found; a place ("Jesus of Nazareth") is left alone.
/// </summary>
internal sealed class AffiliationRecognizer : IEntityRecognizer
{
    private const int MaxWords = 5;

    public static AffiliationRecognizer Instance { get; } = new();

    public IReadOnlyCollection<EntityType> Produces { get; } = [EntityType.Organization];

    public ImmutableArray<EntityMention> Recognize(EntityRecognitionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        string text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens.AsSpan();
        ImmutableArray<EntityMention> previous = context.PreviousMentions;
        ImmutableArray<EntityMention>.Builder? result = null;
        for (int m = 0; m < previous.Length; m++)
        {
            EntityMention person = previous[m];
            if (person.Type != EntityType.Person || person.Span.Length == 0)
            {
                continue;
            }

            int i = Token.IndexAt(tokens, person.Span.End);
            if (i < tokens.Length && tokens[i].Length == 1 && text[tokens[i].Start] == ',')
            {
                i++;
            }

            if (i + 1 >= tokens.Length || !text.AsSpan(tokens[i].Start, tokens[i].Length).SequenceEqual("of"))
            {
                continue;
            }

            int first = i + 1, end = first;
            while (end < tokens.Length && end - first <= MaxWords && tokens[end].Kind == TokenKind.Word && char.IsUpper(text[tokens[end].Start])
                   && !text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End).Contains('\n'))
            {
                end++;
            }

            if (end == first || end - first > MaxWords)
            {
                continue; // nothing capitalized after "of", or a run too long to be one name
            }

            var span = TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End);
            if (Overlaps(previous, span) || IsPlace(text, tokens, first, end))
            {
                continue;
            }

            (result ??= ImmutableArray.CreateBuilder<EntityMention>()).Add(new EntityMention(span, EntityType.Organization));
        }

        return result?.ToImmutable() ?? [];
    }

    /// <summary>Whether <paramref name="span"/> overlaps one of <paramref name="sorted"/> (sorted, disjoint).</summary>
    private static bool Overlaps(ImmutableArray<EntityMention> sorted, TextSpan span)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].Span.End <= span.Start) lo = mid + 1;
            else hi = mid;
        }

        return lo < sorted.Length && sorted[lo].Span.Start < span.End;
    }

    private static bool IsPlace(string text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        if (end - first > Gazetteer.MaxPhraseTokens)
        {
            return false;
        }

        ulong h = Gazetteer.Start;
        for (int t = first; t < end; t++)
        {
            h = Gazetteer.Extend(h, StableHash.OfLower(text.AsSpan(tokens[t].Start, tokens[t].Length)));
        }

        const int Places = (1 << Gazetteer.Gpe) | (1 << Gazetteer.Location);
        return (NerModel.Default.Gazetteer.Lookup(h) & Places) != 0;
    }
}
