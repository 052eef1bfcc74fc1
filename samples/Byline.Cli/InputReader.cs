using System.Text;
using System.Text.Json;

namespace Byline.Cli;

/// <summary>Streams the documents named on the command line: files, folders, stdin, JSON Lines records.</summary>
internal static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<CliInput> Read(CliOptions options, Func<Stream> stdin)
    {
        foreach (string path in options.Paths)
        {
            if (path == "-")
            {
                foreach (CliInput input in ReadStream("stdin", stdin(), options.Input == "auto" ? "text" : options.Input, options.Url))
                {
                    yield return input;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (string file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    foreach (CliInput input in ReadFile(file, options))
                    {
                        yield return input;
                    }
                }
            }
            else
            {
                foreach (CliInput input in ReadFile(path, options))
                {
                    yield return input;
                }
            }
        }
    }

    /// <summary>The number of documents the inputs hold, when it can be known cheaply (not for stdin or huge JSON Lines files).</summary>
    public static int? CountDocuments(CliOptions options)
    {
        int count = 0;
        foreach (string path in options.Paths)
        {
            if (path == "-")
            {
                return null;
            }

            IEnumerable<string> files = Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories) : [path];
            foreach (string file in files)
            {
                bool jsonl = options.Input == "jsonl" || (options.Input == "auto" && file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase));
                if (!jsonl)
                {
                    count++;
                    continue;
                }

                var info = new FileInfo(file);
                if (!info.Exists || info.Length > 512L * 1024 * 1024)
                {
                    return null;
                }

                count += File.ReadLines(file).Count(l => !string.IsNullOrWhiteSpace(l));
            }
        }

        return count;
    }

    private static IEnumerable<CliInput> ReadFile(string path, CliOptions options)
    {
        string kind = options.Input;
        if (kind == "auto")
        {
            string ext = Path.GetExtension(path).ToLowerInvariant();
            kind = ext switch
            {
                ".html" or ".htm" or ".xhtml" => "html",
                ".jsonl" => "jsonl",
                _ => "text",
            };
        }

        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return [new CliInput(path, null, null, null, $"cannot read file: {e.Message}")];
        }

        return ReadStream(path, stream, kind, options.Url);
    }

    private static IEnumerable<CliInput> ReadStream(string id, Stream stream, string kind, Uri? url)
    {
        if (kind == "jsonl")
        {
            return ReadJsonLines(id, stream);
        }

        using (stream)
        {
            using var buffer = new MemoryStream();
            try
            {
                stream.CopyTo(buffer);
            }
            catch (IOException e)
            {
                return [new CliInput(id, null, null, null, $"cannot read: {e.Message}")];
            }

            byte[] bytes = buffer.ToArray();
            if (LooksBinary(bytes))
            {
                return [new CliInput(id, null, null, null, "binary data, not text")];
            }

            if (kind == "html")
            {
                return [new CliInput(id, null, null, url, null) { HtmlBytes = bytes }];
            }

            string text;
            try
            {
                int bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
                text = StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
            }
            catch (DecoderFallbackException)
            {
                return [new CliInput(id, null, null, null, "the file is not valid UTF-8 text")];
            }

            return [new CliInput(id, text, null, null, null)];
        }
    }

    private static IEnumerable<CliInput> ReadJsonLines(string source, Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        int lineNumber = 0;
        while (true)
        {
            string? line;
            string? failure = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (IOException e)
            {
                line = null;
                failure = e.Message;
            }

            if (failure is not null)
            {
                yield return new CliInput($"{source}:{lineNumber + 1}", null, null, null, $"cannot read: {failure}");
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseRecord(source, lineNumber, line);
        }
    }

    private static CliInput ParseRecord(string source, int lineNumber, string line)
    {
        string fallbackId = $"{source}:{lineNumber}";
        if (line.Contains('\0', StringComparison.Ordinal))
        {
            return new CliInput(fallbackId, null, null, null, "binary data, not a JSON object");
        }

        try
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new CliInput(fallbackId, null, null, null, "the line is not a JSON object");
            }

            string id = root.TryGetProperty("id", out JsonElement idElement) && idElement.ValueKind != JsonValueKind.Null
                ? (idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : idElement.GetRawText())
                : fallbackId;
            Uri? url = null;
            if (root.TryGetProperty("url", out JsonElement u) && u.ValueKind == JsonValueKind.String)
            {
                Uri.TryCreate(u.GetString(), UriKind.Absolute, out url);
            }

            if (root.TryGetProperty("html", out JsonElement html) && html.ValueKind == JsonValueKind.String)
            {
                return new CliInput(id, null, html.GetString(), url, null);
            }

            if (root.TryGetProperty("text", out JsonElement text) && text.ValueKind == JsonValueKind.String)
            {
                return new CliInput(id, text.GetString(), null, url, null);
            }

            return new CliInput(id, null, null, null, "the object has no \"text\" or \"html\" string");
        }
        catch (JsonException e)
        {
            return new CliInput(fallbackId, null, null, null, $"invalid JSON: {e.Message}");
        }
    }

    /// <summary>Binary data: NUL bytes in the first 8 KB, as git and grep decide.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        ReadOnlySpan<byte> head = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false; // UTF-16 with a byte order mark
        }

        return head.Contains((byte)0);
    }
}
