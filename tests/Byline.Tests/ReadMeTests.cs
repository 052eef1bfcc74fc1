using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Byline.Entities;

namespace Byline.Tests;

/// <summary>
/// The README's C# examples, compiled and run. Each ```csharp block of README.md must appear, line for line, in this
/// file or in samples/Byline.QuickStart/Program.cs, so the README cannot drift from code that builds and passes.
/// </summary>
public partial class ReadMeTests
{
    [Fact]
    public void Every_csharp_block_of_the_readme_is_compiled_code()
    {
        string root = SharedData.RepositoryRoot;
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        string sources = File.ReadAllText(Path.Combine(root, "tests", "Byline.Tests", "ReadMeTests.cs"))
            + File.ReadAllText(Path.Combine(root, "samples", "Byline.QuickStart", "Program.cs"));
        string normalizedSources = Normalize(sources);
        MatchCollection blocks = CodeBlock().Matches(readme);
        Assert.NotEmpty(blocks);
        foreach (Match block in blocks)
        {
            foreach (string line in block.Groups[1].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                Assert.True(normalizedSources.Contains(Normalize(line), StringComparison.Ordinal), $"README line not found in compiled code: {line}");
            }
        }
    }

    [Fact]
    public void Quick_start_example_runs()
    {
        string articleText = TestArticles.Sample("harbor-council.txt");
        var output = new List<string>();

        var nlp = NewsAnalyzer.CreateDefault();          // build once; immutable and thread-safe
        NewsDocument doc = nlp.Analyze(articleText);      // or nlp.AnalyzeHtml(html, new Uri(url))

        output.Add(doc.Metadata.Title!);
        foreach (var sentence in doc.Sentences)
            output.Add(doc.GetText(sentence.Span));
        foreach (var q in doc.Quotes)
            output.Add($"{q.Speaker?.Name ?? "?"} ({q.Cue?.Text}): {doc.GetText(q.Span)}");

        Assert.Equal("Harbor City Council Approves Flood Wall After Heated Debate", output[0]);
        Assert.Contains("\"We want to see the engineering before we sign off,\" Walsh said.", output);
        Assert.Equal(doc.Sentences.Length + doc.Quotes.Length + 1, output.Count);
    }

    [Fact]
    public void Builder_example_runs()
    {
        var nlp = NewsAnalyzer.CreateBuilder()
            .ConfigureOptions(o => o with { MaxInputLength = 2_000_000 })
            .AddEntityRecognizer(new MyProductRecognizer())   // IEntityRecognizer
            .Build();

        NewsDocument doc = nlp.Analyze("Sales of the Zephyr X2 doubled, the company said.");
        Assert.Equal(2_000_000, nlp.Options.MaxInputLength);
        Assert.Contains(doc.Entities, e => e.Type.Name == "PRODUCT" && e.Name == "Zephyr X2");
    }

    [Fact]
    public void Batch_example_runs()
    {
        var nlp = NewsAnalyzer.CreateDefault();
        string[] files = [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "SampleData"), "*.txt").Order(StringComparer.Ordinal)];
        var output = new List<string>();

        var inputs = files.Select(f => NewsInput.FromText(Path.GetFileName(f), File.ReadAllText(f)));
        foreach (NewsResult r in nlp.AnalyzeMany(inputs, new BatchOptions { MaxDegreeOfParallelism = 2 }))
            output.Add(r.Succeeded ? $"{r.Input.Id}: {r.Document!.Quotes.Length} quotes" : $"{r.Input.Id}: {r.Error!.Message}");

        Assert.Equal(files.Select(f => Path.GetFileName(f) + ": "), output.Select(o => o[..(o.IndexOf(':', StringComparison.Ordinal) + 2)]));
    }

    /// <summary>The README's custom recognizer: finds one product name.</summary>
    private sealed class MyProductRecognizer : IEntityRecognizer
    {
        private static readonly EntityType Product = new("PRODUCT");

        public IReadOnlyCollection<EntityType> Produces { get; } = [Product];

        public ImmutableArray<EntityMention> Recognize(EntityRecognitionContext context, CancellationToken cancellationToken)
        {
            int at = context.Text.IndexOf("Zephyr X2", StringComparison.Ordinal);
            return at < 0 ? [] : [new EntityMention(new global::Byline.Text.TextSpan(at, "Zephyr X2".Length), Product)];
        }
    }

    private static string Normalize(string s) => Whitespace().Replace(s, " ").Replace("output.Add(", "Console.WriteLine(", StringComparison.Ordinal).Replace("!)", ")", StringComparison.Ordinal).Replace("output.Add(r.Succeeded", "Console.WriteLine(r.Succeeded", StringComparison.Ordinal);

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
