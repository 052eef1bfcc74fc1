using System.Globalization;

namespace Byline.Training;

/// <summary>
/// Reads GUM CoNLL-U files (<c>Entity=</c> brackets in MISC) as entity-tagger training documents. GUM marks every
/// mention, named or not; a mention is a name when the head of its minimal span is a proper noun. The name is the
/// run of proper nouns around that head inside the mention, with the connectors between them ("Bank of England"),
/// without the determiners and common nouns GUM's mention takes along ("the Food Standards of Australia" gives
/// "Food Standards of Australia") and without a leading courtesy title. person, organization and place names are PER,
/// ORG and LOC; everything else is O. (Leaving names of other kinds, CoNLL's MISC, and capitalized words outside
/// names unlabeled, with no perceptron update on them, scored 2.6 F1 lower on CoNLL dev than labeling them O.)
/// </summary>
internal static class GumCorpus
{
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "and", "for", "the", "de", "du", "la", "le", "von", "van", "der", "den", "&", "-", "al", "el", "bin", "y", "on", "in",
    };

    // CoNLL leaves courtesy titles and roles out of person names ("Prof. Patrizia d'Ettorre" is "Patrizia d'Ettorre").
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "President", "Senator", "Sen", "Rep",
        "Gov", "Governor", "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "General", "Gen", "Captain", "Capt", "Judge",
        "Justice", "Minister", "Chancellor", "Secretary", "Chairman", "Father", "Rev", "Reverend", "Sheikh", "Ayatollah",
    };

    private sealed record Tok(string Form, string Upos, int Head, string Misc);

    public static List<LabeledDocument> ReadFolder(string folder)
    {
        var docs = new List<LabeledDocument>();
        foreach (string path in Directory.GetFiles(folder, "*.conllu").Order(StringComparer.Ordinal))
        {
            docs.Add(Read(path));
        }

        return docs;
    }

    public static LabeledDocument Read(string path)
    {
        var tokens = new List<Tok>();
        var sentenceStarts = new List<int>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("# sent_id", StringComparison.Ordinal))
            {
                sentenceStarts.Add(tokens.Count);
            }
            else if (line.Length > 0 && char.IsDigit(line[0]))
            {
                string[] cols = line.Split('\t');
                if (cols[0].Contains('-', StringComparison.Ordinal) || cols[0].Contains('.', StringComparison.Ordinal)) continue;
                int head = int.Parse(cols[6], CultureInfo.InvariantCulture);
                tokens.Add(new Tok(cols[1], cols[3], head == 0 ? -1 : sentenceStarts[^1] + head - 1, cols[9]));
            }
        }

        var mentions = GumBrackets.Read([.. tokens.Select(t => t.Misc)])
            .Select(m => (m.First, m.Last, Type: Field(m.Fields, 1), MinSpan: Field(m.Fields, 5))).ToList();

        // Names, longest first, so an organization keeps the place inside it ("Bank of England").
        var tags = new string?[tokens.Count];
        var names = new List<(int First, int Last, string Type)>();
        foreach (var m in mentions)
        {
            int head = Head(tokens, m.First, m.Last, m.MinSpan);
            if (tokens[head].Upos != "PROPN") continue;
            int a = head, z = head;
            while (a - 1 >= m.First && tokens[a - 1].Upos == "PROPN") a--;
            while (true)
            {
                if (z + 1 <= m.Last && tokens[z + 1].Upos == "PROPN") z++;
                else if (z + 2 <= m.Last && Connectors.Contains(tokens[z + 1].Form) && tokens[z + 2].Upos == "PROPN") z += 2;
                else break;
            }

            while (m.Type == "person" && a < z && Honorifics.Contains(tokens[a].Form.TrimEnd('.'))) a++;
            names.Add((a, z, m.Type));
        }

        names.Sort((x, y) => (y.Last - y.First).CompareTo(x.Last - x.First));
        foreach (var (first, last, type) in names)
        {
            bool free = true;
            for (int k = first; k <= last; k++) free &= tags[k] is null;
            if (!free) continue;
            string label = type switch
            {
                "person" => "PER",
                "organization" => "ORG",
                "place" => "LOC",
                _ => "",
            };
            for (int k = first; k <= last; k++)
            {
                tags[k] = label.Length == 0 ? "O" : (k == first ? "B-" : "I-") + label;
            }
        }

        var sentences = new List<List<(string, string)>>();
        for (int s = 0; s < sentenceStarts.Count; s++)
        {
            int end = s + 1 < sentenceStarts.Count ? sentenceStarts[s + 1] : tokens.Count;
            var sentence = new List<(string, string)>();
            for (int t = sentenceStarts[s]; t < end; t++)
            {
                sentence.Add((tokens[t].Form, tags[t] ?? "O"));
            }

            sentences.Add(sentence);
        }

        return ConllCorpus.Build(sentences);
    }

    private static string Field(string[] fields, int i) => i < fields.Length ? fields[i] : "";

    /// <summary>The token of the minimal span (1-based offsets "1,2,3"; the whole mention when absent) whose head lies outside it.</summary>
    private static int Head(List<Tok> tokens, int first, int last, string minSpan)
    {
        var minimal = new List<int>();
        foreach (string part in minSpan.Split(','))
        {
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int offset) && offset >= 1 && first + offset - 1 <= last)
            {
                minimal.Add(first + offset - 1);
            }
        }

        if (minimal.Count == 0)
        {
            for (int t = first; t <= last; t++) minimal.Add(t);
        }

        foreach (int t in minimal)
        {
            if (!minimal.Contains(tokens[t].Head)) return t;
        }

        return minimal[0];
    }
}
