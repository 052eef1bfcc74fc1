using Byline;
using Byline.Fuzz;
using Byline.Serialization;
using SharpFuzz;

// AFL harness (SharpFuzz). The first argument picks the entry point; AFL feeds each input on standard input.
//   text: NewsAnalyzer.Analyze(string)       — the bytes as a string (see Invariants.Decode),
//   html: NewsAnalyzer.AnalyzeHtml(string)   — the bytes as a string,
//         and NewsAnalyzer.AnalyzeHtml(Stream) — the raw bytes (BOM and <meta charset> sniffing, invalid bytes).
// The bytes are decoded as UTF-8, except after a UTF-16LE byte order mark (FF FE), where the rest is taken as raw
// UTF-16 code units so that the string can hold what UTF-8 cannot bring: lone surrogates.
// Each input goes through the default analyzer and through one with tiny limits, so that truncation and the nesting
// limit are reached by small inputs too.
// Any exception that escapes, including a broken invariant, is reported to AFL as a crash.
// Outside afl-fuzz, Fuzzer.OutOfProcess.Run runs the input once: `dotnet Byline.Fuzz.dll html < crash-file` reproduces a crash.
if (args.Length != 1 || args[0] is not ("text" or "html"))
{
    await Console.Error.WriteLineAsync("usage: Byline.Fuzz text|html  < input");
    return 2;
}

// Instrumented code may only run inside Fuzzer.OutOfProcess.Run, once the coverage map is set up: the shared analyzers
// are built on the first input (in the child process that runs them all), not here.
var analyzer = new Lazy<NewsAnalyzer>(NewsAnalyzer.CreateDefault);
var tight = new Lazy<NewsAnalyzer>(() => NewsAnalyzer.CreateBuilder()
    .ConfigureOptions(o => o with { MaxInputLength = 40, MaxHtmlLength = 160, MaxHtmlDepth = 5 })
    .Build());
var url = new Uri("https://news.example/2024/05/story");
Action<byte[]> target = args[0] == "text"
    ? bytes =>
    {
        NewsAnalyzer nlp = analyzer.Value;
        string text = Invariants.Decode(bytes);
        NewsDocument doc = nlp.Analyze(text);
        Invariants.Require(ReferenceEquals(doc.Text, text), "Analyze(text).Text is not the input string");
        Invariants.Check(doc);
        Invariants.RequireSameJson(doc, nlp.Analyze(text), "a second Analyze of the same text");

        NewsDocument cut = tight.Value.Analyze(text);
        Invariants.Require(ReferenceEquals(cut.Text, text), "Analyze(text).Text is not the input string (small MaxInputLength)");
        Invariants.Check(cut);
    }
    : bytes =>
    {
        NewsAnalyzer nlp = analyzer.Value;
        string html = Invariants.Decode(bytes);
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

        Invariants.Check(tight.Value.AnalyzeHtml(html, url));
        using var again = new MemoryStream(bytes, writable: false);
        Invariants.Check(tight.Value.AnalyzeHtml(again, url));
    };

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
