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

    /// <summary>
    /// The console's language, as POSIX locales choose the language of messages: the first set of LC_ALL, LC_MESSAGES
    /// and LANG (ko_KR.UTF-8 is Korean, zh_CN.UTF-8 Chinese, C and anything else English); the UI culture the process
    /// started with where none is set (Windows).
    /// </summary>
    public static string OfConsole(Func<string, string?> variable)
    {
        var locale = new[] { "LC_ALL", "LC_MESSAGES", "LANG" }.Select(variable).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        return FromCode(locale ?? CultureInfo.CurrentUICulture.Name);
    }

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
