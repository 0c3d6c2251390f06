using System.ComponentModel.DataAnnotations;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Partnering;
using BioBridge.Shared.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

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
