namespace BioBridge.Site;

/// <summary>
/// A browser that opens a missing, refused or failing page gets a page in its language with a way back (ErrorPage);
/// the API, the OpenAPI document, health checks and anything that does not ask for HTML keep problem details.
/// </summary>
public static class ErrorPages
{
    const string Path = "/error/{0}";

    /// <summary>In place of UseExceptionHandler: a failure while rendering a page shows the "something went wrong" page.</summary>
    public static void UseExceptionPages(this IApplicationBuilder app)
    {
        // A scope of its own: the failed page's services (the navigation manager among them) are already initialized.
        app.UseWhen(WantsPage, page => page.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = string.Format(System.Globalization.CultureInfo.InvariantCulture, Path, StatusCodes.Status500InternalServerError),
            CreateScopeForErrors = true,
        }));
        app.UseWhen(http => !WantsPage(http), api => api.UseExceptionHandler());
    }

    /// <summary>In place of UseStatusCodePages: an empty 4xx/5xx answer to a page request becomes the page for its status.</summary>
    public static void UseStatusPages(this IApplicationBuilder app)
    {
        app.UseWhen(WantsPage, page => page.UseStatusCodePagesWithReExecute(Path, createScopeForStatusCodePages: true));
        app.UseWhen(http => !WantsPage(http), api => api.UseStatusCodePages());
    }

    /// <summary>A browser navigating (GET or HEAD, accepting HTML) to an address outside the machine-facing ones.</summary>
    static bool WantsPage(HttpContext http)
    {
        var request = http.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/openapi")
            && !request.Path.StartsWithSegments("/health") && !request.Path.StartsWithSegments("/_framework")
            && request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
    }
}
