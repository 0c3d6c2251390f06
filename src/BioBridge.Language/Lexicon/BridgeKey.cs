namespace BioBridge.Language;

/// <summary>A key a word is known by, with how directly it names the word (1: itself or its Hanja spelling).</summary>
public readonly record struct BridgeKey(string Key, float Weight, bool English);
