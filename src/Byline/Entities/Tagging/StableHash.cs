using System.Runtime.CompilerServices;

namespace Byline.Entities.Tagging;

/// <summary>
/// Hashes that stay the same across processes and platforms (string.GetHashCode is randomized per process), so
/// a model trained in one process can be used in another.
/// </summary>
internal static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = FnvOffset;
        foreach (char c in s)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Mix(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong OfLower(ReadOnlySpan<char> s)
    {
        ulong h = FnvOffset;
        foreach (char c in s)
        {
            char l = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            h = (h ^ l) * FnvPrime;
        }

        return Mix(h);
    }

    /// <summary>SplitMix64 finalizer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Mix(a ^ (b + 0x9e3779b97f4a7c15UL + (a << 6) + (a >> 2)));
}
