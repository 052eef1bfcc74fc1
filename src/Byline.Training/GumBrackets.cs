namespace Byline.Training;

/// <summary>
/// GUM's entity brackets in the CoNLL-U MISC column (<c>Entity=(1-person-new-...)</c>): "(id-type-infstat-salience-
/// centering-minspan-link-identity" opens a mention, "id)" closes it, "(...)" is a one-token mention. Shared by the
/// tagger's training reader and the clustering scorer (linked into Byline.Evaluation).
/// </summary>
internal static class GumBrackets
{
    /// <summary>The mentions of a document whose tokens have the MISC columns <paramref name="misc"/>: first and last token, and the bracket's fields.</summary>
    public static List<(int First, int Last, string[] Fields)> Read(IReadOnlyList<string> misc)
    {
        var mentions = new List<(int First, int Last, string[] Fields)>();
        var open = new Dictionary<string, Stack<(int Token, string[] Fields)>>(StringComparer.Ordinal);
        for (int t = 0; t < misc.Count; t++)
        {
            string? entity = misc[t].Split('|').FirstOrDefault(f => f.StartsWith("Entity=", StringComparison.Ordinal));
            if (entity is null) continue;
            string value = entity["Entity=".Length..];
            int i = 0;
            while (i < value.Length)
            {
                if (value[i] == '(')
                {
                    int j = i + 1;
                    while (j < value.Length && value[j] != '(' && value[j] != ')') j++;
                    string[] fields = value[(i + 1)..j].Split('-');
                    if (j < value.Length && value[j] == ')')
                    {
                        mentions.Add((t, t, fields));
                        i = j + 1;
                    }
                    else
                    {
                        if (!open.TryGetValue(fields[0], out var stack)) open[fields[0]] = stack = new();
                        stack.Push((t, fields));
                        i = j;
                    }
                }
                else if (char.IsDigit(value[i]))
                {
                    int j = i;
                    while (j < value.Length && value[j] != ')') j++;
                    if (open.TryGetValue(value[i..j], out var stack) && stack.Count > 0)
                    {
                        var (start, fields) = stack.Pop();
                        mentions.Add((start, t, fields));
                    }

                    i = j + 1;
                }
                else
                {
                    i++;
                }
            }
        }

        return mentions;
    }
}
