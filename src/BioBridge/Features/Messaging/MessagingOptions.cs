using System.ComponentModel.DataAnnotations;

namespace BioBridge.Features.Messaging;

/// <summary>Settings of the unread-message digest (configuration section BioBridge:Messaging).</summary>
public sealed class MessagingOptions
{
    public const string Section = "BioBridge:Messaging";

    /// <summary>A user gets at most one digest per this many minutes.</summary>
    [Range(1, 7 * 24 * 60)]
    public int DigestIntervalMinutes { get; set; } = 24 * 60;

    /// <summary>A message is mailed only after it stayed unread this long: what people read in the app is not mailed.</summary>
    [Range(0, 24 * 60)]
    public int DigestDelayMinutes { get; set; } = 15;
}
