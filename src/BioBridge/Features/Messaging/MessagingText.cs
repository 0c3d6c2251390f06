namespace BioBridge.Features.Messaging;

/// <summary>Marker for the messaging and reminder strings in MessagingText.resx, .ko.resx and .zh-Hans.resx.</summary>
public sealed class MessagingText;
