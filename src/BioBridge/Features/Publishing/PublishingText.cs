namespace BioBridge.Features.Publishing;

/// <summary>Marker for the publishing feature's UI strings (profile editing, vetting, translation, visibility) in PublishingText*.resx.</summary>
public sealed class PublishingText;
