namespace BioBridge.Features.Cooperation;

/// <summary>Marker for the cooperation feature's UI strings in CooperationText.resx, .ko.resx and .zh-Hans.resx.</summary>
public sealed class CooperationText;
