using System.Runtime.InteropServices;
using System.Text;
using Byline.Serialization;
using Byline.Text;

namespace Byline.Fuzz;

/// <summary>What must hold for every document (the same rules as the test suite's DocumentInvariants); a broken rule throws.</summary>
internal static class Invariants
{
    public static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantException(message);
        }
    }

    public static void RequireSameJson(NewsDocument expected, NewsDocument actual, string what)
    {
        string a = NewsDocumentJson.ToJson(expected, "x");
        string b = NewsDocumentJson.ToJson(actual, "x");
        Require(string.Equals(a, b, StringComparison.Ordinal), $"{what} gave different JSON:\n{a}\n{b}");
    }

    /// <summary>The fuzz input as a string: UTF-8, or after FF FE the raw UTF-16LE code units (an odd last byte is dropped).</summary>
    public static string Decode(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            ? new string(MemoryMarshal.Cast<byte, char>(bytes.AsSpan(2, (bytes.Length - 2) & ~1)))
            : Encoding.UTF8.GetString(bytes);

    /// <summary>True when a stream of these bytes is decoded as UTF-8 from the first byte: no byte order mark, no charset declaration.</summary>
    public static bool DecodesAsPlainUtf8(byte[] bytes) =>
        !(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
          || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
          || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
          || Encoding.Latin1.GetString(bytes).Contains("charset", StringComparison.OrdinalIgnoreCase));

    public static void Check(NewsDocument doc)
    {
        int n = doc.Text.Length;
        string text = doc.Text;
        void Inside(TextSpan s, string what)
        {
            Require(s.Start >= 0 && s.Length >= 0 && s.End <= n, $"{what} {s} is outside the text (length {n})");
            Require(!SplitsPair(s.Start) && !SplitsPair(s.End), $"{what} {s} cuts a surrogate pair in two");
        }

        bool SplitsPair(int at) => at > 0 && at < n && char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at]);

        void Ordered(IEnumerable<TextSpan> spans, string what, bool disjoint)
        {
            TextSpan? previous = null;
            foreach (TextSpan s in spans)
            {
                Inside(s, what);
                if (previous is { } p)
                {
                    Require(s.Start >= p.Start && (!disjoint || s.Start >= p.End), $"{what} {s} comes before or overlaps {p}");
                }

                previous = s;
            }
        }

        Ordered(doc.Tokens.Select(t => t.Span), "token", disjoint: true);
        foreach (Token t in doc.Tokens)
        {
            Require(t.Length > 0, $"empty token at {t.Start}");
        }

        Ordered(doc.Sentences.Select(s => s.Span), "sentence", disjoint: true);
        foreach (Sentence s in doc.Sentences)
        {
            Require(s.FirstToken >= 0 && s.TokenCount > 0 && s.EndToken <= doc.Tokens.Length, $"sentence {s.Span} has tokens [{s.FirstToken}, {s.EndToken}) of {doc.Tokens.Length}");
            Require(doc.Tokens[s.FirstToken].Start == s.Span.Start && doc.Tokens[s.EndToken - 1].End == s.Span.End,
                $"sentence {s.Span} does not start at its first token and end at its last");
        }

        Ordered(doc.Paragraphs, "paragraph", disjoint: true);
        Ordered(doc.Boilerplate.Select(b => b.Span), "boilerplate", disjoint: true);
        Ordered(doc.Mentions.Select(m => m.Span), "mention", disjoint: true);
        foreach (var m in doc.Mentions)
        {
            Require(doc.GetEntity(m.EntityId) is not null, $"mention {m.Span} points to unknown entity {m.EntityId}");
        }

        foreach (var e in doc.Entities)
        {
            Ordered(e.Mentions, $"mention of entity {e.Id}", disjoint: true);
            foreach (TextSpan m in e.Mentions)
            {
                Require(doc.Mentions.Any(x => x.Span == m && x.EntityId == e.Id), $"entity {e.Id} lists {m}, which is not among the document's mentions");
            }
        }

        Ordered(doc.Quotes.Select(q => q.Span), "quote", disjoint: false);
        foreach (var q in doc.Quotes)
        {
            if (q.Speaker is { } speaker)
            {
                Inside(speaker.Span, "speaker");
                Require(speaker.EntityId is null || doc.GetEntity(speaker.EntityId) is not null, $"speaker {speaker.Span} points to unknown entity {speaker.EntityId}");
            }

            if (q.Cue is { } cue)
            {
                Inside(cue.Span, "cue");
                Require(string.Equals(doc.GetText(cue.Span), cue.Text, StringComparison.Ordinal), $"cue {cue.Span} text differs from the document");
            }

            Ordered(q.Fragments, "quote fragment", disjoint: true);
        }

        foreach (TextSpan? s in new[] { doc.Metadata.HeadlineSpan, doc.Metadata.BylineSpan, doc.Metadata.DatelineSpan })
        {
            if (s is { } span)
            {
                Inside(span, "metadata span");
            }
        }
    }
}

/// <summary>A broken document invariant.</summary>
internal sealed class InvariantException(string message) : Exception(message);
