using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Diagnostics;

namespace BioBridge.Shared;

/// <summary>A request the framework could not read (malformed JSON, a body over the size limit, a bad form): its status and reason.</summary>
public sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad)
            return false;
        http.Response.StatusCode = bad.StatusCode;
        using var _ = ProblemLanguage.UseRequestLanguage(http);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? Text.Say("Request too large") : Text.Say("Request not readable"),
                Detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? Text.Say("The request body is larger than this endpoint accepts.")
                    : (bad.InnerException?.Message is { Length: > 0 } inner ? $"{bad.Message} {inner}" : bad.Message),
            },
        });
    }
}
