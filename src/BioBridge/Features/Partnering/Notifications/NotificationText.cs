using BioBridge.Shared.Resources;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Partnering;

/// <summary>What a notification says, in the reader's language.</summary>
public static class NotificationText
{
    public static string For(NotificationKind kind, string? about, IStringLocalizer<Text> text) =>
        string.Format(text["notification:" + kind], about ?? "");
}
