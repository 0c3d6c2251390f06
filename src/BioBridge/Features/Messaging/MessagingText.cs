using BioBridge.Shared.Resources;

namespace BioBridge.Features.Messaging;

/// <summary>Marker for the messaging and reminder strings in MessagingText.resx, .ko.resx and .zh-Hans.resx.</summary>
public sealed class MessagingText
{
    /// <summary>A sentence of this feature in the reader's language (<see cref="Sentence"/>).</summary>
    public static string Say(Sentence english) => english.In<MessagingText>();
}
