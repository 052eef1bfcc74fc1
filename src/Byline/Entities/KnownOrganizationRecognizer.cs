using System.Collections.Immutable;
using Byline.Entities.Tagging;
using Byline.Text;

namespace Byline.Entities;

/// <summary>
/// A back-off for organizations the tagger never saw in training (it learned from 1996 news, so "Google", "PayPal"
/// and "Mozilla" are unknown words to it): a run of capitalized words that nothing else tagged, that the shipped
/// gazetteer knows as an organization, and that is not a common word written with a capital (its lower-case form is
/// not in the word-cluster vocabulary learned from news text, so "Time", "Shell" and "Apple" at the start of a
/// sentence stay words). Runs after the tagger and the rules, so it only fills gaps.
/// </summary>
internal sealed class KnownOrganizationRecognizer : IEntityRecognizer
{
    public static KnownOrganizationRecognizer Instance { get; } = new();

    public IReadOnlyCollection<EntityType> Produces { get; } = [EntityType.Organization];

    public ImmutableArray<EntityMention> Recognize(EntityRecognitionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        string text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens.AsSpan();
        NerModel model = NerModel.Default;
        var covered = new bool[tokens.Length];
        int t = 0;
        foreach (EntityMention m in context.PreviousMentions)
        {
            while (t < tokens.Length && tokens[t].End <= m.Span.Start) t++;
            for (int k = t; k < tokens.Length && tokens[k].Start < m.Span.End; k++) covered[k] = true;
        }

        ImmutableArray<EntityMention>.Builder? result = null;
        int i = 0;
        while (i < tokens.Length)
        {
            if (covered[i] || !IsCapitalizedWord(text, tokens[i]))
            {
                i++;
                continue;
            }

            // The longest phrase of uncovered capitalized words the gazetteer knows as an organization.
            int best = 0;
            ulong h = Gazetteer.Start;
            for (int j = i; j < tokens.Length && j - i < Gazetteer.MaxPhraseTokens && !covered[j] && IsCapitalizedWord(text, tokens[j]); j++)
            {
                h = Gazetteer.Extend(h, StableHash.OfLower(text.AsSpan(tokens[j].Start, tokens[j].Length)));
                if ((model.Gazetteer.Lookup(h) & (1 << Gazetteer.Organization)) != 0)
                {
                    best = j + 1 - i;
                }
            }

            if (best == 1)
            {
                // One word: not a capitalized common word, not shouting, long enough to be a name.
                ReadOnlySpan<char> w = text.AsSpan(tokens[i].Start, tokens[i].Length);
                if (w.Length < 3 || w.Length > 64 || EntityPipeline.IsAllCaps(w) || model.Clusters.KnowsLowerCase(w))
                {
                    best = 0;
                }
            }

            if (best > 0)
            {
                (result ??= ImmutableArray.CreateBuilder<EntityMention>()).Add(new EntityMention(TextSpan.FromBounds(tokens[i].Start, tokens[i + best - 1].End), EntityType.Organization));
                i += best;
            }
            else
            {
                i++;
            }
        }

        return result?.ToImmutable() ?? [];
    }

    private static bool IsCapitalizedWord(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);
}
