using BioBridge.Shared.Resources;

namespace BioBridge.Features.Opportunities;

/// <summary>Marker for the messages of opportunities and expressions of interest in OpportunityText.resx, OpportunityText.ko.resx and OpportunityText.zh-Hans.resx.</summary>
public sealed class OpportunityText
{
    /// <summary>A sentence of this feature in the reader's language (<see cref="Sentence"/>).</summary>
    public static string Say(Sentence english) => english.In<OpportunityText>();
}
