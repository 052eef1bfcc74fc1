using Byline.Internal;

namespace Byline.Quotes;

/// <summary>
/// First names and the sex most people who bear them have (<c>Resources/first-name-genders.txt</c>, derived from US
/// Social Security Administration counts by src/Byline.Training, then <c>Resources/first-name-genders-world.txt</c>, names
/// common in world news that those counts miss): how "he" and "she" find a person named in full. Loaded once, on first use.
/// </summary>
internal static class FirstNameGenders
{
    private static readonly Lazy<SpanLookup<char>> Table = new(static () =>
    {
        var sexes = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (string file in (string[])["first-name-genders.txt", "first-name-genders-world.txt"])
        {
            foreach (string line in Resources.ReadLines(file))
            {
                int space = line.LastIndexOf(' ');
                sexes.TryAdd(line[..space], line[^1]); // the first file's reading stands
            }
        }

        return new SpanLookup<char>(sexes, ignoreCase: false);
    });

    /// <summary>'m' or 'f' for a listed first name ("Thomas", "Karen"), '\0' for any other word.</summary>
    public static char Of(ReadOnlySpan<char> firstName) => Table.Value.TryGetValue(firstName, out char sex) ? sex : '\0';
}
