namespace Byline.Entities;

/// <summary>
/// The type of an entity: an open set of labels, as a struct around a string. The well-known values use the
/// OntoNotes names the JSON output writes ("PERSON", "ORG"...); a custom recognizer may add its own.
/// </summary>
public readonly struct EntityType : IEquatable<EntityType>
{
    private readonly string? _name;

    /// <summary>Creates a type from its label.</summary>
    /// <param name="name">The label, in upper case by convention ("PRODUCT").</param>
    /// <exception cref="ArgumentException">When <paramref name="name"/> is empty or white space.</exception>
    public EntityType(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
    }

    /// <summary>The label ("PERSON").</summary>
    public string Name => _name ?? Misc._name!;

    /// <summary>A person: "Angela Merkel".</summary>
    public static EntityType Person { get; } = new("PERSON");

    /// <summary>An organization: "Reuters", "the European Commission".</summary>
    public static EntityType Organization { get; } = new("ORG");

    /// <summary>A geopolitical entity: a country, city or state ("Germany", "Ohio").</summary>
    public static EntityType Gpe { get; } = new("GPE");

    /// <summary>A location that is not a GPE: "the Alps", "the Pacific".</summary>
    public static EntityType Location { get; } = new("LOC");

    /// <summary>A nationality, religious or political group: "Brazilian", "Republicans".</summary>
    public static EntityType Nationality { get; } = new("NORP");

    /// <summary>A title or role: "Secretary of State", "CEO".</summary>
    public static EntityType Title { get; } = new("TITLE");

    /// <summary>A date or period: "March 7, 2025", "last week".</summary>
    public static EntityType Date { get; } = new("DATE");

    /// <summary>A time of day: "5 p.m.".</summary>
    public static EntityType Time { get; } = new("TIME");

    /// <summary>An amount of money: "$2bn".</summary>
    public static EntityType Money { get; } = new("MONEY");

    /// <summary>A percentage: "3.5%".</summary>
    public static EntityType Percent { get; } = new("PERCENT");

    /// <summary>A named thing of another kind: events, works, laws.</summary>
    public static EntityType Misc { get; } = new("MISC");

    /// <summary>A name (person, organization, place, group, other name), not a date, amount or title.</summary>
    internal bool IsName => this == Person || this == Organization || this == Gpe || this == Location || this == Nationality || this == Misc;

    /// <summary>Compares labels ordinally.</summary>
    /// <param name="other">The other type.</param>
    /// <returns>Whether the labels are equal.</returns>
    public bool Equals(EntityType other) => string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EntityType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>The label.</summary>
    /// <returns>The label ("PERSON").</returns>
    public override string ToString() => Name;

    /// <summary>Compares two types.</summary>
    public static bool operator ==(EntityType left, EntityType right) => left.Equals(right);

    /// <summary>Compares two types.</summary>
    public static bool operator !=(EntityType left, EntityType right) => !left.Equals(right);
}
