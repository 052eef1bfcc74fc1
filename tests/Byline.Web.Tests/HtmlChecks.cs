using System.Text.RegularExpressions;

namespace Byline.Web.Tests;

internal static partial class HtmlChecks
{
    private static readonly HashSet<string> VoidElements = ["meta", "br", "link", "img", "input", "hr", "wbr"];

    /// <summary>Asserts that every non-void element is closed in order: overlapping spans were nested, not interleaved.</summary>
    public static void AssertWellNested(string html)
    {
        var stack = new Stack<string>();
        foreach (Match tag in TagPattern().Matches(html))
        {
            string name = tag.Groups["name"].Value.ToLowerInvariant();
            if (VoidElements.Contains(name) || name == "!doctype")
            {
                continue;
            }

            if (tag.Groups["close"].Success)
            {
                Assert.True(stack.Count > 0, $"</{name}> closes nothing at {tag.Index}");
                Assert.Equal(stack.Pop(), name);
            }
            else
            {
                stack.Push(name);
            }
        }

        Assert.Empty(stack);
    }

    /// <summary>Asserts that no element has an event-handler attribute (onerror=, onclick=...); quoted values are ignored.</summary>
    public static void AssertNoEventHandlers(string html)
    {
        foreach (Match tag in TagPattern().Matches(html))
        {
            string withoutValues = QuotedValue().Replace(tag.Value, "\"\"");
            Assert.DoesNotMatch(@"(?i)\son[a-z]+\s*=", withoutValues);
        }
    }

    [GeneratedRegex("\"[^\"]*\"|'[^']*'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedValue();

    /// <summary>The page's elements carrying a class, as (class attribute, inner HTML) for the innermost ones.</summary>
    public static IEnumerable<string> OpeningTags(string html) => TagPattern().Matches(html).Where(m => !m.Groups["close"].Success).Select(m => m.Value);

    [GeneratedRegex(@"<(?<close>/)?(?<name>!?[a-zA-Z][a-zA-Z0-9]*)(?:\s[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
