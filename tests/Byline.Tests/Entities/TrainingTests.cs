using Byline.Entities;
using Byline.Entities.Tagging;
using Byline.Training;

namespace Byline.Tests.Entities;

public class TrainingTests
{
    [Fact]
    public void Training_on_a_toy_corpus_gives_a_model_that_tags_it()
    {
        var docs = ConllCorpus.Read(Path.Combine(AppContext.BaseDirectory, "Data", "toy-ner.conll"));
        const int bits = 16;
        var trainer = new PerceptronTrainer(bits, passes: 2);
        var features = new NerDocumentFeatures(WordClusters.Empty, Gazetteer.Empty, bits);
        var rng = new Random(1);
        for (int epoch = 0; epoch < 10; epoch++)
        {
            trainer.Epoch(docs, features, rng);
        }

        NerModel model = trainer.ToModel(trainer.Averaged(), 0, WordClusters.Empty, Gazetteer.Empty, "toy");
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        NerModel reloaded = NerModel.Load(stream);
        Assert.Equal(100.0, Evaluation.Score(reloaded, docs, print: false), 3);

        NewsAnalyzer nlp = NewsAnalyzer.CreateBuilder().ClearEntityRecognizers().AddEntityRecognizer(new StatisticalEntityRecognizer(reloaded)).Build();
        NewsDocument doc = nlp.Analyze("Maria Lopez met Tom Becker in Oakdale .");
        var mentions = doc.Mentions.Select(m => m.Type.Name + ":" + doc.GetText(m.Span)).ToList();
        Assert.Contains("PERSON:Maria Lopez", mentions);
        Assert.Contains("PERSON:Tom Becker", mentions);
    }

    [SharedDataFact]
    public void Shipped_model_scores_above_the_floor_on_conll_dev()
    {
        var dev = ConllCorpus.Read(SharedData.PathTo("ner/conll2003/dev.txt"));
        double f1 = Evaluation.Score(NerModel.Default, dev, print: false);
        Assert.True(f1 >= 91.0, $"CoNLL-2003 dev F1 {f1:F2} is below the floor 91.0");
    }
}
