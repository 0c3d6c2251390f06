using System.Globalization;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Localization;

namespace BioBridge.Shared;

/// <summary>
/// Problem details in the reader's language: the request's culture (query, cookie, Accept-Language) also for the
/// problems written outside the localized part of the pipeline (the exception handler, status pages), and the
/// framework's English titles ("Not Found", "One or more validation errors occurred.") looked up in Text.resx.
/// </summary>
public static class ProblemLanguage
{
    public static void Localize(ProblemDetailsContext context)
    {
        using var _ = UseRequestLanguage(context.HttpContext);
        if (context.ProblemDetails.Title is { Length: > 0 } title)
            context.ProblemDetails.Title = Text.Say(title);
    }

    /// <summary>Switches to the language the request asked for until disposed.</summary>
    public static IDisposable UseRequestLanguage(HttpContext http) =>
        UiLanguage.Use(UiLanguage.FromCode(http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? CultureInfo.CurrentUICulture.Name));
}
