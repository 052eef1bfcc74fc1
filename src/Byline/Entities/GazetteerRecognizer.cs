using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Entities;

/// <summary>
/// Finds the names of a user's list (<see cref="NewsAnalyzerBuilder.AddGazetteer"/>) in the text: whole tokens,
/// longest match first, case-insensitive except that a capitalized name only matches capitalized text.
/// </summary>
internal sealed class GazetteerRecognizer : IEntityRecognizer
{
    private readonly PhraseLexicon _names = new();
    private readonly EntityType _type;

    public GazetteerRecognizer(EntityType type, IEnumerable<string> names)
    {
        _type = type;
        foreach (string name in names)
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                _names.Add(name.Trim(), char.IsUpper(name.Trim()[0]) ? 1 : 0);
            }
        }

        Produces = [type];
    }

    public IReadOnlyCollection<EntityType> Produces { get; }

    public ImmutableArray<EntityMention> Recognize(EntityRecognitionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        string text = context.Text;
        ReadOnlySpan<Token> tokens = context.Tokens.AsSpan();
        ImmutableArray<EntityMention>.Builder? result = null;
        int i = 0;
        while (i < tokens.Length)
        {
            int n = Math.Max(_names.Match(text, tokens, i, 0), char.IsUpper(text[tokens[i].Start]) ? _names.Match(text, tokens, i, 1) : 0);
            if (n == 0)
            {
                i++;
                continue;
            }

            (result ??= ImmutableArray.CreateBuilder<EntityMention>()).Add(new EntityMention(TextSpan.FromBounds(tokens[i].Start, tokens[i + n - 1].End), _type));
            i += n;
        }

        return result?.ToImmutable() ?? [];
    }
}
