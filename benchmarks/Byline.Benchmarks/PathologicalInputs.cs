using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Byline.Benchmarks;

/// <summary>
/// Time and peak memory of the full pipeline on pathological inputs, each at size N and 2N, every measurement in a
/// fresh child process (peak memory is the child's VmHWM). Prints a Markdown table with the time ratio 2N/N, which
/// must stay near 2 for linear time.
/// <code>dotnet run -c Release --project benchmarks/Byline.Benchmarks -- pathological [N]</code>
/// </summary>
internal static class PathologicalInputs
{
    private static readonly (string Name, bool Html, Func<int, string> Make)[] Families =
    [
        ("news text (sample articles repeated)", false, n => BenchmarkCorpus.PlainText(n)),
        ("one line, no spaces", false, n => new string('x', n)),
        ("dots only", false, n => new string('.', n)),
        ("straight quote marks only", false, n => new string('"', n)),
        ("curly opening quotes and words", false, n => Repeat("“a ", n)),
        ("apostrophes and clitics", false, n => Repeat("'s ", n)),
        ("NUL and control characters", false, n => string.Create(n, 0, (s, _) => { for (int i = 0; i < s.Length; i++) s[i] = (char)(i % 32); })),
        ("lone surrogates", false, n => Repeat("\uD800a\uDC00 ", n)),
        ("zero-width and bidi marks", false, n => Repeat("Mr.\u200B Smith\u202E said\u2066 .\u200F ", n)),
        ("one word per line", false, n => Repeat("Word\n", n)),
        ("abbreviations and initials", false, n => Repeat("J. R. U.S. Mr. a.m. No. ", n)),
        ("capitalized words (names)", false, n => Repeat("Angela Merkel Berlin Reuters ", n)),
        ("\"quote\" said X, repeated", false, n => Repeat("\"We will win,\" Smith said. ", n)),
        ("thousands of distinct names", false, n => DistinctNames(n)),
        ("nested tags (<div> x N/5)", true, n => Repeat("<div>", n) + "<p>Deep text.</p>"),
        ("unclosed <span> a", true, n => "<p>" + Repeat("<span>a ", n)),
        ("paragraphs of news", true, n => "<html><body><article>" + Repeat("<p>\"We will not back down,\" Mayor Linda Okafor said on Tuesday.</p>", n) + "</article></body></html>"),
        ("quote marks in HTML", true, n => "<p>" + new string('"', n) + "</p>"),
    ];

    private static string Repeat(string unit, int chars)
    {
        var sb = new StringBuilder(chars + unit.Length);
        while (sb.Length < chars)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }

    public static int Run(string[] args)
    {
        if (args.Length >= 3 && args[0] == "pathological-child")
        {
            return Child(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
        }

        int n = args.Length >= 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        Console.WriteLine($"Pathological inputs, full pipeline (NewsAnalyzer.CreateDefault), N = {n:N0} characters, median of 3 runs, one process per cell.");
        Console.WriteLine();
        Console.WriteLine("| input family | kind | N time | 2N time | ratio 2N/N | peak memory at 2N | limit that applies |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---|");
        string? only = args.Length >= 3 ? args[2] : null; // a part of a family's name: run that family alone
        for (int f = 0; f < Families.Length; f++)
        {
            if (only is not null && !Families[f].Name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            (double t1, long _) = Measure(f, n);
            (double t2, long mem2) = Measure(f, 2 * n);
            string limit = Families[f].Html ? "MaxHtmlLength 50 M chars, MaxHtmlDepth 512" : "MaxInputLength 10 M chars";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Families[f].Name} | {(Families[f].Html ? "HTML" : "text")} | {t1:N0} ms | {t2:N0} ms | {t2 / Math.Max(t1, 0.5):N2} | {mem2 / 1024.0:N0} MB | {limit} |"));
        }

        return 0;
    }

    private static (double Ms, long PeakKb) Measure(int family, int n)
    {
        var psi = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        string? dll = typeof(PathologicalInputs).Assembly.Location;
        if (!string.IsNullOrEmpty(dll) && Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            psi.ArgumentList.Add(dll);
        }

        psi.ArgumentList.Add("pathological-child");
        psi.ArgumentList.Add(family.ToString(CultureInfo.InvariantCulture));
        psi.ArgumentList.Add(n.ToString(CultureInfo.InvariantCulture));
        using Process p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        string[] parts = output.Trim().Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static int Child(int family, int n)
    {
        (string _, bool html, Func<int, string> make) = Families[family];
        string input = make(n);
        NewsAnalyzer nlp = NewsAnalyzer.CreateDefault();
        nlp.Analyze("Warm up. The model loads once."); // load models outside the timing
        nlp.AnalyzeHtml("<p>Warm up.</p>");
        var times = new List<double>();
        for (int i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            NewsDocument doc = html ? nlp.AnalyzeHtml(input) : nlp.Analyze(input);
            watch.Stop();
            GC.KeepAlive(doc);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[1]:F1} {PeakKilobytes()}"));
        return 0;
    }

    private static long PeakKilobytes()
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return Environment.WorkingSet / 1024;
    }

    /// <summary>"Mr. Qxvbtrz said the plan would work." with a new made-up surname each time: one entity per sentence.</summary>
    private static string DistinctNames(int n)
    {
        var rnd = new Random(1);
        var sb = new System.Text.StringBuilder(n + 64);
        Span<char> name = stackalloc char[7];
        while (sb.Length < n)
        {
            name[0] = (char)('A' + rnd.Next(26));
            for (int i = 1; i < name.Length; i++)
            {
                name[i] = (char)('a' + rnd.Next(26));
            }

            sb.Append("Mr. ").Append(name).Append(" said the plan would work. ");
        }

        return sb.ToString(0, n);
    }
}
