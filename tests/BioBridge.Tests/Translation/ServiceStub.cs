using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BioBridge.Tests.Translation;

/// <summary>
/// A translation service's stand-in: a Kestrel listener on 127.0.0.1 that records each request as it arrived on
/// the wire and answers what the test scripts, in the real service's format.
/// </summary>
public sealed class ServiceStub : IAsyncDisposable
{
    public sealed record Request(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string ContentType, string Body)
    {
        public string Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant()) ?? "";
    }

    public sealed record Answer(int Status, string Body, string? RetryAfter = null);

    readonly WebApplication app;
    readonly List<Request> requests = [];

    ServiceStub(WebApplication app) => this.app = app;

    public IReadOnlyList<Request> Requests => requests;
    public Request Last => requests[^1];
    public string Url => app.Urls.Single();

    public static async Task<ServiceStub> StartAsync(Func<Request, Answer> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new ServiceStub(app);
        app.Run(async http =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            var request = new Request(http.Request.Method, http.Request.Path + http.Request.QueryString,
                http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), http.Request.ContentType ?? "", body);
            lock (stub.requests)
                stub.requests.Add(request);
            var reply = answer(request);
            http.Response.StatusCode = reply.Status;
            http.Response.ContentType = "application/json; charset=utf-8";
            if (reply.RetryAfter is not null)
                http.Response.Headers.RetryAfter = reply.RetryAfter;
            await http.Response.WriteAsync(reply.Body);
        });
        await app.StartAsync();
        return stub;
    }

    /// <summary>Options pointing the adapter at this stub.</summary>
    public IOptions<MachineTranslationOptions> Options(string provider, string? key = null, string? keyId = null) =>
        Microsoft.Extensions.Options.Options.Create(new MachineTranslationOptions { Provider = provider, Url = Url, Key = key, KeyId = keyId });

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
