using System.Net;
using System.Text.Json;
using static BioBridge.Tests.MessagingPair;

namespace BioBridge.Tests;

/// <summary>The default platform has no translation service: a message in another language comes as written, its language named.</summary>
public sealed class UntranslatedConversationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Without_a_translation_service_a_message_in_another_language_comes_as_written_with_its_language()
    {
        var pair = await OfAsync(app, "untranslated", "sbh-organofit", "cq-xiaowan");
        var thread = await OpenAsync(pair.Seoul, new { meetingRequestId = pair.RequestId });
        (await WriteAsync(pair.Seoul, thread, "내일 10시에 뵙겠습니다.")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var message = (await BioBridgeApp.OkJsonAsync(await pair.Chongqing.GetAsync($"/api/v1/threads/{thread}?lang=zh"))).GetProperty("messages")[0];
        message.GetProperty("body").GetString().ShouldBe("내일 10시에 뵙겠습니다.");
        message.GetProperty("language").GetString().ShouldBe("ko");
        message.GetProperty("translation").ValueKind.ShouldBe(JsonValueKind.Null);
        message.GetProperty("reading").GetString().ShouldBe("no-service");
    }
}
