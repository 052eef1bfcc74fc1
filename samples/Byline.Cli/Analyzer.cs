using System.Diagnostics;
using System.Text.Json;
using Byline.Serialization;
using Spectre.Console;

namespace Byline.Cli;

/// <summary>Runs <c>byline analyze</c>: reads each input, analyses them in parallel, writes one record per input, in input order.</summary>
internal static class Analyzer
{
    public static int Run(CliOptions options, Func<Stream> stdin, Stream stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        NewsAnalyzer nlp = options.SplitQuotes
            ? NewsAnalyzer.CreateBuilder().ConfigureOptions(o => o with { SplitInterruptedQuotes = true }).Build()
            : NewsAnalyzer.CreateDefault();
        var summary = new Summary();
        var watch = Stopwatch.StartNew();
        bool showProgress = options.Progress && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        if (showProgress)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            int? total = InputReader.CountDocuments(options);
            console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    ProgressTask task = ctx.AddTask("analysing", maxValue: total ?? 1);
                    task.IsIndeterminate = total is null;
                    Process(options, nlp, stdin, stdout, stderr, summary, () =>
                    {
                        task.Increment(1);
                        double rate = summary.Documents / Math.Max(watch.Elapsed.TotalSeconds, 1e-3);
                        task.Description = $"{summary.Documents:N0} docs, {rate:N1} docs/s, {summary.Errors} errors";
                    }, cancellationToken);
                });
        }
        else
        {
            Process(options, nlp, stdin, stdout, stderr, summary, static () => { }, cancellationToken);
        }

        double seconds = watch.Elapsed.TotalSeconds;
        stderr.WriteLine(
            $"byline: {summary.Documents:N0} documents, {summary.Quotes:N0} quotes, {summary.Entities:N0} entities, {summary.Errors:N0} errors in {seconds:N1} s ({summary.Documents / Math.Max(seconds, 1e-3):N1} docs/s)");
        return summary.Errors > 0 ? 1 : 0;
    }

    private sealed class Summary
    {
        public int Documents;
        public int Errors;
        public long Quotes;
        public long Entities;
    }

    private static void Process(CliOptions options, NewsAnalyzer nlp, Func<Stream> stdin, Stream stdout, TextWriter stderr, Summary summary,
        Action progressed, CancellationToken cancellationToken)
    {
        bool lines = options.Output == "jsonl";
        bool html = options.Output == "html";
        var report = new Byline.Reporting.ReportWriter();
        using var htmlWriter = new StreamWriter(stdout, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        if (html)
        {
            report.WriteStart(htmlWriter, "Byline report");
        }

        bool array = !lines && (options.Paths.Count > 1 || options.Input == "jsonl" || options.Paths.Any(Directory.Exists)
                                || options.Paths.Any(p => p.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)));
        using var writer = new Utf8JsonWriter(stdout, NewsDocumentJson.WriterOptions(indented: !lines));
        if (array && !html)
        {
            writer.WriteStartArray();
        }

        // Inputs are pulled by AnalyzeMany on this thread and results come back in input order, so a queue pairs them.
        var pending = new Queue<CliInput>();
        IEnumerable<NewsInput> Feed()
        {
            foreach (CliInput input in InputReader.Read(options, stdin))
            {
                pending.Enqueue(input);
                yield return input switch
                {
                    { Error: not null } => NewsInput.FromText(input.Id, string.Empty),
                    { HtmlBytes: { } bytes } => NewsInput.FromHtml(input.Id, bytes, input.Url),
                    { Html: { } html } => NewsInput.FromHtml(input.Id, html, input.Url),
                    _ => NewsInput.FromText(input.Id, input.Text ?? string.Empty),
                };
            }
        }

        var batch = new BatchOptions { MaxDegreeOfParallelism = options.Parallel };
        foreach (NewsResult result in nlp.AnalyzeMany(Feed(), batch, cancellationToken))
        {
            CliInput input = pending.Dequeue();
            string? failure = input.Error ?? (result.Error is { } e ? $"analysis failed: {e.GetType().Name}: {e.Message}" : null);
            summary.Documents++;
            if (failure is null && result.Document is { } document)
            {
                summary.Quotes += document.Quotes.Length;
                summary.Entities += document.Entities.Length;
                if (html)
                {
                    report.WriteArticle(htmlWriter, input.Id, document);
                }
                else
                {
                    NewsDocumentJson.Write(writer, document, input.Id);
                }
            }
            else
            {
                summary.Errors++;
                stderr.WriteLine($"byline: error: {input.Id}: {failure}");
                if (!html)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", input.Id);
                    writer.WriteString("error", failure);
                    writer.WriteEndObject();
                }
            }

            if (lines)
            {
                writer.Flush();
                writer.Reset();
                stdout.WriteByte((byte)'\n');
            }

            progressed();
        }

        if (html)
        {
            report.WriteEnd(htmlWriter);
            htmlWriter.Flush();
            stdout.Flush();
            return;
        }

        if (array)
        {
            writer.WriteEndArray();
        }

        writer.Flush();
        if (!lines)
        {
            stdout.WriteByte((byte)'\n');
        }

        stdout.Flush();
    }
}
