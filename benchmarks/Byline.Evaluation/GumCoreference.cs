using System.Globalization;
using System.Text;

namespace Byline.Evaluation;

/// <summary>One GUM document: its text (paragraphs separated by a blank line) and its named mentions with cluster ids.</summary>
internal sealed record GumDocument(string Name, string Text, List<GumMention> Mentions);

/// <summary>A gold mention: the character span of the mention, of its head (the syntactic head of GUM's minimal span), and its cluster.</summary>
internal sealed record GumMention(int Start, int End, int HeadStart, int HeadEnd, string Cluster, string Type);

/// <summary>
/// Reads GUM CoNLL-U files with <c>Entity=</c> coreference annotation. A mention counts as named when its head is a
/// proper noun (PROPN): the token of GUM's minimal span whose dependency head lies outside that span ("Cres" in
/// "Professor Cres Eastman", "Standards" in "the Food Standards of Australia"); a head with UD "flat" dependents (a
/// name: "Cyclone Phailin") spans the whole flat chain, since UD defines flat as headless. (The Wikipedia identity is not used: GUM
/// gives it to every mention of a linked entity, pronouns included.)
/// </summary>
internal static class GumCoreference
{
    private sealed class Tok
    {
        public int Start;
        public int End;
        public string Upos = "";
        public string Misc = "";
        public int Head = -1; // token index of the dependency head; -1 for the root
        public bool Flat;     // attached by UD "flat" (names: "Cyclone -> Phailin"), which UD defines as headless
    }

    public static GumDocument Read(string path)
    {
        var text = new StringBuilder();
        var tokens = new List<Tok>();
        bool newPar = true;
        int headingLeft = 0; // sentences left in the current heading block ("# newpar_block = head ... (1 s)")
        bool wasHeading = false;
        string? sentence = null;
        int sentenceStart = 0, cursor = 0;
        var sentenceFirstToken = new List<int>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("# newpar_block = head", StringComparison.Ordinal))
            {
                // A heading is a line of its own: the dateline after it ("Wednesday, October 9, 2013", a <date>
                // outside any block) starts a new paragraph instead of being glued to the heading's last name.
                int paren = line.IndexOf('(', StringComparison.Ordinal);
                int close = paren < 0 ? -1 : line.IndexOf(" s)", paren, StringComparison.Ordinal);
                headingLeft = close > paren && int.TryParse(line.AsSpan(paren + 1, close - paren - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;
            }
            else if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_block", StringComparison.Ordinal))
            {
                newPar = true;
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                if (headingLeft == 0 && !newPar && wasHeading) newPar = true;
                wasHeading = headingLeft > 0;
                if (headingLeft > 0) headingLeft--;
                sentence = line["# text = ".Length..];
                if (text.Length > 0) text.Append(newPar ? "\n\n" : " ");
                newPar = false;
                sentenceStart = text.Length;
                text.Append(sentence);
                cursor = 0;
                sentenceFirstToken.Add(tokens.Count);
            }
            else if (line.Length > 0 && char.IsDigit(line[0]) && sentence is not null)
            {
                string[] cols = line.Split('\t');
                if (cols[0].Contains('-', StringComparison.Ordinal) || cols[0].Contains('.', StringComparison.Ordinal)) continue;
                int at = sentence.IndexOf(cols[1], cursor, StringComparison.Ordinal);
                int headId = int.TryParse(cols[6], NumberStyles.None, CultureInfo.InvariantCulture, out int h) ? h : 0;
                var tok = new Tok { Upos = cols[3], Misc = cols[9], Head = headId == 0 ? -1 : sentenceFirstToken[^1] + headId - 1, Flat = cols[7].StartsWith("flat", StringComparison.Ordinal) };
                if (at >= 0)
                {
                    tok.Start = sentenceStart + at;
                    tok.End = tok.Start + cols[1].Length;
                    cursor = at + cols[1].Length;
                }
                else
                {
                    tok.Start = tok.End = sentenceStart + cursor;
                }

                tokens.Add(tok);
            }
        }

        var mentions = new List<GumMention>();
        foreach (var (first, last, fields) in Byline.Training.GumBrackets.Read([.. tokens.Select(t => t.Misc)]))
        {
            Add(mentions, tokens, first, last, fields);
        }

        return new GumDocument(Path.GetFileNameWithoutExtension(path), text.ToString(), mentions);
    }

    private static void Add(List<GumMention> mentions, List<Tok> tokens, int first, int last, string[] fields)
    {
        // fields: id, etype, infstat, salience, centering, minspan, link, identity (identity may contain '-')
        // The minimal span: 1-based offsets into the mention ("1,2,3"); the whole mention when absent.
        var minimal = new List<int>();
        if (fields.Length > 5)
        {
            foreach (string part in fields[5].Split(','))
            {
                if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int offset) && offset >= 1 && first + offset - 1 <= last)
                {
                    minimal.Add(first + offset - 1);
                }
            }
        }

        if (minimal.Count == 0)
        {
            minimal.AddRange(Enumerable.Range(first, last - first + 1));
        }

        int head = minimal.FirstOrDefault(t => !minimal.Contains(tokens[t].Head), minimal[0]);

        if (tokens[head].Upos != "PROPN") return;
        if (tokens[first].End <= tokens[first].Start) return;

        // UD's "flat" (names, dates) is headless; its first word is the head only by convention. The head span takes
        // the whole flat chain, so "Phailin" found inside "Cyclone Phailin" counts like "Cyclone" would.
        int headLast = head;
        while (headLast + 1 <= last && minimal.Contains(headLast + 1) && tokens[headLast + 1].Flat && tokens[headLast + 1].Head >= head && tokens[headLast + 1].Head <= headLast)
        {
            headLast++;
        }

        mentions.Add(new GumMention(tokens[first].Start, tokens[last].End, tokens[head].Start, tokens[headLast].End, fields[0], fields.Length > 1 ? fields[1] : ""));
    }
}
