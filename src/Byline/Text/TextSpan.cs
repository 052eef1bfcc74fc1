namespace Byline.Text;

/// <summary>
/// A range of characters in a document's text: <see cref="Start"/> and <see cref="Length"/> in UTF-16 code units
/// (the indices of a .NET <see cref="string"/>). Every annotation in Byline is a span of one text.
/// </summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>Index one past the last character (exclusive end).</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and its exclusive end.</summary>
    /// <param name="start">Index of the first character.</param>
    /// <param name="end">Index one past the last character.</param>
    /// <returns>The span [<paramref name="start"/>, <paramref name="end"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns>Whether this span contains <paramref name="other"/>.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the character at <paramref name="position"/> lies inside this span.</summary>
    /// <param name="position">A character index.</param>
    /// <returns>Whether this span contains <paramref name="position"/>.</returns>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when the two spans share at least one character.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns>Whether the spans overlap.</returns>
    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Orders spans by start, then by length.</summary>
    /// <param name="other">The span to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(TextSpan other)
    {
        int c = Start.CompareTo(other.Start);
        return c != 0 ? c : Length.CompareTo(other.Length);
    }

    /// <summary>Compares two spans by start, then length.</summary>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>Compares two spans by start, then length.</summary>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>Compares two spans by start, then length.</summary>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two spans by start, then length.</summary>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;

    /// <summary>The span as <c>[start..end)</c>.</summary>
    /// <returns>A short description for debugging.</returns>
    public override string ToString() => $"[{Start}..{End})";
}
