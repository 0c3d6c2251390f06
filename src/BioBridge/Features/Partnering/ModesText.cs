namespace BioBridge.Features.Partnering;

/// <summary>Marker for the UI strings of scheduling modes, caps, self-scheduling and hosted-buyer preferences in ModesText.resx, ModesText.ko.resx and ModesText.zh-Hans.resx.</summary>
public sealed class ModesText;
