using System.Diagnostics;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace Byline.Tests.Robustness;

public class SecurityTests
{
    private static readonly string[] IoTypes =
    [
        "System.IO.File", "System.IO.FileStream", "System.IO.FileInfo", "System.IO.Directory", "System.IO.DirectoryInfo",
        "System.Net.Http.HttpClient", "System.Net.WebClient", "System.Net.WebRequest", "System.Net.Sockets.Socket",
        "System.Net.Sockets.TcpClient", "System.Diagnostics.Process",
    ];

    [Fact]
    public void The_library_does_no_io_of_its_own()
    {
        string path = typeof(NewsAnalyzer).Assembly.Location;
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader md = pe.GetMetadataReader();
        var referenced = new List<string>();
        foreach (TypeReferenceHandle h in md.TypeReferences)
        {
            TypeReference t = md.GetTypeReference(h);
            referenced.Add($"{md.GetString(t.Namespace)}.{md.GetString(t.Name)}");
        }

        Assert.NotEmpty(referenced);
        Assert.Contains("System.IO.Stream", referenced); // the check sees real references
        Assert.Empty(referenced.Intersect(IoTypes));
    }

    [Fact]
    public void Every_regex_in_the_library_uses_the_linear_engine()
    {
        var regexes = new List<(string Where, Regex Regex)>();
        foreach (Type type in typeof(NewsAnalyzer).Assembly.GetTypes())
        {
            const BindingFlags flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            foreach (FieldInfo f in type.GetFields(flags))
            {
                if (f.FieldType == typeof(Regex) && f.GetValue(null) is Regex r)
                {
                    regexes.Add(($"{type.Name}.{f.Name}", r));
                }
            }

            foreach (MethodInfo m in type.GetMethods(flags))
            {
                if (m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.ContainsGenericParameters)
                {
                    regexes.Add(($"{type.Name}.{m.Name}()", (Regex)m.Invoke(null, null)!));
                }
            }
        }

        Assert.All(regexes, x => Assert.True(x.Regex.Options.HasFlag(RegexOptions.NonBacktracking), $"{x.Where} may backtrack"));
    }

    public static TheoryData<string> RedosShapes() => new()
    {
        new string('a', 100_000) + "!",
        string.Concat(Enumerable.Repeat("a.", 50_000)) + "@",
        string.Concat(Enumerable.Repeat("ab@", 30_000)),
        "http://" + string.Concat(Enumerable.Repeat("a(", 50_000)),
        string.Concat(Enumerable.Repeat("By A ", 20_000)) + "\n\nx",
        string.Concat(Enumerable.Repeat("\"a, \" said ", 20_000)),
        string.Concat(Enumerable.Repeat("1,", 50_000)) + "x",
        "<" + string.Concat(Enumerable.Repeat("a ", 50_000)),
        string.Concat(Enumerable.Repeat("<!--", 30_000)),
        string.Concat(Enumerable.Repeat("<script>", 20_000)),
        "<meta charset=\"" + new string('x', 100_000),
        string.Concat(Enumerable.Repeat("WASHINGTON ", 20_000)) + "—",
    };

    [Theory]
    [MemberData(nameof(RedosShapes))]
    public void Known_redos_shapes_finish_quickly_as_text_and_html(string input)
    {
        NewsAnalyzer nlp = NewsAnalyzer.CreateDefault();
        nlp.Analyze("Warm up.");
        var watch = Stopwatch.StartNew();
        DocumentInvariants.Check(nlp.Analyze(input));
        DocumentInvariants.Check(nlp.AnalyzeHtml(input));
        // A backtracking blow-up on inputs of this size takes hours; linear code takes about a second (more on a loaded machine).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }
}
