using System.Buffers;

namespace BioBridge.Language;

/// <summary>
/// A per-query table of states over index slots: pooled dense arrays, the list of slots touched, and a stamp per
/// slot instead of clearing. A slot holds a value only once this use (or this round, after <see cref="Reset"/>)
/// stamped it, so neither renting nor reusing a table costs a pass over 100,000 slots.
/// </summary>
sealed class SlotTable<T> : IDisposable where T : struct
{
    // Private pools: the shared pool trims its arrays at every full collection and would hand back new ones.
    static readonly ArrayPool<T> Values = ArrayPool<T>.Create(1 << 21, 32);
    static readonly ArrayPool<int> Slots = ArrayPool<int>.Create(1 << 21, 32);
    // Stamps are unique to this T's tables across queries, and their arrays hold nothing else: an array comes back
    // from its pool with old stamps in it, never one of this use's.
    static readonly ArrayPool<int> Stamps = ArrayPool<int>.Create(1 << 21, 32);
    static int lastStamp;

    readonly T[] values;
    readonly int[] stamps, touched;
    int stamp, count;

    public SlotTable(int slots)
    {
        values = Values.Rent(Math.Max(1, slots));
        stamps = Stamps.Rent(Math.Max(1, slots));
        touched = Slots.Rent(Math.Max(1, slots));
        stamp = Interlocked.Increment(ref lastStamp);
    }

    public ReadOnlySpan<int> Touched => touched.AsSpan(0, count);

    /// <summary>The state of a slot, started at default the first time this round.</summary>
    public ref T Touch(int slot)
    {
        if (stamps[slot] != stamp)
        {
            stamps[slot] = stamp;
            values[slot] = default;
            touched[count++] = slot;
        }
        return ref values[slot];
    }

    /// <summary>The state of a slot; default when it was not touched this round.</summary>
    public T this[int slot] => stamps[slot] == stamp ? values[slot] : default;

    /// <summary>Starts a new round: every slot is untouched again.</summary>
    public void Reset()
    {
        stamp = Interlocked.Increment(ref lastStamp);
        count = 0;
    }

    public void Dispose()
    {
        Values.Return(values);
        Stamps.Return(stamps);
        Slots.Return(touched);
    }
}
