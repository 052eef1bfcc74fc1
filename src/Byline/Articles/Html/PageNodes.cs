using AngleSharp.Dom;

namespace Byline.Articles.Html;

/// <summary>
/// The page's visible elements flattened in document order with their text statistics, computed in one iterative
/// pass (pages can nest tags 100,000 deep, so nothing here recurses).
/// </summary>
internal sealed class PageNodes
{
    public struct Node
    {
        public IElement Element;
        public int Parent;
        public int Depth;
        public bool IsBlock;

        /// <summary>Non-space characters whose nearest block ancestor is this element.</summary>
        public int OwnText;
        public int OwnLink;
        public int OwnCommas;

        /// <summary>Non-space characters in the whole subtree.</summary>
        public int SubText;
        public int SubLink;
        public int SubParagraphs;

        /// <summary>The number of indexed elements in the subtree, itself included: the subtree is [index, index + Size).</summary>
        public int Size;
        public double Score;
        public int ClassWeight;
        public bool BodyMarker;

        /// <summary>The element or an ancestor is marked as furniture (comments, related stories, a sidebar).</summary>
        public bool InFurniture;

        public readonly double LinkDensity => SubText == 0 ? 0 : (double)SubLink / SubText;
    }

    private Node[] _nodes = new Node[256];
    private readonly Dictionary<IElement, int> _index = new(ReferenceEqualityComparer.Instance);

    public int Count { get; private set; }

    public ref Node this[int i] => ref _nodes[i];

    /// <summary>True when one node contains the other (or they are the same).</summary>
    public bool Related(int a, int b) =>
        (a >= b && a < b + _nodes[b].Size) || (b >= a && b < a + _nodes[a].Size);

    public int IndexOf(IElement element) => _index.TryGetValue(element, out int i) ? i : -1;

    public static PageNodes Build(IElement root, CancellationToken cancellationToken)
    {
        var nodes = new PageNodes();
        var weights = new Dictionary<string, (int, bool)>(StringComparer.Ordinal);
        var stack = new Stack<(INode Node, int Parent, int Block, bool InLink, bool InFurniture)>();
        stack.Push((root, -1, -1, false, false));
        int steps = 0;
        while (stack.Count > 0)
        {
            if ((++steps & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            (INode node, int parent, int block, bool inLink, bool inFurniture) = stack.Pop();
            if (node is IText text)
            {
                if (block >= 0)
                {
                    (int chars, int commas) = CountText(text.Data);
                    ref Node b = ref nodes._nodes[block];
                    b.OwnText += chars;
                    b.OwnCommas += commas;
                    if (inLink)
                    {
                        b.OwnLink += chars;
                    }
                }

                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            string tag = element.LocalName;
            if (HtmlHints.Junk.Contains(tag) || HtmlHints.IsHidden(element))
            {
                continue;
            }

            int index = nodes.Add(element, parent);
            bool isBlock = HtmlHints.Blocks.Contains(tag) || block < 0;
            ref Node n = ref nodes._nodes[index];
            n.IsBlock = isBlock;
            n.Depth = parent < 0 ? 0 : nodes._nodes[parent].Depth + 1;
            // Pages repeat the same class attribute on hundreds of elements: weigh each distinct one once.
            string? cls = element.GetAttribute("class");
            if (string.IsNullOrEmpty(element.Id) && element.GetAttribute("itemprop") is null)
            {
                cls ??= "";
                if (!weights.TryGetValue(cls, out (int, bool) weight))
                {
                    weight = HtmlHints.ClassWeight(element);
                    weights[cls] = weight;
                }

                (n.ClassWeight, n.BodyMarker) = weight;
            }
            else
            {
                (n.ClassWeight, n.BodyMarker) = HtmlHints.ClassWeight(element);
            }

            bool wrapper = tag is "body" or "html" or "main" or "article";
            n.InFurniture = !n.BodyMarker && (inFurniture || (n.ClassWeight == HtmlHints.Strong && !wrapper) || tag is "aside" or "footer" or "nav");
            bool childFurniture = n.InFurniture;
            int childBlock = isBlock ? index : block;
            bool childInLink = inLink || tag == "a";
            // (By index: AngleSharp finds a node's previous sibling by searching its parent's children, which made walking a
            // long list of siblings backwards quadratic.)
            INodeList children = element.ChildNodes;
            for (int c = children.Length - 1; c >= 0; c--)
            {
                INode child = children[c];
                stack.Push((child, index, childBlock, childInLink, childFurniture));
            }
        }

        // Children follow their parent in document order, so one backward pass sums every subtree.
        for (int i = nodes.Count - 1; i >= 0; i--)
        {
            ref Node n = ref nodes._nodes[i];
            n.SubText += n.OwnText;
            n.SubLink += n.OwnLink;
            n.Size++;
            if (n.IsBlock && n.OwnText >= 25)
            {
                n.SubParagraphs++;
            }

            if (n.Parent >= 0)
            {
                ref Node p = ref nodes._nodes[n.Parent];
                p.SubText += n.SubText;
                p.SubLink += n.SubLink;
                p.SubParagraphs += n.SubParagraphs;
                p.Size += n.Size;
            }
        }

        return nodes;
    }

    private int Add(IElement element, int parent)
    {
        if (Count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        _nodes[Count] = new Node { Element = element, Parent = parent };
        _index[element] = Count;
        return Count++;
    }

    private static (int Chars, int Commas) CountText(string data)
    {
        int chars = 0, commas = 0;
        foreach (char c in data)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars++;
                if (c is ',' or '，' or '、' or '،')
                {
                    commas++;
                }
            }
        }

        return (chars, commas);
    }
}
