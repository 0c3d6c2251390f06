namespace BioBridge.Shared;

/// <summary>
/// Response headers that keep pages from being framed, sniffed or made to run foreign script
/// (CSP with frame-ancestors 'none'); HSTS is added by UseHsts on https only.
/// </summary>
public static class SecurityHeaders
{
    const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        context.Response.OnStarting(() =>
        {
            // The API reference page (Scalar) loads its own script bundle; it gets its own, looser policy.
            if (!context.Request.Path.StartsWithSegments("/api/docs"))
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        await next();
    });
}
