namespace Byline.Quotes;

/// <summary>US states and the abbreviations of the AP stylebook that party labels use ("D-Md.", "R-Fla.").</summary>
internal static class UsStates
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["Alabama"] = "Ala.", ["Arizona"] = "Ariz.", ["Arkansas"] = "Ark.", ["California"] = "Calif.", ["Colorado"] = "Colo.",
        ["Connecticut"] = "Conn.", ["Delaware"] = "Del.", ["Florida"] = "Fla.", ["Georgia"] = "Ga.", ["Illinois"] = "Ill.",
        ["Indiana"] = "Ind.", ["Kansas"] = "Kan.", ["Kentucky"] = "Ky.", ["Louisiana"] = "La.", ["Maryland"] = "Md.",
        ["Massachusetts"] = "Mass.", ["Michigan"] = "Mich.", ["Minnesota"] = "Minn.", ["Mississippi"] = "Miss.", ["Missouri"] = "Mo.",
        ["Montana"] = "Mont.", ["Nebraska"] = "Neb.", ["Nevada"] = "Nev.", ["New Hampshire"] = "N.H.", ["New Jersey"] = "N.J.",
        ["New Mexico"] = "N.M.", ["New York"] = "N.Y.", ["North Carolina"] = "N.C.", ["North Dakota"] = "N.D.", ["Oklahoma"] = "Okla.",
        ["Oregon"] = "Ore.", ["Pennsylvania"] = "Pa.", ["Rhode Island"] = "R.I.", ["South Carolina"] = "S.C.", ["South Dakota"] = "S.D.",
        ["Tennessee"] = "Tenn.", ["Vermont"] = "Vt.", ["Virginia"] = "Va.", ["Washington"] = "Wash.", ["West Virginia"] = "W.Va.",
        ["Wisconsin"] = "Wis.", ["Wyoming"] = "Wyo.",
    };

    /// <summary>Whether a one-word name is a US state's ("Texas", "Ohio", "Maryland").</summary>
    public static bool IsStateName(ReadOnlySpan<char> word) =>
        word is "Texas" or "Ohio" or "Utah" or "Iowa" or "Idaho" or "Maine" or "Alaska" or "Hawaii" || Abbreviations.ContainsKey(word.ToString());

    /// <summary>The AP abbreviation of a state's name ("Maryland" -> "Md."), or null (also for states written in full: Texas, Ohio).</summary>
    public static string? Abbreviation(ReadOnlySpan<char> state) =>
        Abbreviations.TryGetValue(state.ToString(), out string? a) ? a : null; // (rare: a place word in a description)
}
