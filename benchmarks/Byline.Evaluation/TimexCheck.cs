using System.Text.Json;
using Byline.Entities;

namespace Byline.Evaluation;

/// <summary>
/// DATE/TIME mentions against the TIMEX3 spans of a TimeML extract (JSON Lines: text, timexes with code-point
/// offsets). Reports exact-span and overlap precision/recall; DURATION and SET timexes count as gold too, so
/// recall is over every TIMEX3.
/// </summary>
internal static class TimexCheck
{
    public static void Run(string file, bool verbose = false)
    {
        NewsAnalyzer nlp = NewsAnalyzer.CreateDefault();
        int gold = 0, predicted = 0, exact = 0, goldOverlapped = 0, predOverlapping = 0;
        foreach (string line in File.ReadLines(file))
        {
            using var json = JsonDocument.Parse(line);
            string text = json.RootElement.GetProperty("text").GetString()!;
            var spans = new List<(int Start, int End)>();
            foreach (JsonElement t in json.RootElement.GetProperty("timexes").EnumerateArray())
            {
                spans.Add((Utf16(text, t.GetProperty("start").GetInt32()), Utf16(text, t.GetProperty("end").GetInt32())));
            }

            NewsDocument doc = nlp.Analyze(text);
            var mine = doc.Mentions.Where(m => m.Type == EntityType.Date || m.Type == EntityType.Time).Select(m => (m.Span.Start, m.Span.End)).ToList();
            gold += spans.Count;
            predicted += mine.Count;
            exact += mine.Count(spans.Contains);
            goldOverlapped += spans.Count(g => mine.Any(p => p.Start < g.End && g.Start < p.End));
            predOverlapping += mine.Count(p => spans.Any(g => p.Start < g.End && g.Start < p.End));
            if (verbose)
            {
                foreach (var g in spans.Where(g => !mine.Contains(g)))
                {
                    Console.WriteLine($"  missed    '{text[g.Start..g.End]}'" + string.Concat(mine.Where(p => p.Start < g.End && g.Start < p.End).Select(p => $" (found '{text[p.Start..p.End]}')")));
                }

                foreach (var p in mine.Where(p => !spans.Any(g => p.Start < g.End && g.Start < p.End)))
                {
                    Console.WriteLine($"  spurious  '{text[p.Start..p.End]}'");
                }
            }
        }

        Console.WriteLine($"TIMEX3: gold {gold}, predicted DATE/TIME {predicted}");
        Console.WriteLine($"  exact span: P {100.0 * exact / predicted:F1} R {100.0 * exact / gold:F1}");
        Console.WriteLine($"  overlap:    P {100.0 * predOverlapping / predicted:F1} R {100.0 * goldOverlapped / gold:F1}");
    }

    private static int Utf16(string text, int codePoints)
    {
        int i = 0;
        for (int cp = 0; cp < codePoints && i < text.Length; cp++)
        {
            i += char.IsHighSurrogate(text[i]) ? 2 : 1;
        }

        return i;
    }
}
