using Byline.Internal;

namespace Byline.Quotes;

/// <summary>
/// First names and the sex most people who bear them have (<c>Resources/first-name-genders.txt</c>, derived from US
/// Social Security Administration counts by src/Byline.Training): how "he" and "she" find a person named in full.
/// Loaded once, on first use.
/// </summary>
internal static class FirstNameGenders
{
    private static readonly Lazy<SpanLookup<char>> Table = new(() => new SpanLookup<char>(
        Resources.ReadLines("first-name-genders.txt").Select(static line =>
        {
            int space = line.LastIndexOf(' ');
            return new KeyValuePair<string, char>(line[..space], line[^1]);
        }), ignoreCase: false));

    /// <summary>'m' or 'f' for a listed first name ("Thomas", "Karen"), '\0' for any other word.</summary>
    public static char Of(ReadOnlySpan<char> firstName) => Table.Value.TryGetValue(firstName, out char sex) ? sex : '\0';
}
