using Byline.Entities.Tagging;
using Byline.Text;

namespace Byline.Training;

/// <summary>A tokenized document with gold BILOU labels: tokens joined by a space, sentences by a newline.</summary>
internal sealed record LabeledDocument(string Text, Token[] Tokens, Sentence[] Sentences, int[] Labels);

/// <summary>Reads CoNLL-2003 style files (token first column, IOB1/IOB2 tag last column, -DOCSTART- lines).</summary>
internal static class ConllCorpus
{
    public static List<LabeledDocument> Read(string path)
    {
        var docs = new List<LabeledDocument>();
        var sentences = new List<List<(string Word, string Tag)>>();
        var current = new List<(string, string)>();
        foreach (string raw in File.ReadLines(path))
        {
            string line = raw.TrimEnd();
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush(current, sentences);
                if (sentences.Count > 0) docs.Add(Build(sentences));
                sentences = [];
                continue;
            }

            if (line.Length == 0)
            {
                Flush(current, sentences);
                continue;
            }

            string[] cols = line.Split(' ', '\t');
            current.Add((cols[0], cols[^1]));
        }

        Flush(current, sentences);
        if (sentences.Count > 0) docs.Add(Build(sentences));
        return docs;
    }

    private static void Flush(List<(string, string)> current, List<List<(string, string)>> sentences)
    {
        if (current.Count > 0)
        {
            sentences.Add([.. current]);
            current.Clear();
        }
    }

    public static LabeledDocument Build(List<List<(string Word, string Tag)>> sentences)
    {
        var sb = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var sents = new List<Sentence>();
        var types = new List<int>();
        var begins = new List<bool>();
        foreach (var sentence in sentences)
        {
            if (sb.Length > 0) sb.Append('\n');
            int first = tokens.Count;
            int sentStart = sb.Length;
            string prevType = "O";
            for (int i = 0; i < sentence.Count; i++)
            {
                if (i > 0) sb.Append(' ');
                tokens.Add(new Token(sb.Length, sentence[i].Word.Length, TokenKind.Word));
                sb.Append(sentence[i].Word);
                string tag = sentence[i].Tag;
                string type = tag == "O" ? "O" : tag[2..];
                bool begin = tag.StartsWith("B-", StringComparison.Ordinal) || (type != "O" && type != prevType);
                types.Add(type == "O" ? -1 : NerLabels.TypeIndex(type));
                begins.Add(begin);
                prevType = type;
            }

            sents.Add(new Sentence(new TextSpan(sentStart, sb.Length - sentStart), first, tokens.Count - first));
        }

        // IOB to BILOU.
        int n = tokens.Count;
        var labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            int t = types[i];
            if (t < 0) continue;
            bool continues = i + 1 < n && types[i + 1] == t && !begins[i + 1] && !IsSentenceStart(sents, i + 1);
            if (begins[i] || IsSentenceStart(sents, i))
                labels[i] = NerLabels.Make(t, continues ? NerLabels.Begin : NerLabels.Unit);
            else
                labels[i] = NerLabels.Make(t, continues ? NerLabels.Inside : NerLabels.Last);
        }

        string text = sb.ToString();
        return Retokenize(text, [.. tokens], labels);
    }

    /// <summary>
    /// Re-tokenizes the text with the Byline tokenizer and the tagger's own segmentation, projecting the gold
    /// entities onto the new tokens, so that training sees exactly what tagging will see.
    /// </summary>
    private static LabeledDocument Retokenize(string text, Token[] conll, int[] conllLabels)
    {
        var spans = Spans(conllLabels);
        Token[] tokens = [.. EnglishTokenizer.Tokenize(text)];
        Sentence[] sentences = Byline.Entities.StatisticalEntityRecognizer.Segments(text, tokens);
        var labels = new int[tokens.Length];
        int k = 0;
        foreach (var (type, first, end) in spans)
        {
            int from = conll[first].Start, to = conll[end - 1].End;
            while (k < tokens.Length && tokens[k].End <= from) k++;
            int a = k;
            int b = a;
            while (b < tokens.Length && tokens[b].Start < to) b++;
            if (b == a) continue;
            if (b - a == 1)
            {
                labels[a] = NerLabels.Make(type, NerLabels.Unit);
            }
            else
            {
                labels[a] = NerLabels.Make(type, NerLabels.Begin);
                for (int m = a + 1; m < b - 1; m++) labels[m] = NerLabels.Make(type, NerLabels.Inside);
                labels[b - 1] = NerLabels.Make(type, NerLabels.Last);
            }

            k = b;
        }

        // A segment boundary inside an entity cannot be tagged; such entities are rare, leave them unfixed but well-formed.
        foreach (Sentence s in sentences)
        {
            int f = s.FirstToken;
            int p = NerLabels.PositionOf(labels[f]);
            if (p is NerLabels.Inside or NerLabels.Last) labels[f] = NerLabels.Make(NerLabels.TypeOf(labels[f]), p == NerLabels.Last ? NerLabels.Unit : NerLabels.Begin);
            int e = s.EndToken - 1;
            p = NerLabels.PositionOf(labels[e]);
            if (p is NerLabels.Inside or NerLabels.Begin) labels[e] = NerLabels.Make(NerLabels.TypeOf(labels[e]), p == NerLabels.Begin ? NerLabels.Unit : NerLabels.Last);
        }

        return new LabeledDocument(text, tokens, sentences, labels);
    }

    private static bool IsSentenceStart(List<Sentence> sentences, int token)
    {
        foreach (Sentence s in sentences)
        {
            if (s.FirstToken == token) return true;
        }

        return false;
    }

    /// <summary>Entity spans (type, first token, end token) from BILOU labels.</summary>
    public static List<(int Type, int Start, int End)> Spans(ReadOnlySpan<int> labels)
    {
        var spans = new List<(int, int, int)>();
        int start = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int l = labels[i];
            int p = NerLabels.PositionOf(l);
            if (p == NerLabels.Unit) spans.Add((NerLabels.TypeOf(l), i, i + 1));
            else if (p == NerLabels.Begin) start = i;
            else if (p == NerLabels.Last && start >= 0)
            {
                spans.Add((NerLabels.TypeOf(l), start, i + 1));
                start = -1;
            }
        }

        return spans;
    }
}
