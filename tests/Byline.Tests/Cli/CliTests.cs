using System.Text;
using System.Text.Json;
using Byline.Cli;

namespace Byline.Tests.Cli;

public class CliTests
{
    private static (int Exit, string Stdout, string Stderr) Run(string[] args, string stdin = "")
    {
        Assert.True(CliOptions.TryParse(args, out CliOptions options, out string? error), error);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int exit = Analyzer.Run(options, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), stdout, stderr, CancellationToken.None);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "SampleData", name);

    [Fact]
    public void Analyzes_a_text_file_into_the_json_contract()
    {
        (int exit, string stdout, _) = Run(["analyze", SamplePath("harbor-council.txt")]);
        Assert.Equal(0, exit);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement root = json.RootElement;
        string text = root.GetProperty("text").GetString()!;
        Assert.Equal(File.ReadAllText(SamplePath("harbor-council.txt")), text);
        Assert.Equal("Harbor City Council Approves Flood Wall After Heated Debate", root.GetProperty("title").GetString());
        Assert.Equal(["Maria Alvarez", "Tom Becker"], root.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        foreach (string key in new[] { "paragraphs", "sentences", "boilerplate" })
        {
            foreach (JsonElement pair in root.GetProperty(key).EnumerateArray())
            {
                int start = pair[0].GetInt32(), end = pair[1].GetInt32();
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, text.Length);
            }
        }

        JsonElement first = root.GetProperty("sentences")[1];
        Assert.StartsWith("PORTVILLE, Maine", text[first[0].GetInt32()..first[1].GetInt32()]);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("entities").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("quotes").ValueKind);
    }

    [Fact]
    public void Json_lines_keep_one_record_per_input_and_report_errors()
    {
        string input = string.Join('\n',
            """{"id": "a", "text": "The mayor resigned on Monday. Her deputy takes over."}""",
            """{"id": "b", "text": """,
            "",
            """{"id": 7, "html": "<html><body><p>Police said the road was closed.</p></body></html>", "url": "https://example.com/news/1"}""",
            "\u0001\u0002binary\u0000junk",
            """{"id": "c"}""");
        (int exit, string stdout, string stderr) = Run(["analyze", "--input", "jsonl", "--output", "jsonl", "-"], input);

        Assert.Equal(1, exit);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        JsonElement[] records = [.. lines.Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal(["a", "stdin:2", "7", "stdin:5", "c"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(2, records[0].GetProperty("sentences").GetArrayLength());
        Assert.Equal("Police said the road was closed.", records[2].GetProperty("text").GetString());
        Assert.Contains("invalid JSON", records[1].GetProperty("error").GetString());
        Assert.Contains("binary", records[3].GetProperty("error").GetString());
        Assert.Contains("no \"text\" or \"html\"", records[4].GetProperty("error").GetString());
        Assert.Equal(3, stderr.Split('\n').Count(l => l.StartsWith("byline: error:", StringComparison.Ordinal)));
        Assert.Matches(@"byline: 5 documents, \d+ quotes, \d+ entities, 3 errors", stderr);
        Assert.Contains("stdin:2", stderr);
    }

    [Fact]
    public void Missing_and_binary_files_fail_alone()
    {
        string dir = Directory.CreateTempSubdirectory("byline-cli").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "b.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
            File.WriteAllText(Path.Combine(dir, "a.txt"), "Rain is expected in the north on Sunday.");
            (int exit, string stdout, string stderr) = Run(["analyze", dir, Path.Combine(dir, "missing.txt"), "--output", "jsonl"]);
            Assert.Equal(1, exit);
            string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.Contains("Rain is expected", lines[0]);
            Assert.Contains("binary", lines[1]);
            Assert.Contains("cannot read file", lines[2]);
            Assert.Contains("missing.txt", stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Html_output_is_one_escaped_report_page()
    {
        (int exit, string stdout, _) = Run(["analyze", "--output", "html", "-"], "Mayor <script>alert(1)</script> Linda Okafor spoke.\n\n\"We will rebuild,\" Okafor said on Tuesday.");
        Assert.Equal(0, exit);
        Assert.StartsWith("<!DOCTYPE html>", stdout.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>alert(1)", stdout, StringComparison.Ordinal);
        Assert.Contains("script&gt;alert(1)&lt;/script&gt;", stdout, StringComparison.Ordinal);
        Assert.Contains("class=\"quote", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_quotes_reports_each_part_of_an_interrupted_quote()
    {
        const string Story = "\"We will rebuild,\" Mayor Linda Okafor said on Tuesday, \"and we will do it fast.\"";
        (_, string joined, _) = Run(["analyze", "--output", "jsonl", "-"], Story);
        (int exit, string split, _) = Run(["analyze", "--output", "jsonl", "--split-quotes", "-"], Story);

        Assert.Equal(0, exit);
        string[] Texts(string json) =>
            [.. JsonDocument.Parse(json).RootElement.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("text").GetString()!)];
        Assert.Equal(["We will rebuild,\" Mayor Linda Okafor said on Tuesday, \"and we will do it fast."], Texts(joined));
        Assert.Equal(["We will rebuild,", "and we will do it fast."], Texts(split));

        // The parts share one speaker and one cue, marked once in the report.
        (_, string html, _) = Run(["analyze", "--output", "html", "--split-quotes", "-"], Story);
        Assert.Equal(1, CountOf(html, "<span class=\"cue\">"));
        Assert.DoesNotContain("<span class=\"speaker\" title=\"speaker: Linda Okafor\"><span class=\"speaker\"", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    [Theory]
    [InlineData(new[] { "summarize" }, "unknown command")]
    [InlineData(new[] { "analyze", "--output", "xml" }, "--output must be")]
    [InlineData(new[] { "analyze", "--parallel", "0" }, "--parallel must be")]
    [InlineData(new[] { "analyze", "--url", "not a url" }, "--url must be")]
    public void Bad_command_lines_are_rejected(string[] args, string message)
    {
        Assert.False(CliOptions.TryParse(args, out _, out string? error));
        Assert.Contains(message, error);
    }
}
