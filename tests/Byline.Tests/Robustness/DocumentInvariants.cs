using Byline.Text;

namespace Byline.Tests.Robustness;

/// <summary>What must hold for every document, whatever the input.</summary>
internal static class DocumentInvariants
{
    public static void Check(NewsDocument doc)
    {
        int n = doc.Text.Length;
        void Inside(TextSpan s, string what)
        {
            if (s.Start < 0 || s.Length < 0 || s.End > n)
            {
                throw new Xunit.Sdk.XunitException($"{what} {s} is outside the text (length {n})");
            }
        }

        void Ordered(IEnumerable<TextSpan> spans, string what, bool disjoint)
        {
            TextSpan? previous = null;
            foreach (TextSpan s in spans)
            {
                Inside(s, what);
                if (previous is { } p && (s.Start < p.Start || (disjoint && s.Start < p.End)))
                {
                    throw new Xunit.Sdk.XunitException($"{what} {s} comes before or overlaps {p}");
                }

                previous = s;
            }
        }

        Ordered(doc.Tokens.Select(t => t.Span), "token", disjoint: true);
        Assert.All(doc.Tokens, t => Assert.True(t.Length > 0));
        Ordered(doc.Sentences.Select(s => s.Span), "sentence", disjoint: true);
        Ordered(doc.Paragraphs, "paragraph", disjoint: true);
        Ordered(doc.Boilerplate.Select(b => b.Span), "boilerplate", disjoint: true);
        Ordered(doc.Mentions.Select(m => m.Span), "mention", disjoint: true);
        foreach (Sentence s in doc.Sentences)
        {
            Assert.InRange(s.FirstToken, 0, doc.Tokens.Length - 1);
            Assert.InRange(s.EndToken, s.FirstToken + 1, doc.Tokens.Length);
            Assert.Equal(doc.Tokens[s.FirstToken].Start, s.Span.Start);
            Assert.Equal(doc.Tokens[s.EndToken - 1].End, s.Span.End);
        }

        foreach (var e in doc.Entities)
        {
            Ordered(e.Mentions, "entity mention", disjoint: true);
            Assert.All(e.Mentions, m => Assert.Contains(doc.Mentions, x => x.Span == m && x.EntityId == e.Id));
        }

        Assert.All(doc.Mentions, m => Assert.NotNull(doc.GetEntity(m.EntityId)));
        Ordered(doc.Quotes.Select(q => q.Span), "quote", disjoint: false);
        foreach (var q in doc.Quotes)
        {
            if (q.Speaker is { } sp)
            {
                Inside(sp.Span, "speaker");
                if (sp.EntityId is not null)
                {
                    Assert.NotNull(doc.GetEntity(sp.EntityId));
                }
            }

            if (q.Cue is { } cue)
            {
                Inside(cue.Span, "cue");
                Assert.Equal(doc.GetText(cue.Span), cue.Text);
            }

            Ordered(q.Fragments, "fragment", disjoint: true);
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
