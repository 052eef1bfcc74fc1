using System.Diagnostics;
using System.Globalization;
using Byline.Entities.Tagging;
using Byline.Text;
using Byline.Training;

// Trains the entity tagger shipped in src/Byline/Resources/ner-model.bin.
// Usage: dotnet run -c Release --project src/Byline.Training -- [--data ../shared/data] [--out src/Byline/Resources/ner-model.bin]
//        [--epochs 12] [--bits 21] [--passes 2] [--prune 0.5] [--ensemble 1] [--cache obj/ner-cache] [--seed 1] [--cluster-seed 1]
// The word clusters are computed once and cached in --cache (clusters.tsv); delete it to recompute them. [--train FILE] [--dev FILE]
//        [--gum FOLDER] adds GUM CoNLL-U files (GumCorpus); [--case lower:1,upper:0.5,title:0.3] adds case-changed copies (CaseAugmentation).
// --name-genders ../shared/data/ner/gazetteers/ssa_first_names [--out FILE] writes the first-name gender table instead (FirstNameGenderTable).
var opts = new Dictionary<string, string>(StringComparer.Ordinal);
for (int i = 0; i + 1 < args.Length; i += 2) opts[args[i].TrimStart('-')] = args[i + 1];
string data = opts.GetValueOrDefault("data", "../shared/data");
string output = opts.GetValueOrDefault("out", "src/Byline/Resources/ner-model.bin");
int epochs = int.Parse(opts.GetValueOrDefault("epochs", "12"), CultureInfo.InvariantCulture);
int bits = int.Parse(opts.GetValueOrDefault("bits", "21"), CultureInfo.InvariantCulture);
float prune = float.Parse(opts.GetValueOrDefault("prune", "0.5"), CultureInfo.InvariantCulture);
int passes = int.Parse(opts.GetValueOrDefault("passes", "2"), CultureInfo.InvariantCulture);
int seed = int.Parse(opts.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture);
int clusterSeed = int.Parse(opts.GetValueOrDefault("cluster-seed", "1"), CultureInfo.InvariantCulture);
string cache = opts.GetValueOrDefault("cache", "obj/ner-cache");
string trainPath = opts.GetValueOrDefault("train", Path.Combine(data, "ner/conll2003/train.txt"));
string? devPath = opts.TryGetValue("dev", out string? d) ? d : Path.Combine(data, "ner/conll2003/dev.txt");
bool toy = opts.GetValueOrDefault("toy") == "true";
var sw = Stopwatch.StartNew();

if (opts.TryGetValue("name-genders", out string? ssaFolder))
{
    // Derives src/Byline/Resources/first-name-genders.txt from the SSA baby-name counts (public domain).
    var lines = FirstNameGenderTable.Build(ssaFolder, minCount: 200, minShare: 0.95);
    File.WriteAllLines(opts.GetValueOrDefault("out", "src/Byline/Resources/first-name-genders.txt"), lines);
    Console.WriteLine($"{lines.Count(l => !l.StartsWith('#')):N0} names");
    return;
}

if (opts.TryGetValue("reprune", out string? reprunePath))
{
    // Drops the weaker rows of a trained model (--prune threshold): a smaller row table tags faster.
    NerModel loaded;
    using (var fs = File.OpenRead(reprunePath)) loaded = NerModel.Load(fs);
    NerModel pruned = loaded.Pruned(prune);
    Console.WriteLine($"rows {loaded.RowCount:N0} -> {pruned.RowCount:N0}");
    using (var fs = File.Create(output)) pruned.Save(fs);
    return;
}

var train = ConllCorpus.Read(trainPath);
string? gumPath = opts.GetValueOrDefault("gum");
if (gumPath is not null)
{
    var gum = GumCorpus.ReadFolder(gumPath);
    Console.WriteLine($"gum: {gum.Count} docs, {gum.Sum(x => x.Tokens.Length):N0} tokens");
    train.AddRange(gum);
}

if (opts.TryGetValue("case", out string? caseSpec))
{
    train.AddRange(CaseAugmentation.Copies(train, caseSpec, seed));
    Console.WriteLine($"with case copies: {train.Count} docs, {train.Sum(x => x.Tokens.Length):N0} tokens");
}
var dev = devPath is not null && File.Exists(devPath) ? ConllCorpus.Read(devPath) : [];
Console.WriteLine($"train: {train.Count} docs, {train.Sum(x => x.Tokens.Length):N0} tokens; dev: {dev.Count} docs");

if (opts.ContainsKey("diagnose"))
{
    Diagnose.Tokenization(dev, 60);
    return;
}

WordClusters clusters = WordClusters.Empty;
Gazetteer gazetteer = Gazetteer.Empty;
var sources = new List<string>();
if (!toy)
{
    Directory.CreateDirectory(cache);
    string clusterFile = Path.Combine(cache, "clusters.tsv");
    if (!File.Exists(clusterFile))
    {
        IEnumerable<string> lines = ClusterBuilder.UnlabeledLines(Path.Combine(data, "ner-resources"))
            .Concat(train.SelectMany(doc => doc.Text.Split('\n')));
        var (words, paths) = ClusterBuilder.Build(lines, minCount: 3, depth: 16, seed: clusterSeed);
        File.WriteAllLines(clusterFile, words.Select((w, i) => w + "\t" + paths[i].ToString(CultureInfo.InvariantCulture)));
        Console.WriteLine($"clusters built in {sw.Elapsed.TotalSeconds:F0}s");
    }

    var entries = File.ReadAllLines(clusterFile).Select(l => l.Split('\t')).ToList();
    clusters = new WordClusters([.. entries.Select(e => e[0])], [.. entries.Select(e => uint.Parse(e[1], CultureInfo.InvariantCulture))]);
    gazetteer = GazetteerBuilder.Build(data, sources);
    foreach (string s in sources) Console.WriteLine("gazetteer " + s);
}

int ensemble = int.Parse(opts.GetValueOrDefault("ensemble", "1"), CultureInfo.InvariantCulture);
if (ensemble > 1)
{
    // Parameter averaging over several shuffling seeds, each trained for the given number of epochs: steadier than
    // one seed (dev F1 varies by about a point between seeds).
    float[]? sum = null;
    PerceptronTrainer? lastTrainer = null;
    for (int e = 0; e < ensemble; e++)
    {
        var t = new PerceptronTrainer(bits, passes);
        var f = new NerDocumentFeatures(clusters, gazetteer, bits);
        var r = new Random(seed + e);
        for (int epoch = 1; epoch <= epochs; epoch++) t.Epoch(train, f, r);
        float[] avg = t.Averaged();
        if (sum is null) sum = avg;
        else for (int i = 0; i < sum.Length; i++) sum[i] += avg[i];
        lastTrainer = t;
        if (dev.Count > 0)
        {
            Console.WriteLine($"seed {seed + e}: dev F1 {Evaluation.Score(t.ToModel(avg, 0, clusters, gazetteer, ""), dev, print: false):F2} ({sw.Elapsed.TotalSeconds:F0}s)");
        }
    }

    for (int i = 0; i < sum!.Length; i++) sum[i] /= ensemble;
    string desc = $"Byline NER v{NerModel.FormatVersion}: averaged perceptron, {passes} pass(es), {bits}-bit hashed features, {epochs} epochs, weights averaged over {ensemble} seeds from {seed}; trained on {Path.GetFileName(trainPath)}"
        + "; clusters from Reuters-21578 + BBC News + training text; gazetteers from FACTORIE lexicons, US census, world-countries, GeoNames";
    var merged = lastTrainer!.ToModel(sum, prune, clusters, gazetteer, desc);
    Console.WriteLine($"rows kept: {merged.RowCount:N0}");
    if (dev.Count > 0) Evaluation.Score(merged, dev, print: true);
    using (var fs = File.Create(output)) merged.Save(fs);
    Console.WriteLine($"wrote {output}: {new FileInfo(output).Length:N0} bytes in {sw.Elapsed.TotalSeconds:F0}s");
    return;
}

var trainer = new PerceptronTrainer(bits, passes);
var features = new NerDocumentFeatures(clusters, gazetteer, bits);
var rng = new Random(seed);
float[]? best = null;
double bestF1 = -1;
int bestEpoch = 0;
for (int epoch = 1; epoch <= epochs; epoch++)
{
    trainer.Epoch(train, features, rng);
    float[] avg = trainer.Averaged();
    if (dev.Count == 0)
    {
        best = avg;
        bestEpoch = epoch;
        continue;
    }

    var model = trainer.ToModel(avg, 0, clusters, gazetteer, "");
    double f1 = Evaluation.Score(model, dev, print: false);
    Console.WriteLine($"epoch {epoch}: dev F1 {f1:F2} ({sw.Elapsed.TotalSeconds:F0}s)");
    if (f1 > bestF1)
    {
        bestF1 = f1;
        best = avg;
        bestEpoch = epoch;
    }
}

string description = $"Byline NER v{NerModel.FormatVersion}: averaged perceptron, {passes} pass(es), {bits}-bit hashed features, epoch {bestEpoch}; trained on {Path.GetFileName(trainPath)}"
    + (toy ? "" : "; clusters from Reuters-21578 + BBC News + training text; gazetteers from FACTORIE lexicons, US census, world-countries, GeoNames");
var final = trainer.ToModel(best!, prune, clusters, gazetteer, description);
Console.WriteLine($"rows kept: {final.RowCount:N0}");
if (dev.Count > 0)
{
    Evaluation.Score(final, dev, print: true);
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
using (var f = File.Create(output))
{
    final.Save(f);
}

Console.WriteLine($"wrote {output}: {new FileInfo(output).Length:N0} bytes in {sw.Elapsed.TotalSeconds:F0}s");
var load = Stopwatch.StartNew();
using (var f = File.OpenRead(output))
{
    var reloaded = NerModel.Load(f);
    Console.WriteLine($"reloaded in {load.ElapsedMilliseconds} ms, {reloaded.RowCount:N0} rows");
}
