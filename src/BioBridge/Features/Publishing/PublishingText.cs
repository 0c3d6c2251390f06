using BioBridge.Shared.Resources;

namespace BioBridge.Features.Publishing;

/// <summary>Marker for the publishing feature's UI strings (profile editing, vetting, translation, visibility) in PublishingText*.resx.</summary>
public sealed class PublishingText
{
    /// <summary>A sentence of this feature in the reader's language (<see cref="Sentence"/>).</summary>
    public static string Say(Sentence english) => english.In<PublishingText>();
}
