namespace Byline.Entities.Tagging;

/// <summary>
/// The tagger's BILOU labels over the four CoNLL types: 0 is O; type t (PER, ORG, LOC, MISC) has B, I, L, U at
/// 1 + 4t + position.
/// </summary>
internal static class NerLabels
{
    public const int Count = 17;
    public const int TypeCount = 4;
    public const int Outside = 0;
    public const int Begin = 0;
    public const int Inside = 1;
    public const int Last = 2;
    public const int Unit = 3;

    public static readonly string[] TypeNames = ["PER", "ORG", "LOC", "MISC"];

    public static int Make(int type, int position) => 1 + (4 * type) + position;

    public static int TypeOf(int label) => label == 0 ? -1 : (label - 1) >> 2;

    public static int PositionOf(int label) => label == 0 ? -1 : (label - 1) & 3;

    public static int TypeIndex(ReadOnlySpan<char> name) => name switch
    {
        "PER" => 0,
        "ORG" => 1,
        "LOC" => 2,
        "MISC" => 3,
        _ => -1,
    };

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> in a well-formed BILOU sequence.</summary>
    public static bool Allowed(int previous, int label)
    {
        int pp = PositionOf(previous);
        bool open = pp is Begin or Inside;
        int p = PositionOf(label);
        if (open)
        {
            return p is Inside or Last && TypeOf(label) == TypeOf(previous);
        }

        return p is not (Inside or Last);
    }

    /// <summary>Whether a sequence may end after <paramref name="label"/>.</summary>
    public static bool CanEnd(int label) => PositionOf(label) is not (Begin or Inside);
}
