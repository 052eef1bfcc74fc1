// The README's quick-start example. Usage: dotnet run --project samples/Byline.QuickStart [ARTICLE.txt]
using Byline;

string articleText = File.ReadAllText(args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "harbor-council.txt"));

var nlp = NewsAnalyzer.CreateDefault();          // build once; immutable and thread-safe
NewsDocument doc = nlp.Analyze(articleText);      // or nlp.AnalyzeHtml(html, new Uri(url))

Console.WriteLine(doc.Metadata.Title);
foreach (var sentence in doc.Sentences)
    Console.WriteLine(doc.GetText(sentence.Span));
foreach (var q in doc.Quotes)
    Console.WriteLine($"{q.Speaker?.Name ?? "?"} ({q.Cue?.Text}): {doc.GetText(q.Span)}");
