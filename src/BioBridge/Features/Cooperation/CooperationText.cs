using BioBridge.Shared.Resources;

namespace BioBridge.Features.Cooperation;

/// <summary>Marker for the cooperation feature's UI strings in CooperationText.resx, .ko.resx and .zh-Hans.resx.</summary>
public sealed class CooperationText
{
    /// <summary>A sentence of this feature in the reader's language (<see cref="Sentence"/>).</summary>
    public static string Say(Sentence english) => english.In<CooperationText>();
}
