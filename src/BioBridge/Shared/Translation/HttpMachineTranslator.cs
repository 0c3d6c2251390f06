using Microsoft.Extensions.Options;

namespace BioBridge.Shared;

/// <summary>
/// Any translation service behind a small JSON contract: POST Url with "Authorization: Bearer Key" and
/// {"text","source","target"}; the answer is {"text"}. An adapter can put any commercial API behind it.
/// </summary>
public sealed class HttpMachineTranslator(HttpClient http, IOptions<MachineTranslationOptions> options) : IMachineTranslator
{
    public sealed record Request(string Text, string Source, string Target);
    public sealed record Response(string? Text);

    public bool IsEnabled => true;

    public async Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.Url) { Content = JsonContent.Create(new Request(text, from, to)) };
        if (!string.IsNullOrEmpty(options.Value.Key))
            request.Headers.Authorization = new("Bearer", options.Value.Key);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<Response>(ct);
        return string.IsNullOrWhiteSpace(answer?.Text)
            ? throw new HttpRequestException($"The translation service at {options.Value.Url} answered without text.")
            : answer.Text.Trim();
    }
}
