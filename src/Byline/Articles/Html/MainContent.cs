using System.Text;
using AngleSharp.Dom;

namespace Byline.Articles.Html;

/// <summary>
/// Finds the article body in a parsed page: readability-style candidate scoring picks the container, then a block
/// walk drops furniture inside it (captions, asides, share bars, link lists) and the trimming rules cut bylines,
/// dates and prompts at its edges.
/// </summary>
internal static class MainContent
{
    private const int MinParagraphChars = 25;

    /// <summary>The body blocks of the page, or an empty list when no part of it reads as an article.</summary>
    /// <param name="root">The page body.</param>
    /// <param name="articleBody">The JSON-LD <c>articleBody</c>, when the page has one: a block inside the container
    /// that it quotes is body, whatever its class or size says.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static List<ContentBlock> Extract(IElement root, string? articleBody, CancellationToken cancellationToken)
    {
        PageNodes nodes = PageNodes.Build(root, cancellationToken);
        int top = ScoreAndPick(nodes);
        if (top < 0)
        {
            return [];
        }

        string? bodyKey = articleBody is { Length: >= 200 } ? Letters(articleBody) : null;
        List<int> roots = Siblings(nodes, top, bodyKey);
        AddChunks(nodes, top, roots);
        var blocks = new List<ContentBlock>();
        foreach (int r in roots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Emit(nodes, r, bodyKey, blocks, cancellationToken);
        }

        return blocks;
    }

    /// <summary>Scores every container by the paragraphs under it and returns the best one, or -1.</summary>
    internal static int ScoreAndPick(PageNodes nodes)
    {
        bool any = false;
        for (int i = 0; i < nodes.Count; i++)
        {
            ref PageNodes.Node n = ref nodes[i];
            if (!n.IsBlock || n.OwnText < MinParagraphChars)
            {
                continue;
            }

            double ownDensity = n.OwnText == 0 ? 0 : (double)n.OwnLink / n.OwnText;
            if (ownDensity > 0.5)
            {
                continue;
            }

            string tag = n.Element.LocalName;
            if (tag is "li" or "td" or "th" or "dd" or "dt" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                // List items and cells count less: link lists and tables of teasers are made of them.
                if (tag is "li" or "td" && !n.InFurniture)
                {
                    AddToAncestors(nodes, i, 0.5 * ParagraphScore(n), includeSelf: false);
                }

                continue;
            }

            any = true;
            double score = ParagraphScore(n);
            if (n.InFurniture)
            {
                // Comments and related-story teasers are paragraphs too; they must not outvote the article.
                score *= 0.1;
            }

            // A block that holds its own text is itself a container candidate (sites that use <div> per story, <br> paragraphs).
            nodes[i].Score += score;
            AddToAncestors(nodes, i, score, includeSelf: false);
        }

        if (!any)
        {
            return -1;
        }

        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < nodes.Count; i++)
        {
            ref PageNodes.Node n = ref nodes[i];
            if (n.Score <= 0)
            {
                continue;
            }

            double score = n.Score + (n.ClassWeight == HtmlHints.Soft ? 0 : Math.Max(n.ClassWeight, -1) * 25);
            if (n.InFurniture)
            {
                score *= 0.2;
            }

            if (n.BodyMarker)
            {
                score += 25;
            }

            if (n.Element.LocalName == "article")
            {
                score += 10;
            }

            score *= 1 - n.LinkDensity;
            n.Score = score;
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }

        if (best < 0)
        {
            return -1;
        }

        // A paragraph chosen on its own: its container holds the rest of the story.
        ref PageNodes.Node b = ref nodes[best];
        if (b.Element.LocalName is "p" && b.Parent >= 0)
        {
            best = b.Parent;
        }

        return best;
    }

    private static double ParagraphScore(in PageNodes.Node n) => 1 + n.OwnCommas + Math.Min(n.OwnText / 100.0, 3);

    private static void AddToAncestors(PageNodes nodes, int i, double score, bool includeSelf)
    {
        if (includeSelf)
        {
            nodes[i].Score += score;
        }

        int level = 0;
        for (int a = nodes[i].Parent; a >= 0 && level < 5; a = nodes[a].Parent, level++)
        {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            nodes[a].Score += score / divider;
        }
    }

    /// <summary>
    /// Adds the other chunks of a story that sites split into several containers of the same kind ("article__body"
    /// blocks between ads or pull quotes), in document order.
    /// </summary>
    private static void AddChunks(PageNodes nodes, int top, List<int> roots)
    {
        ref PageNodes.Node t = ref nodes[top];
        string? cls = t.Element.GetAttribute("class");
        if (string.IsNullOrEmpty(cls))
        {
            return;
        }

        string tag = t.Element.LocalName;
        bool added = false;
        for (int i = 0; i < nodes.Count; i++)
        {
            ref PageNodes.Node n = ref nodes[i];
            if (i == top || n.InFurniture || n.SubText < 100 || n.LinkDensity > 0.3 || n.Element.LocalName != tag
                || !string.Equals(n.Element.GetAttribute("class"), cls, StringComparison.Ordinal)
                || nodes.Related(i, top) || roots.Exists(r => nodes.Related(i, r)))
            {
                continue;
            }

            roots.Add(i);
            added = true;
        }

        if (added)
        {
            roots.Sort();
        }
    }

    /// <summary>The candidate plus those of its siblings that carry body text too (stories split around ads).</summary>
    internal static List<int> Siblings(PageNodes nodes, int top, string? bodyKey = null)
    {
        ref PageNodes.Node t = ref nodes[top];
        if (t.Parent < 0)
        {
            return [top];
        }

        double threshold = Math.Max(10, t.Score * 0.2);
        var result = new List<int>();
        for (IElement? s = nodes[t.Parent].Element.FirstElementChild; s is not null; s = s.NextElementSibling)
        {
            int i = nodes.IndexOf(s);
            if (i < 0)
            {
                continue;
            }

            if (i == top)
            {
                result.Add(i);
                continue;
            }

            ref PageNodes.Node n = ref nodes[i];
            if (Quoted(nodes, i, bodyKey))
            {
                result.Add(i);
                continue;
            }

            if (n.ClassWeight <= HtmlHints.Weak || HtmlHints.Furniture.Contains(n.Element.LocalName))
            {
                continue;
            }

            bool keep = n.Score >= threshold && n.LinkDensity < 0.3;
            if (!keep && n.Element.LocalName is "p" or "div" or "blockquote")
            {
                double density = n.LinkDensity;
                keep = (n.SubText > 80 && density < 0.25) || (n.SubText > 0 && n.SubText <= 80 && density == 0 && EndsSentence(TextOf(s)));
            }

            if (keep)
            {
                result.Add(i);
            }
        }

        return result;
    }

    /// <summary>The text of a small subtree, gathered without recursion.</summary>
    internal static string TextOf(INode node, int maxChars = 4096)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0 && sb.Length < maxChars)
        {
            INode n = stack.Pop();
            if (n is IText t)
            {
                sb.Append(t.Data);
                continue;
            }

            if (n is IElement e)
            {
                if (HtmlHints.Junk.Contains(e.LocalName))
                {
                    continue;
                }

                // Adjacent elements are separate words ("<span>By</span><a>Jane Doe</a>").
                if (sb.Length > 0 && !char.IsWhiteSpace(sb[^1]) && e.LocalName is not ("b" or "i" or "em" or "strong" or "sup" or "sub" or "u"))
                {
                    sb.Append(' ');
                }
            }

            // (By index: AngleSharp finds a node's previous sibling by searching its parent's children, which made walking a
            // long list of siblings backwards quadratic.)
            INodeList children = n.ChildNodes;
            for (int c = children.Length - 1; c >= 0; c--)
            {
                INode child = children[c];
                stack.Push(child);
            }
        }

        return sb.ToString();
    }

    private static bool EndsSentence(string text)
    {
        ReadOnlySpan<char> s = text.AsSpan().TrimEnd();
        return s.Length > 0 && s[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '»' or '。';
    }

    /// <summary>Walks the chosen subtree and appends its blocks, skipping furniture.</summary>
    private static void Emit(PageNodes nodes, int rootIndex, string? bodyKey, List<ContentBlock> blocks, CancellationToken cancellationToken)
    {
        ref PageNodes.Node root = ref nodes[rootIndex];
        int rootText = Math.Max(root.SubText, 1);
        var current = new StringBuilder();
        int chars = 0, linkChars = 0;
        ContentBlockKind kind = ContentBlockKind.Paragraph;
        bool line = false;

        void Flush(bool atBreak = false)
        {
            if (chars > 0)
            {
                string text = current.ToString().Trim();
                if (text.Length > 0)
                {
                    blocks.Add(new ContentBlock(text, kind, linkChars, chars, line || atBreak));
                }
            }

            current.Clear();
            chars = 0;
            linkChars = 0;
            kind = ContentBlockKind.Paragraph;
            line = false;
        }

        var stack = new Stack<(INode Node, bool Exit, bool InLink)>();
        stack.Push((root.Element, false, false));
        int steps = 0;
        while (stack.Count > 0)
        {
            if ((++steps & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            (INode node, bool exit, bool inLink) = stack.Pop();
            if (node is IText t)
            {
                int added = AppendCollapsed(current, t.Data);
                chars += added;
                if (inLink)
                {
                    linkChars += added;
                }

                continue;
            }

            if (node is not IElement e)
            {
                continue;
            }

            string tag = e.LocalName;
            bool block = HtmlHints.Blocks.Contains(tag) || tag == "br";
            if (exit)
            {
                if (block)
                {
                    Flush();
                }

                continue;
            }

            int index = nodes.IndexOf(e);
            if (index < 0)
            {
                // Junk or hidden: left out when the nodes were built.
                continue;
            }

            if (index != rootIndex && Skip(nodes, index, rootText) && !Quoted(nodes, index, bodyKey))
            {
                if (block)
                {
                    Flush();
                }

                continue;
            }

            if (tag == "br")
            {
                // The text before a line break is a line, and so is the text after it.
                Flush(atBreak: true);
                line = true;
                continue;
            }

            if (block)
            {
                Flush();
                kind = tag switch
                {
                    "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => ContentBlockKind.Heading,
                    "li" or "dd" or "dt" => ContentBlockKind.ListItem,
                    "blockquote" => ContentBlockKind.Quote,
                    "pre" => ContentBlockKind.Preformatted,
                    "td" or "th" => ContentBlockKind.TableCell,
                    _ => ContentBlockKind.Paragraph,
                };
            }
            else if (tag is "img" or "sup" && current.Length > 0)
            {
                continue;
            }

            stack.Push((e, true, inLink));
            bool childInLink = inLink || tag == "a";
            // (By index: AngleSharp finds a node's previous sibling by searching its parent's children, which made walking a
            // long list of siblings backwards quadratic.)
            INodeList children = e.ChildNodes;
            for (int c = children.Length - 1; c >= 0; c--)
            {
                INode child = children[c];
                stack.Push((child, false, childInLink));
            }
        }

        Flush();
    }

    /// <summary>
    /// True when the page's JSON-LD <c>articleBody</c> quotes the whole text of a block that the layout rules would
    /// drop (a short paragraph in its own "card" box): the publisher says it is body. Captions and asides stay out.
    /// </summary>
    private static bool Quoted(PageNodes nodes, int index, string? bodyKey)
    {
        ref PageNodes.Node n = ref nodes[index];
        if (bodyKey is null || n.SubText < 20 || n.LinkDensity > 0.5 || HtmlHints.Furniture.Contains(n.Element.LocalName))
        {
            return false;
        }

        string key = Letters(TextOf(n.Element));
        return key.Length >= 20 && bodyKey.Contains(key, StringComparison.Ordinal);
    }

    /// <summary>Letters and digits only, lower-cased: text compared across markup and spacing differences.</summary>
    private static string Letters(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// An inline wrapper that holds all the text of its list item or paragraph (<c>&lt;li&gt;&lt;span class="a-list-item"&gt;</c>):
    /// its soft class word ("list", "card") names the markup, not furniture.
    /// </summary>
    private static bool IsWholeItem(PageNodes nodes, int index)
    {
        ref PageNodes.Node n = ref nodes[index];
        if (n.IsBlock || n.Parent < 0)
        {
            return false;
        }

        // Inline elements carry no text counts of their own (their block does): compare the text itself.
        IElement parent = nodes[n.Parent].Element;
        return parent.LocalName is "li" or "p" or "dd" && parent.ChildElementCount == 1
            && parent.TextContent.AsSpan().Trim().SequenceEqual(n.Element.TextContent.AsSpan().Trim());
    }

    /// <summary>True when an element inside the chosen container is furniture rather than body.</summary>
    private static bool Skip(PageNodes nodes, int index, int rootText)
    {
        ref PageNodes.Node n = ref nodes[index];
        string tag = n.Element.LocalName;
        if (HtmlHints.Furniture.Contains(tag))
        {
            return true;
        }

        double share = (double)n.SubText / rootText;
        if (n.ClassWeight <= HtmlHints.Weak && !(share > 0.5 && n.LinkDensity < 0.5))
        {
            return true;
        }

        if (n.ClassWeight == HtmlHints.Soft && share <= 0.5 && !(n.SubText >= 120 && n.LinkDensity < 0.25) && !IsWholeItem(nodes, index)
            && !(tag is "ul" or "ol" && n.LinkDensity == 0 && n.Element.ChildElementCount >= 3 && n.SubText >= 60))
        {
            return true;
        }

        if (tag is "ul" or "ol" or "table" or "dl" or "menu")
        {
            // Link lists: related stories, tag clouds, "more from".
            return n.LinkDensity > 0.5;
        }

        if (n.IsBlock && n.SubText > 0 && n.LinkDensity > 0.65 && n.SubText < 400 && tag is "div" or "section" or "p")
        {
            return true;
        }

        return false;
    }

    /// <summary>Appends text with runs of white space collapsed; returns the number of non-space characters added.</summary>
    private static int AppendCollapsed(StringBuilder sb, string data)
    {
        int added = 0;
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else if (c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD'))
            {
                sb.Append(c);
                added++;
            }
        }

        return added;
    }
}
