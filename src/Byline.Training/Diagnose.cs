using Byline.Entities.Tagging;
using Byline.Text;

namespace Byline.Training;

/// <summary>Compares the CoNLL tokenization of labeled documents with the Byline tokenizer's (a training aid).</summary>
internal static class Diagnose
{
    public static void Tokenization(List<LabeledDocument> docs, int show)
    {
        int differ = 0, total = 0;
        foreach (LabeledDocument doc in docs)
        {
            var mine = EnglishTokenizer.Tokenize(doc.Text);
            var gold = new HashSet<(int, int)>(doc.Tokens.Select(t => (t.Start, t.Length)));
            foreach (Token t in mine)
            {
                total++;
                if (!gold.Contains((t.Start, t.Length)))
                {
                    differ++;
                    if (show-- > 0) Console.WriteLine($"  '{doc.Text.Substring(t.Start, t.Length)}' {t.Kind}");
                }
            }
        }

        Console.WriteLine($"tokens differing: {differ} of {total}");
    }
}
