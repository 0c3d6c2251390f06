using System.Globalization;

namespace BioBridge.Shared.Resources;

/// <summary>The three languages of the platform: "ko", "zh" (simplified Chinese, culture zh-Hans) and "en".</summary>
public static class UiLanguage
{
    public const string Korean = "ko";
    public const string Chinese = "zh";
    public const string English = "en";

    public static readonly string[] All = [Korean, Chinese, English];
    public static readonly string[] CultureNames = ["ko", "zh-Hans", "en"];

    /// <summary>Maps a culture or language code (ko-KR, zh-CN, zh-Hans, en-US...) to ko, zh or en; unknown means en.</summary>
    public static string FromCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return English;
        var lower = code.Trim().ToLowerInvariant();
        if (lower.StartsWith("ko", StringComparison.Ordinal)) return Korean;
        if (lower.StartsWith("zh", StringComparison.Ordinal)) return Chinese;
        return English;
    }

    public static string Current => FromCode(CultureInfo.CurrentUICulture.Name);

    /// <summary>The language an API call asks for with its lang value, or the request's own when it names none.</summary>
    public static string Requested(string? lang) => lang is null ? Current : FromCode(lang);

    /// <summary>Switches the UI culture to a language until disposed: a mail is written in its reader's language, not the request's.</summary>
    public static IDisposable Use(string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(CultureName(language));
        return new Restore(() => CultureInfo.CurrentUICulture = previous);
    }

    sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    public static string CultureName(string language) => language switch
    {
        Korean => "ko",
        Chinese => "zh-Hans",
        _ => "en",
    };

    /// <summary>The language's own name, as a switcher shows it.</summary>
    public static string Endonym(string language) => language switch
    {
        Korean => "한국어",
        Chinese => "中文",
        _ => "English",
    };
}
