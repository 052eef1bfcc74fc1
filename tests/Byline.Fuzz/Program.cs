using System.Text;
using Byline;
using Byline.Fuzz;
using Byline.Serialization;
using SharpFuzz;

// AFL harness (SharpFuzz). The first argument picks the entry point; AFL feeds each input on standard input.
//   text: NewsAnalyzer.Analyze(string)       — the bytes decoded as UTF-8.
//   html: NewsAnalyzer.AnalyzeHtml(string)   — the bytes decoded as UTF-8,
//         and NewsAnalyzer.AnalyzeHtml(Stream) — the raw bytes (BOM and <meta charset> sniffing, invalid bytes).
// Any exception that escapes, including a broken invariant, is reported to AFL as a crash.
// Outside afl-fuzz, Fuzzer.OutOfProcess.Run runs the input once: `dotnet Byline.Fuzz.dll html < crash-file` reproduces a crash.
if (args.Length != 1 || args[0] is not ("text" or "html"))
{
    await Console.Error.WriteLineAsync("usage: Byline.Fuzz text|html  < input");
    return 2;
}

// Instrumented code may only run inside Fuzzer.OutOfProcess.Run, once the coverage map is set up: the shared analyzer
// is built on the first input (in the child process that runs them all), not here.
var analyzer = new Lazy<NewsAnalyzer>(NewsAnalyzer.CreateDefault);
var url = new Uri("https://news.example/2024/05/story");
Action<byte[]> target = args[0] == "text"
    ? bytes =>
    {
        NewsAnalyzer nlp = analyzer.Value;
        string text = Encoding.UTF8.GetString(bytes);
        NewsDocument doc = nlp.Analyze(text);
        Invariants.Require(ReferenceEquals(doc.Text, text), "Analyze(text).Text is not the input string");
        Invariants.Check(doc);
        Invariants.RequireSameJson(doc, nlp.Analyze(text), "a second Analyze of the same text");
    }
    : bytes =>
    {
        NewsAnalyzer nlp = analyzer.Value;
        string html = Encoding.UTF8.GetString(bytes);
        NewsDocument doc = nlp.AnalyzeHtml(html, url);
        Invariants.Check(doc);
        Invariants.RequireSameJson(doc, nlp.AnalyzeHtml(html, url), "a second AnalyzeHtml of the same string");

        using var stream = new MemoryStream(bytes, writable: false);
        NewsDocument fromStream = nlp.AnalyzeHtml(stream, url);
        Invariants.Check(fromStream);
        if (Invariants.DecodesAsPlainUtf8(bytes))
        {
            // No byte order mark and no declared charset: the stream overload must read the page exactly as the string one.
            Invariants.RequireSameJson(doc, fromStream, "AnalyzeHtml(Stream) of the same bytes");
        }
    };

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
