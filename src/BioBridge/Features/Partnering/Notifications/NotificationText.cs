using System.ComponentModel.DataAnnotations;
using BioBridge.Data;
using BioBridge.Language;
using BioBridge.Shared.Resources;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BioBridge.Features.Partnering;

/// <summary>What a notification says, in the reader's language.</summary>
public static class NotificationText
{
    public static string For(NotificationKind kind, string? about, IStringLocalizer<Text> text) =>
        string.Format(text["notification:" + kind], about ?? "");
}
