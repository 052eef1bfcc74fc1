namespace Byline.Cli;

/// <summary>The parsed command line of <c>byline analyze</c>.</summary>
internal sealed record CliOptions(IReadOnlyList<string> Paths, string Input, string Output, Uri? Url, int Parallel = 1, bool Progress = true, bool SplitQuotes = false)
{
    public const string Usage = """
        usage: byline analyze [PATH...] [--input auto|html|text|jsonl] [--output json|jsonl|html] [--url URL] [--parallel N] [--no-progress] [--split-quotes]

          PATH       files (.html/.htm read as HTML, others as text), folders (every file inside), or - for stdin
          --input    how to read the inputs (default auto: by file extension; stdin as text)
          --output   json (indented; an array when there are several documents), jsonl (one object a line),
                     or html (one self-contained report page: quotes highlighted per speaker, entities by type)
          --url      the page's address, for a single HTML input
          --parallel how many documents to analyse at once (default: the processor count); output keeps input order
          --no-progress  no progress bar (it is also off when stderr is not a terminal)
          --split-quotes a quote interrupted by its attribution ("A," she said, "B.") is one quote per part
                     (default: one quote whose fragments are its parts)
        """;

    public static bool TryParse(string[] args, out CliOptions options, out string? error)
    {
        options = new CliOptions([], "auto", "json", null);
        int parallel = Environment.ProcessorCount;
        bool progress = true, splitQuotes = false;
        error = null;
        if (args.Length == 0 || args[0] != "analyze")
        {
            error = args.Length == 0 ? "missing command" : $"unknown command '{args[0]}'";
            return false;
        }

        var paths = new List<string>();
        string input = "auto", output = "json";
        Uri? url = null;
        for (int i = 1; i < args.Length; i++)
        {
            string a = args[i];
            string? Value()
            {
                if (i + 1 >= args.Length)
                {
                    return null;
                }

                return args[++i];
            }

            switch (a)
            {
                case "--input":
                    input = Value() ?? "";
                    if (input is not ("auto" or "html" or "text" or "jsonl"))
                    {
                        error = $"--input must be auto, html, text or jsonl, not '{input}'";
                        return false;
                    }

                    break;
                case "--output":
                    output = Value() ?? "";
                    if (output is not ("json" or "jsonl" or "html"))
                    {
                        error = $"--output must be json, jsonl or html, not '{output}'";
                        return false;
                    }

                    break;
                case "--url":
                    string? u = Value();
                    if (u is null || !Uri.TryCreate(u, UriKind.Absolute, out url))
                    {
                        error = $"--url must be an absolute URL, not '{u}'";
                        return false;
                    }

                    break;
                case "--parallel":
                    string? p = Value();
                    if (!int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out parallel) || parallel < 1 || parallel > 256)
                    {
                        error = $"--parallel must be a number from 1 to 256, not '{p}'";
                        return false;
                    }

                    break;
                case "--no-progress":
                    progress = false;
                    break;
                case "--split-quotes":
                    splitQuotes = true;
                    break;
                case "-h" or "--help":
                    error = "";
                    return false;
                default:
                    if (a.StartsWith("--", StringComparison.Ordinal))
                    {
                        error = $"unknown option '{a}'";
                        return false;
                    }

                    paths.Add(a);
                    break;
            }
        }

        if (paths.Count == 0)
        {
            paths.Add("-");
        }

        options = new CliOptions(paths, input, output, url, parallel, progress, splitQuotes);
        return true;
    }
}
