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

/// <summary>When a user's last digest went out: the claim that keeps it to one per interval across all nodes.</summary>
public sealed class MessageDigestMark
{
    public required string UserId { get; set; }
    public DateTime LastSentAt { get; set; }
}
