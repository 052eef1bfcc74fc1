using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Entities;

/// <summary>An entity of one article: its mentions clustered under one canonical name.</summary>
public sealed record Entity
{
    /// <summary>Creates an entity.</summary>
    /// <param name="id">The entity's identifier within its document ("E1").</param>
    /// <param name="type">The entity type.</param>
    /// <param name="name">The canonical name, usually the longest full mention ("Angela Merkel").</param>
    /// <param name="mentions">The spans of its mentions, in text order.</param>
    public Entity(string id, EntityType type, string name, ImmutableArray<TextSpan> mentions)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(name);
        Id = id;
        Type = type;
        Name = name;
        Mentions = mentions.IsDefault ? [] : mentions;
    }

    /// <summary>The entity's identifier within its document ("E1").</summary>
    public string Id { get; }

    /// <summary>The entity type.</summary>
    public EntityType Type { get; }

    /// <summary>The canonical name.</summary>
    public string Name { get; }

    /// <summary>The spans of its mentions, in text order.</summary>
    public ImmutableArray<TextSpan> Mentions { get; }

    /// <summary>
    /// Titles and roles the article gives it ("Chancellor", "Secretary of State"), as written; an abbreviated title is also
    /// written out ("Gov." as "Governor", "Florida Sen." as "Florida Senator").
    /// </summary>
    public ImmutableArray<string> Titles { get; init; } = [];
}
