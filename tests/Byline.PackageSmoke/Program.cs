// Consumes the packed Byline package like a user project does and checks a few results; exit code 1 on failure.
using Byline;

var nlp = NewsAnalyzer.CreateDefault();
NewsDocument doc = nlp.Analyze("Harbor Council Approves Flood Wall\n\n\"We cannot keep waiting,\" Mayor Linda Okafor said on Tuesday. The vote was 6-3.");
NewsDocument page = nlp.AnalyzeHtml("<html><head><title>Storm</title></head><body><article><p>The pier reopened on Friday after repairs.</p></article></body></html>");

var failures = new List<string>();
if (doc.Metadata.Title != "Harbor Council Approves Flood Wall") failures.Add($"title: {doc.Metadata.Title}");
if (doc.Sentences.Length != 3) failures.Add($"sentences: {doc.Sentences.Length}");
if (!page.Text.Contains("The pier reopened on Friday", StringComparison.Ordinal)) failures.Add($"html text: {page.Text}");

Console.WriteLine($"Byline {typeof(NewsAnalyzer).Assembly.GetName().Version}: {doc.Sentences.Length} sentences, {doc.Quotes.Length} quotes, {doc.Entities.Length} entities; HTML body {page.Text.Length} chars");
foreach (string f in failures) Console.Error.WriteLine("package smoke test failed: " + f);
return failures.Count == 0 ? 0 : 1;
