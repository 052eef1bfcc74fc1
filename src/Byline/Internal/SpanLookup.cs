using System.Runtime.CompilerServices;

namespace Byline.Internal;

/// <summary>
/// A frozen string-to-value table that is queried with <see cref="ReadOnlySpan{T}"/> keys without allocating.
/// (FrozenDictionary's span lookup needs .NET 9; this works on every target and is tuned for short keys.)
/// </summary>
internal sealed class SpanLookup<TValue>
{
    private readonly int[] _buckets;      // index+1 of the first entry in each bucket, 0 = empty
    private readonly Entry[] _entries;
    private readonly bool _ignoreCase;

    private struct Entry
    {
        public string Key;
        public TValue Value;
        public int Hash;
        public int Next; // index+1 of the next entry, 0 = end
    }

    public SpanLookup(IEnumerable<KeyValuePair<string, TValue>> items, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var list = new List<KeyValuePair<string, TValue>>();
        var seen = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (seen.Add(item.Key))
                list.Add(item);
        }

        int size = 1;
        while (size < list.Count * 2) size <<= 1;
        _buckets = new int[size];
        _entries = new Entry[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            int h = Hash(list[i].Key);
            ref int bucket = ref _buckets[h & (size - 1)];
            _entries[i] = new Entry { Key = list[i].Key, Value = list[i].Value, Hash = h, Next = bucket };
            bucket = i + 1;
        }
    }

    public int Count => _entries.Length;

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var e in _entries) yield return e.Key;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Hash(ReadOnlySpan<char> key) =>
        _ignoreCase ? string.GetHashCode(key, StringComparison.OrdinalIgnoreCase) : string.GetHashCode(key);

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        if (_entries.Length != 0)
        {
            int h = Hash(key);
            for (int i = _buckets[h & (_buckets.Length - 1)]; i != 0; i = _entries[i - 1].Next)
            {
                ref Entry e = ref _entries[i - 1];
                if (e.Hash == h && (_ignoreCase
                        ? key.Equals(e.Key, StringComparison.OrdinalIgnoreCase)
                        : key.SequenceEqual(e.Key)))
                {
                    value = e.Value;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> key) => TryGetValue(key, out _);
}

/// <summary>A frozen set of strings queried with spans.</summary>
internal sealed class SpanSet
{
    private readonly SpanLookup<bool> _lookup;

    public SpanSet(IEnumerable<string> items, bool ignoreCase) =>
        _lookup = new SpanLookup<bool>(items.Select(s => new KeyValuePair<string, bool>(s, true)), ignoreCase);

    public int Count => _lookup.Count;

    public bool Contains(ReadOnlySpan<char> key) => _lookup.Contains(key);
}
