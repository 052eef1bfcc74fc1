using System.Globalization;
using Byline.Text;

namespace Byline.Training;

/// <summary>
/// Case-changed copies of training documents (Mayhew, Tsygankova and Roth 2019, "ner and pos when nothing is
/// capitalized"): web text writes names in lower case ("tampa bay"), shouts in capitals and writes headings in title
/// case ("Great Food And Friendly Staff"), which news text hardly ever does. A spec "lower:1,upper:0.3,title:0.3"
/// adds, per kind, one copy of every document in which each sentence is changed with that probability (the other
/// sentences stay as they are, so a copy also teaches one odd sentence among normal ones). Labels are unchanged;
/// casing keeps every offset, so the tokens stay valid.
/// </summary>
internal static class CaseAugmentation
{
    public static List<LabeledDocument> Copies(List<LabeledDocument> docs, string spec, int seed)
    {
        var copies = new List<LabeledDocument>();
        var rng = new Random(seed * 7919);
        foreach (string part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = part.Split(':');
            string kind = kv[0];
            double rate = kv.Length > 1 ? double.Parse(kv[1], CultureInfo.InvariantCulture) : 1;
            foreach (LabeledDocument doc in docs)
            {
                char[] text = doc.Text.ToCharArray();
                bool changed = false;
                foreach (Sentence s in doc.Sentences)
                {
                    if (rng.NextDouble() >= rate) continue;
                    changed = true;
                    for (int t = s.FirstToken; t < s.EndToken; t++)
                    {
                        Token token = doc.Tokens[t];
                        for (int c = token.Start; c < token.End; c++)
                        {
                            text[c] = kind switch
                            {
                                "lower" => char.ToLowerInvariant(text[c]),
                                "upper" => char.ToUpperInvariant(text[c]),
                                "title" => c == token.Start ? char.ToUpperInvariant(text[c]) : text[c],
                                _ => throw new ArgumentException("unknown case kind " + kind),
                            };
                        }
                    }
                }

                if (changed) copies.Add(doc with { Text = new string(text) });
            }
        }

        return copies;
    }
}
