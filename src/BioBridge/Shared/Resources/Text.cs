namespace BioBridge.Shared.Resources;

/// <summary>Marker for the UI strings in Text.resx, Text.ko.resx and Text.zh-Hans.resx.</summary>
public sealed class Text;
