namespace BioBridge.Shared;

/// <summary>
/// The one check of a "return to" address (sign-in, two-factor, language switch, uploads): a path on this site, or home.
/// Browsers read "/\evil" as "//evil" and drop tabs and line breaks inside a URL, so a backslash or a control
/// character anywhere makes an address foreign. Stricter than ASP.NET's IsLocalUrl, so LocalRedirect never throws.
/// </summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\'))
        && !url.Any(c => c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c));

    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
