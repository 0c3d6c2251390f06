using BioBridge.Shared.Resources;

namespace BioBridge.Features.Events;

/// <summary>Marker for the messages of events and their organizers in EventText.resx, EventText.ko.resx and EventText.zh-Hans.resx.</summary>
public sealed class EventText
{
    /// <summary>A sentence of this feature in the reader's language (<see cref="Sentence"/>).</summary>
    public static string Say(Sentence english) => english.In<EventText>();
}
