using System.Net;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BioBridge.Tests.MessagingPair;

namespace BioBridge.Tests;

/// <summary>A conversation across languages with the fake translation service: each reader gets the other side's messages in their language.</summary>
public abstract class ConversationTranslationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TranslatingApp
{
    const string Korean = "안녕하세요, 미팅 전에 자료를 보내드립니다.";

    async Task<System.Text.Json.JsonElement> FirstMessageAsync(HttpClient reader, int thread, string lang) =>
        (await BioBridgeApp.OkJsonAsync(await reader.GetAsync($"/api/v1/threads/{thread}?lang={lang}"))).GetProperty("messages")[0];

    [Fact]
    public async Task A_message_of_the_other_side_comes_translated_with_its_original_unchanged_and_is_sent_to_the_service_once()
    {
        var pair = await OfAsync(app, "translated", "sbh-organofit", "cq-conjukang");
        var thread = await OpenAsync(pair.Seoul, new { meetingRequestId = pair.RequestId });
        (await WriteAsync(pair.Seoul, thread, Korean)).StatusCode.ShouldBe(HttpStatusCode.Created);

        for (var read = 0; read < 3; read++)
        {
            var message = await FirstMessageAsync(pair.Chongqing, thread, "zh");
            message.GetProperty("body").GetString().ShouldBe(Korean, "the original is kept as written");
            message.GetProperty("language").GetString().ShouldBe("ko");
            message.GetProperty("translation").GetString().ShouldBe($"[ko→zh] {Korean}");
            message.GetProperty("reading").GetString().ShouldBe("translated");
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var hash = TranslationMemory.Hash(Korean);
            var entry = await db.TranslationMemoryEntries.SingleAsync(e => e.Service == "fake" && e.SourceHash == hash && e.TargetLanguage == "zh");
            entry.Hits.ShouldBe(2, "the second and third reads come from the translation memory");
        }

        // The writer reads their own message as written; an organizer reading in English gets it in English.
        var own = await FirstMessageAsync(pair.Seoul, thread, "zh");
        own.GetProperty("reading").GetString().ShouldBe("own-language");
        own.GetProperty("translation").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var organizer = await FirstMessageAsync(await app.OperatorAsync(), thread, "en");
        organizer.GetProperty("translation").GetString().ShouldBe($"[ko→en] {Korean}");
    }
}
