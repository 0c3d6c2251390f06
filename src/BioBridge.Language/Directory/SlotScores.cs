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
    // A private pool: every array goes back cleared, so a rented one is always all zeros. A query over compound
    // words holds a few dozen at once (per word, per piece).
    static readonly ArrayPool<T> Pool = ArrayPool<T>.Create(1 << 21, 64);

    readonly T[] values;
    readonly List<int> touched = [];

    public SlotScores(int slots) => values = Pool.Rent(Math.Max(1, slots));

    public IReadOnlyList<int> Touched => touched;

    public T this[int slot] => values[slot];

    public void Add(int slot, T amount)
    {
        if (values[slot] == T.Zero)
            touched.Add(slot);
        values[slot] += amount;
    }

    public void Max(int slot, T amount)
    {
        if (values[slot] == T.Zero)
            touched.Add(slot);
        if (amount > values[slot])
            values[slot] = amount;
    }

    /// <summary>Sets bits (for masks of matched query parts); the caller passes a non-zero mask.</summary>
    public void Or(int slot, T bits)
    {
        if (values[slot] == T.Zero)
            touched.Add(slot);
        values[slot] |= bits;
    }

    public void Scale(int slot, T factor) => values[slot] *= factor;

    public void Dispose()
    {
        foreach (var slot in touched)
            values[slot] = T.Zero;
        Pool.Return(values);
    }
}
