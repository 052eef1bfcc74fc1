using System.Text.Json;
using Byline.Serialization;

namespace Byline.Cli;

/// <summary>Runs <c>byline analyze</c>: reads each input, analyses it, writes one JSON object per input.</summary>
internal static class Analyzer
{
    public static int Run(CliOptions options, Func<Stream> stdin, Stream stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        NewsAnalyzer nlp = NewsAnalyzer.CreateDefault();
        bool lines = options.Output == "jsonl";
        bool array = !lines && (options.Paths.Count > 1 || options.Input == "jsonl" || options.Paths.Any(Directory.Exists)
                                || options.Paths.Any(p => p.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)));
        int errors = 0;
        using var writer = new Utf8JsonWriter(stdout, NewsDocumentJson.WriterOptions(indented: !lines));
        if (array)
        {
            writer.WriteStartArray();
        }

        foreach (CliInput input in InputReader.Read(options, stdin))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? failure = input.Error;
            NewsDocument? document = null;
            if (failure is null)
            {
                try
                {
                    document = input.HtmlBytes is { } bytes
                        ? nlp.AnalyzeHtml(new MemoryStream(bytes, writable: false), input.Url, cancellationToken)
                        : input.Html is { } html
                            ? nlp.AnalyzeHtml(html, input.Url, cancellationToken)
                            : nlp.Analyze(input.Text ?? "", cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failure = $"analysis failed: {e.GetType().Name}: {e.Message}";
                }
            }

            if (document is not null)
            {
                NewsDocumentJson.Write(writer, document, input.Id);
            }
            else
            {
                errors++;
                stderr.WriteLine($"byline: error: {input.Id}: {failure}");
                writer.WriteStartObject();
                writer.WriteString("id", input.Id);
                writer.WriteString("error", failure);
                writer.WriteEndObject();
            }

            if (lines)
            {
                writer.Flush();
                writer.Reset();
                stdout.WriteByte((byte)'\n');
            }
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
        if (errors > 0)
        {
            stderr.WriteLine($"byline: {errors} document(s) failed");
            return 1;
        }

        return 0;
    }
}
