using System.Net;
using System.Net.Http.Json;

namespace BioBridge.Tests;

/// <summary>
/// Two members of organizations of the two clusters, each with a delegate (Korean and Chinese), and a meeting request
/// between them; with the API calls that open and write in their thread.
/// </summary>
public sealed record MessagingPair(HttpClient Seoul, HttpClient Chongqing, int SeoulDelegate, int ChongqingDelegate, int RequestId)
{
    public const string Event = "slw-2026";

    public static async Task<MessagingPair> OfAsync(BioBridgeApp app, string name, string seoulOrganization, string chongqingOrganization,
        string ev = Event)
    {
        var seoul = await app.MemberAsync($"{name}-seoul-{app.Provider}@messaging.example", seoulOrganization);
        var chongqing = await app.MemberAsync($"{name}-cq-{app.Provider}@messaging.example", chongqingOrganization);
        var from = await RegisterAsync(seoul, ev, $"{name} 서울", "ko");
        var to = await RegisterAsync(chongqing, ev, $"{name} 重庆", "zh");
        var request = await BioBridgeApp.JsonAsync(await seoul.PostAsJsonAsync($"/api/v1/events/{ev}/requests",
            new { fromDelegateId = from, toDelegateId = to, priority = 2 }), HttpStatusCode.Created);
        return new MessagingPair(seoul, chongqing, from, to, request.GetProperty("id").GetInt32());
    }

    static async Task<int> RegisterAsync(HttpClient member, string ev, string name, string language) =>
        (await BioBridgeApp.JsonAsync(await member.PostAsJsonAsync($"/api/v1/events/{ev}/delegates",
            new { displayName = name, languages = new[] { language } }), HttpStatusCode.Created)).GetProperty("id").GetInt32();

    /// <summary>Finds or starts the thread of a meeting request or an expression of interest; its id.</summary>
    public static async Task<int> OpenAsync(HttpClient client, object body) =>
        (await BioBridgeApp.OkJsonAsync(await client.PostAsJsonAsync("/api/v1/threads", body))).GetProperty("thread").GetProperty("id").GetInt32();

    public static Task<HttpResponseMessage> WriteAsync(HttpClient client, int thread, string body, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(body), "body" } };
        foreach (var (name, content) in files)
            form.Add(new ByteArrayContent(content), "files", name);
        return client.PostAsync($"/api/v1/threads/{thread}/messages", form);
    }
}
