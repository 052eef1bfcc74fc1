using System.Collections.Immutable;

namespace Byline.Entities;

/// <summary>Binary searches over mentions sorted by start, as every layer after recognition holds them.</summary>
internal static class MentionSearch
{
    /// <summary>How many mentions start before <paramref name="position"/>: the index of the first that starts at or after it.</summary>
    public static int StartingBefore(ImmutableArray<EntityMention> mentions, int position)
    {
        int lo = 0, hi = mentions.IsDefault ? 0 : mentions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
