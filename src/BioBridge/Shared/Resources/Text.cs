namespace BioBridge.Shared.Resources;

/// <summary>Marker for the UI strings in Text.resx, Text.ko.resx and Text.zh-Hans.resx.</summary>
public sealed class Text
{
    /// <summary>A sentence of this feature in the reader's language (<see cref="Sentence"/>).</summary>
    public static string Say(Sentence english) => english.In<Text>();
}
