namespace BioBridge.Language;

/// <summary>
/// A word of a text as the bridge sees it: an English stem, a Chinese word (jieba) or a Korean word (endings
/// trimmed), with the dictionary pieces a compound is made of (세포치료제: 세포 + 치료제; 临床试验: 临床 + 试验),
/// so a compound matches by its parts and by how much of it matched. Offsets are in the original text.
/// </summary>
public sealed record BridgeWord(string Surface, int Start, int End, IReadOnlyList<BridgePiece> Pieces)
{
    public bool IsEnglish => Surface.Length > 0 && !TextFolding.IsCjk(Surface[0]);
}
