namespace Byline.Tests;

/// <summary>Realistic inputs for tests: the sample articles and generated news-like paragraphs.</summary>
internal static class TestArticles
{
    public static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SampleData", name));

    private static readonly string[] People = ["Linda Okafor", "Peter Haskell", "Erin Walsh", "Karen Doyle", "Luca Bianchi", "Rosa Delgado"];
    private static readonly string[] Places = ["Portville", "Brussels", "Sea Haven", "Frankfurt", "Washington", "the U.S."];
    private static readonly string[] Verbs = ["said", "told reporters", "added", "warned", "argued"];

    /// <summary>A deterministic news-like article number <paramref name="n"/>.</summary>
    public static string Generated(int n)
    {
        var random = new Random(n);
        var sb = new System.Text.StringBuilder();
        sb.Append("Officials Meet in ").Append(Places[n % Places.Length].Replace("the ", "", StringComparison.Ordinal)).Append(" Over Budget\n\n");
        int paragraphs = 2 + random.Next(6);
        for (int p = 0; p < paragraphs; p++)
        {
            string who = People[random.Next(People.Length)];
            sb.Append('"').Append("We will not accept cuts of ").Append(random.Next(2, 40)).Append("% to the program,")
              .Append("\" ").Append(who).Append(' ').Append(Verbs[random.Next(Verbs.Length)]).Append(" on Tuesday in ")
              .Append(Places[random.Next(Places.Length)]).Append(". The plan would cost about $").Append(random.Next(1, 90))
              .Append(" million, according to Mr. ").Append(who.Split(' ')[1]).Append(".\n\n");
        }

        return sb.ToString();
    }
}
