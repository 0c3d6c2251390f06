using System.Buffers;
using System.Numerics;

namespace BioBridge.Language;

/// <summary>
/// A sparse accumulator over index slots: a pooled dense array plus the list of slots touched, so a query
/// over 100,000 organizations neither allocates a large array nor walks the untouched ones.
/// Only positive amounts are added, so "non-zero" means "touched".
/// </summary>
sealed class SlotScores<T> : IDisposable where T : struct, IBinaryNumber<T>
{
    // A private pool: every array goes back cleared, so a rented one is always all zeros. A recommendation holds
    // about a dozen at once.
    static readonly ArrayPool<T> Pool = ArrayPool<T>.Create(1 << 21, 64);
    static readonly ArrayPool<int> Slots = ArrayPool<int>.Create(1 << 21, 64);

    readonly T[] values;
    // Each slot is listed once (when its value leaves zero), so the list never outgrows the slots.
    readonly int[] touched;
    int count;

    public SlotScores(int slots)
    {
        values = Pool.Rent(Math.Max(1, slots));
        touched = Slots.Rent(Math.Max(1, slots));
    }

    public ReadOnlySpan<int> Touched => touched.AsSpan(0, count);

    public T this[int slot] => values[slot];

    public void Add(int slot, T amount)
    {
        if (values[slot] == T.Zero)
            touched[count++] = slot;
        values[slot] += amount;
    }

    public void Max(int slot, T amount)
    {
        if (amount <= values[slot])
            return;
        if (values[slot] == T.Zero)
            touched[count++] = slot;
        values[slot] = amount;
    }

    public void Scale(int slot, T factor) => values[slot] *= factor;

    public void Dispose()
    {
        foreach (var slot in Touched)
            values[slot] = T.Zero;
        Pool.Return(values);
        Slots.Return(touched);
    }
}
