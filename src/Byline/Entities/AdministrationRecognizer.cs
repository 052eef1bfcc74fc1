using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Entities;

/// <summary>
/// "the Biden administration": an organization named after a leader. Runs before the
/// tagger so that the leader's name inside it is not taken as a mention of the person.
/// </summary>
internal sealed class AdministrationRecognizer : IEntityRecognizer
{
    public static AdministrationRecognizer Instance { get; } = new();

    public IReadOnlyCollection<EntityType> Produces { get; } = [EntityType.Organization];

    public ImmutableArray<EntityMention> Recognize(EntityRecognitionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        string text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens.AsSpan();
        ImmutableArray<EntityMention>.Builder? result = null;
        for (int i = 1; i < tokens.Length; i++)
        {
            ReadOnlySpan<char> w = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (!w.Equals("administration", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // One or two capitalized words right before it, after "the" or a possessive-free start ("Trump administration").
            int first = i;
            while (first > 0 && i - first < 3 && tokens[first - 1].Kind is TokenKind.Word or TokenKind.Abbreviation
                   && char.IsUpper(text[tokens[first - 1].Start]) && !IsFunctionWord(text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length)))
            {
                first--;
            }

            if (first == i || first == 0 || !text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A country's government ("the French government") is not named after a person: leave it to the tagger.
            if (EntityLexicons.Phrases.Is(text, tokens[first], EntityLexicons.Norp))
            {
                continue;
            }

            (result ??= ImmutableArray.CreateBuilder<EntityMention>()).Add(new EntityMention(TextSpan.FromBounds(tokens[first].Start, tokens[i].End), EntityType.Organization));
        }

        return result?.ToImmutable() ?? [];
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> w) =>
        w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("The", StringComparison.Ordinal);
}
