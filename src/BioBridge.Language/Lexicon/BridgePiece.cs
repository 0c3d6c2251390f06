namespace BioBridge.Language;

/// <summary>A dictionary word inside a compound: its surface and where it lies in the compound (in characters).</summary>
public readonly record struct BridgePiece(string Surface, int Offset, int Length);
