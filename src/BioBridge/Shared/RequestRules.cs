using BioBridge.Shared.Resources;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;

namespace BioBridge.Shared;

/// <summary>
/// Rules every request meets before a feature sees it: a refused request says why (problem details with the reason and
/// the right status: 400, 413, 403), a rejected rate says when to come back, and a cookie session never writes from
/// another site's page.
/// </summary>
public static class RequestRules
{
    public static IServiceCollection AddRequestRules(this IServiceCollection services)
    {
        // Minimal APIs answer a body they cannot read with a bare 400; thrown instead, BadRequestHandler says why.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestHandler>();
        return services;
    }

    /// <summary>Retry-After on every 429: the limiter's own hint when it has one, otherwise its window.</summary>
    public static ValueTask OnRateLimited(OnRejectedContext context, CancellationToken ct)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Cross-site writes: a write carried by the session cookie whose Origin (or, lacking it, Referer) names another
    /// site is refused before anything runs. Antiforgery tokens guard the forms; this guards the endpoints that take
    /// uploads without one. A bearer-token call carries no ambient credential, so it needs neither: its antiforgery
    /// check is marked passed.
    /// </summary>
    public static IApplicationBuilder UseSameOriginWrites(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            await next(http);
            return;
        }
        if (BearerHeader.IsCarriedBy(request))
        {
            http.Features.Set<IAntiforgeryValidationFeature>(new PassedAntiforgery());
            await next(http);
            return;
        }
        if (ForeignSource(request) is { } source)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = StatusCodes.Status403Forbidden, Title = Text.Say("Cross-site request refused"),
                    Detail = Text.Say($"A write from another site ({source}) is not accepted with this site's session; use the page or an access token."),
                },
            });
            return;
        }
        await next(http);
    });

    /// <summary>
    /// The other site a browser says the write comes from; null when it is this site, or when no browser said (API clients
    /// send neither header). Host names only: a reverse proxy may pass the host without its port.
    /// </summary>
    static string? ForeignSource(HttpRequest request)
    {
        var source = request.Headers.Origin.Count > 0 ? request.Headers.Origin.ToString() : request.Headers.Referer.ToString();
        if (source.Length == 0)
            return null;
        return Uri.TryCreate(source, UriKind.Absolute, out var uri)
            && string.Equals(uri.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase) ? null : source;
    }

    sealed class PassedAntiforgery : IAntiforgeryValidationFeature
    {
        public bool IsValid => true;
        public Exception? Error => null;
    }
}
