using BioBridge.Shared.Resources;

namespace BioBridge.Features.Partnering;

/// <summary>Marker for the messages of partnering (registration, requests, scheduling, the day itself) in PartneringText.resx, PartneringText.ko.resx and PartneringText.zh-Hans.resx.</summary>
public sealed class PartneringText
{
    /// <summary>A sentence of this feature in the reader's language (<see cref="Sentence"/>).</summary>
    public static string Say(Sentence english) => english.In<PartneringText>();
}
