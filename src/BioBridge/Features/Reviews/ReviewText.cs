using BioBridge.Shared.Resources;

namespace BioBridge.Features.Reviews;

/// <summary>Marker for the UI strings of calls, submissions and reviews in ReviewText.resx, ReviewText.ko.resx and ReviewText.zh-Hans.resx.</summary>
public sealed class ReviewText
{
    /// <summary>A sentence of this feature in the reader's language (<see cref="Sentence"/>).</summary>
    public static string Say(Sentence english) => english.In<ReviewText>();
}
