namespace BioBridge.Features.Accounts;

/// <summary>Marker for the UI strings of access control (event organizers) in SecurityText.resx, SecurityText.ko.resx and SecurityText.zh-Hans.resx.</summary>
public sealed class SecurityText;
