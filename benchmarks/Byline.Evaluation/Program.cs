using System.Globalization;
using Byline;
using Byline.Entities;
using Byline.Evaluation;

// Accuracy of Byline on public corpora that the Python scorers in ../shared/tools do not cover.
// Usage: dotnet run -c Release --project benchmarks/Byline.Evaluation -- gum ../shared/data/ner/gum_wikinews/dev [--verbose] [--errors]
//        (--errors lists every gold cluster the prediction splits, every predicted entity that joins gold clusters, and
//        every gold named mention no prediction covers)
//        dotnet run -c Release --project benchmarks/Byline.Evaluation -- speed ../shared/data/ner-resources/bbc-news
//        dotnet run -c Release --project benchmarks/Byline.Evaluation -- timex ../shared/data/temporal/aquaint_timeml_extract.jsonl [--verbose]
if (args.Length >= 2 && args[0] == "timex")
{
    TimexCheck.Run(args[1], args.Contains("--verbose"));
    return 0;
}

if (args.Length >= 2 && args[0] == "speed")
{
    SpeedCheck.Run(args[1]);
    return 0;
}

if (args.Length < 2 || args[0] != "gum")
{
    Console.Error.WriteLine("usage: Byline.Evaluation gum <folder with GUM .conllu files> [--verbose] | speed <folder of .txt articles> | timex <TimeML extract .jsonl>");
    return 2;
}

bool verbose = args.Contains("--verbose");
bool errors = args.Contains("--errors");
NewsAnalyzer nlp = NewsAnalyzer.CreateDefault();
double sumP = 0, sumR = 0;
int mentionsTotal = 0, detected = 0;
foreach (string file in Directory.EnumerateFiles(args[1], "*.conllu").Order(StringComparer.Ordinal))
{
    GumDocument gold = GumCoreference.Read(file);
    NewsDocument doc = nlp.Analyze(gold.Text);

    // Each predicted mention is matched to the smallest gold named mention whose head it covers (nested gold
    // mentions such as "mainland Australia" around "Australia" do not all take the same prediction); a gold
    // mention without a match is a singleton.
    var predicted = new string[gold.Mentions.Count];
    for (int i = 0; i < gold.Mentions.Count; i++)
    {
        predicted[i] = "unmatched:" + i.ToString(CultureInfo.InvariantCulture);
    }

    foreach (EntityMention m in doc.Mentions)
    {
        if (m.EntityId is null) continue;
        int best = -1;
        for (int i = 0; i < gold.Mentions.Count; i++)
        {
            GumMention g = gold.Mentions[i];
            if (m.Span.Start < g.HeadEnd && g.HeadStart < m.Span.End && m.Span.Start >= g.Start && m.Span.End <= g.End
                && (best < 0 || g.End - g.Start < gold.Mentions[best].End - gold.Mentions[best].Start))
            {
                best = i;
            }
        }

        if (best >= 0 && predicted[best].StartsWith("unmatched:", StringComparison.Ordinal))
        {
            predicted[best] = m.EntityId;
            detected++;
        }
    }

    if (verbose)
    {
        foreach (EntityMention m in doc.Mentions)
        {
            Console.WriteLine($"    pred {m.EntityId} {m.Type} '{doc.Text[m.Span.Start..m.Span.End]}'");
        }
    }

    if (errors)
    {
        PrintErrors(gold, doc, predicted);
    }

    double p = 0, r = 0;
    for (int i = 0; i < gold.Mentions.Count; i++)
    {
        int both = 0, inPred = 0, inGold = 0;
        for (int j = 0; j < gold.Mentions.Count; j++)
        {
            bool sp = predicted[j] == predicted[i];
            bool sg = gold.Mentions[j].Cluster == gold.Mentions[i].Cluster;
            if (sp) inPred++;
            if (sg) inGold++;
            if (sp && sg) both++;
        }

        p += (double)both / inPred;
        r += (double)both / inGold;
        if (verbose && (both != inPred || both != inGold))
        {
            GumMention g = gold.Mentions[i];
            Console.WriteLine($"  {gold.Name}: '{gold.Text[g.Start..g.End]}' gold {g.Cluster} pred {predicted[i]} (p {both}/{inPred}, r {both}/{inGold})");
        }
    }

    sumP += p;
    sumR += r;
    mentionsTotal += gold.Mentions.Count;
    int n = Math.Max(1, gold.Mentions.Count);
    Console.WriteLine($"{gold.Name}: {gold.Mentions.Count} named mentions, B3 P {p / n:F3} R {r / n:F3}");
}

double bp = sumP / mentionsTotal, br = sumR / mentionsTotal;
Console.WriteLine($"GUM B3 over {mentionsTotal} named mentions: P {bp:F3} R {br:F3} F1 {2 * bp * br / (bp + br):F3}; heads covered by a predicted mention {detected}/{mentionsTotal}");
return 0;

static void PrintErrors(GumDocument gold, NewsDocument doc, string[] predicted)
{
    string Context(int start, int end)
    {
        int from = Math.Max(0, start - 40), to = Math.Min(gold.Text.Length, end + 40);
        return (gold.Text[from..start] + "[" + gold.Text[start..end] + "]" + gold.Text[end..to]).Replace('\n', ' ');
    }

    foreach (var cluster in gold.Mentions.Select((g, i) => (g, i)).GroupBy(x => x.g.Cluster))
    {
        var ids = cluster.Select(x => predicted[x.i]).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count < 2) continue;
        Console.WriteLine($"  SPLIT {gold.Name} gold {cluster.Key} ({cluster.First().g.Type}) into {ids.Count}:");
        foreach (var (g, i) in cluster)
        {
            string name = doc.Entities.FirstOrDefault(e => e.Id == predicted[i])?.Name ?? "-";
            Console.WriteLine($"      {predicted[i],-14} '{gold.Text[g.Start..g.End]}' (entity '{name}')");
        }
    }

    foreach (var entity in gold.Mentions.Select((g, i) => (g, i)).Where(x => !predicted[x.i].StartsWith("unmatched:", StringComparison.Ordinal)).GroupBy(x => predicted[x.i]))
    {
        if (entity.Select(x => x.g.Cluster).Distinct(StringComparer.Ordinal).Count() < 2) continue;
        string name = doc.Entities.FirstOrDefault(e => e.Id == entity.Key)?.Name ?? "-";
        Console.WriteLine($"  MERGED {gold.Name} {entity.Key} '{name}': " + string.Join(", ", entity.Select(x => $"'{gold.Text[x.g.Start..x.g.End]}' (gold {x.g.Cluster})")));
    }

    int nested = 0, nestedMissed = 0;
    for (int i = 0; i < gold.Mentions.Count; i++)
    {
        GumMention g = gold.Mentions[i];
        if (gold.Mentions.Exists(o => o != g && o.Start <= g.Start && g.End <= o.End && o.HeadStart != g.HeadStart))
        {
            nested++;
            if (predicted[i].StartsWith("unmatched:", StringComparison.Ordinal)) nestedMissed++;
        }
    }

    Console.WriteLine($"  NESTED {gold.Name}: {nested} named mentions lie inside another with another head (a flat tagger gives at most one of the two), {nestedMissed} of them uncovered");
    for (int i = 0; i < gold.Mentions.Count; i++)
    {
        if (!predicted[i].StartsWith("unmatched:", StringComparison.Ordinal)) continue;
        GumMention g = gold.Mentions[i];
        string overlapping = string.Join(", ", doc.Mentions.Where(m => m.Span.Start < g.End && g.Start < m.Span.End)
            .Select(m => $"{m.Type} '{doc.Text[m.Span.Start..m.Span.End]}'"));
        Console.WriteLine($"  MISS {gold.Name} gold {g.Cluster} ({g.Type}) head '{gold.Text[g.HeadStart..g.HeadEnd]}': {Context(g.Start, g.End)}" + (overlapping.Length > 0 ? $"  overlapping: {overlapping}" : ""));
    }
}
