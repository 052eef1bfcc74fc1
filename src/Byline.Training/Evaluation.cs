using Byline.Entities.Tagging;

namespace Byline.Training;

/// <summary>Entity-level exact-match F1 of a model on labeled documents (same as conlleval).</summary>
internal static class Evaluation
{
    public static double Score(NerModel model, List<LabeledDocument> docs, bool print)
    {
        var features = model.CreateFeatures();
        var tp = new int[NerLabels.TypeCount];
        var fp = new int[NerLabels.TypeCount];
        var fn = new int[NerLabels.TypeCount];
        foreach (LabeledDocument doc in docs)
        {
            var labels = new int[doc.Tokens.Length];
            model.Tag(features, doc.Text, doc.Tokens, doc.Sentences, labels);
            var gold = ConllCorpus.Spans(doc.Labels).ToHashSet();
            var pred = ConllCorpus.Spans(labels).ToHashSet();
            foreach (var s in pred)
            {
                if (gold.Contains(s)) tp[s.Type]++;
                else fp[s.Type]++;
            }

            foreach (var s in gold)
            {
                if (!pred.Contains(s)) fn[s.Type]++;
            }
        }

        static double F(int t, int p, int n) => t == 0 ? 0 : 200.0 * t / ((2 * t) + p + n);
        if (print)
        {
            for (int t = 0; t < NerLabels.TypeCount; t++)
                Console.WriteLine($"  {NerLabels.TypeNames[t],-5} F1 {F(tp[t], fp[t], fn[t]):F2} (tp {tp[t]}, fp {fp[t]}, fn {fn[t]})");
            Console.WriteLine($"  ALL   F1 {F(tp.Sum(), fp.Sum(), fn.Sum()):F2}");
        }

        return F(tp.Sum(), fp.Sum(), fn.Sum());
    }
}
