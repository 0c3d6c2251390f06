namespace BioBridge.Language;

/// <summary>
/// The best split of a word's first syllables found so far: its cost (two per syllable left uncovered, one per
/// syllable a loanword covers), its pieces, and where its last piece starts.
/// </summary>
readonly record struct KoreanSplit(int Cost, int Pieces, int From, bool Known)
{
    public bool IsBetterThan(KoreanSplit other) => (Cost, Pieces).CompareTo((other.Cost, other.Pieces)) < 0;
}
