using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;

namespace BioBridge.Shared;

/// <summary>Answers database faults as 503/507 with the reason (problem details for the API, a short page otherwise).</summary>
public sealed class DatabaseFaultHandler(IProblemDetailsService problems, ILogger<DatabaseFaultHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (DatabaseFault.Of(exception) is not { } fault)
            return false;
        log.LogWarning("{Method} {Path} answered {Status}: database {Fault} ({Error})", http.Request.Method, http.Request.Path,
            fault.Status, fault.Kind, exception.GetBaseException().Message);
        http.Response.StatusCode = fault.Status;
        if (fault.Kind != DatabaseFaultKind.Full)
            http.Response.Headers.RetryAfter = "5";
        var wantsPage = !http.Request.Path.StartsWithSegments("/api")
            && http.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
        if (wantsPage)
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            var text = System.Net.WebUtility.HtmlEncode(fault.Text);
            await http.Response.WriteAsync(
                $"<!doctype html><html lang=\"{CultureInfo.CurrentUICulture.Name}\"><meta charset=\"utf-8\"><title>BioBridge</title><main><h1>BioBridge</h1><p role=\"alert\">{text}</p></main></html>", ct);
            return true;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = fault.Status, Title = fault.Kind.ToString(), Detail = fault.Text },
        });
    }
}
