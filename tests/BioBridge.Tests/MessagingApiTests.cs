using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static BioBridge.Tests.MessagingPair;

namespace BioBridge.Tests;

/// <summary>Message threads, unread counts, attachments and broadcasts through the API, on each provider.</summary>
public abstract class MessagingApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    Task<MessagingPair> PairAsync(string name, string seoulOrganization, string chongqingOrganization, string ev = MessagingPair.Event) =>
        MessagingPair.OfAsync(app, name, seoulOrganization, chongqingOrganization, ev);

    static async Task<int> UnreadAsync(HttpClient client) =>
        (await BioBridgeApp.OkJsonAsync(await client.GetAsync("/api/v1/threads/unread"))).GetProperty("total").GetInt32();

    [Fact]
    public async Task Only_the_parties_of_a_meeting_request_read_and_write_its_thread()
    {
        var pair = await PairAsync("parties", "sbh-organofit", "cq-conjukang");
        var thread = await OpenAsync(pair.Seoul, new { meetingRequestId = pair.RequestId });
        (await OpenAsync(pair.Chongqing, new { meetingRequestId = pair.RequestId })).ShouldBe(thread, "both sides share one thread");
        (await WriteAsync(pair.Seoul, thread, "안녕하세요, 미팅 전에 자료를 보내드립니다.")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var outsider = await app.MemberAsync($"outsider-{app.Provider}@messaging.example", "cq-xiaowan");
        (await outsider.GetAsync($"/api/v1/threads/{thread}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await WriteAsync(outsider, thread, "Let me in")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.PostAsJsonAsync("/api/v1/threads", new { meetingRequestId = pair.RequestId })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.PostAsync($"/api/v1/threads/{thread}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await BioBridgeApp.OkJsonAsync(await outsider.GetAsync("/api/v1/threads"))).EnumerateArray()
            .ShouldNotContain(t => t.GetProperty("id").GetInt32() == thread);
        (await app.Anonymous().GetAsync($"/api/v1/threads/{thread}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // Organizers read the conversation of their event, but do not take part in it.
        var organizer = await app.OperatorAsync();
        var seen = await BioBridgeApp.OkJsonAsync(await organizer.GetAsync($"/api/v1/threads/{thread}"));
        seen.GetProperty("messages")[0].GetProperty("body").GetString().ShouldBe("안녕하세요, 미팅 전에 자료를 보내드립니다.");
        seen.GetProperty("canPost").GetBoolean().ShouldBeFalse();
        (await WriteAsync(organizer, thread, "Organizer here")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var read = await BioBridgeApp.OkJsonAsync(await pair.Chongqing.GetAsync($"/api/v1/threads/{thread}"));
        read.GetProperty("messages").GetArrayLength().ShouldBe(1);
        read.GetProperty("canPost").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Unread_counts_rise_when_the_other_side_writes_and_fall_when_the_thread_is_read()
    {
        var pair = await PairAsync("unread", "sbh-qubitmol-ai", "cq-jinyun-tcm");
        var before = await UnreadAsync(pair.Chongqing);
        var thread = await OpenAsync(pair.Seoul, new { meetingRequestId = pair.RequestId });
        (await WriteAsync(pair.Seoul, thread, "First")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await WriteAsync(pair.Seoul, thread, "Second")).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await UnreadAsync(pair.Chongqing)).ShouldBe(before + 2);
        (await UnreadAsync(pair.Seoul)).ShouldBe(0, "one's own messages are never unread");
        var inbox = await BioBridgeApp.OkJsonAsync(await pair.Chongqing.GetAsync("/api/v1/threads"));
        inbox.EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == thread).GetProperty("unread").GetInt32().ShouldBe(2);

        (await pair.Chongqing.PostAsync($"/api/v1/threads/{thread}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await UnreadAsync(pair.Chongqing)).ShouldBe(before);

        (await WriteAsync(pair.Chongqing, thread, "回复")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await UnreadAsync(pair.Seoul)).ShouldBe(1);
        (await UnreadAsync(pair.Chongqing)).ShouldBe(before);
    }

    [Fact]
    public async Task Attachments_are_refused_by_content_and_size_with_the_file_named()
    {
        var pair = await PairAsync("files", "sbh-organofit", "cq-xiaowan");
        var thread = await OpenAsync(pair.Seoul, new { meetingRequestId = pair.RequestId });

        var renamed = await WriteAsync(pair.Seoul, thread, "See attached", ("brochure.pdf", Encoding.ASCII.GetBytes("MZ\u0090 this is an executable")));
        renamed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await renamed.Content.ReadAsStringAsync()).ShouldContain("'brochure.pdf': the content is not a pdf file");
        var script = await WriteAsync(pair.Seoul, thread, "See attached", ("run.sh", "#!/bin/sh\n"u8.ToArray()));
        script.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await script.Content.ReadAsStringAsync()).ShouldContain("'run.sh': this type of file is not accepted");
        var huge = new byte[10 * 1024 * 1024 + 1];
        "%PDF-1.7"u8.CopyTo(huge);
        var tooLarge = await WriteAsync(pair.Seoul, thread, "Big one", ("catalogue.pdf", huge));
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await tooLarge.Content.ReadAsStringAsync()).ShouldContain("'catalogue.pdf': the file has 10.0 MB; the limit is 10 MB.");
        (await BioBridgeApp.OkJsonAsync(await pair.Seoul.GetAsync($"/api/v1/threads/{thread}"))).GetProperty("messages").GetArrayLength()
            .ShouldBe(0, "a refused file refuses its whole message");

        var pdf = "%PDF-1.4\n%fake but well-formed enough\n"u8.ToArray();
        var accepted = await WriteAsync(pair.Seoul, thread, "<b>Deck</b> attached", ("deck.pdf", pdf), ("plan.docx", Docx()));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Created, await accepted.Content.ReadAsStringAsync());
        var view = await BioBridgeApp.OkJsonAsync(await pair.Chongqing.GetAsync($"/api/v1/threads/{thread}"));
        var message = view.GetProperty("messages")[0];
        message.GetProperty("body").GetString().ShouldBe("<b>Deck</b> attached");
        var files = message.GetProperty("attachments");
        files.GetArrayLength().ShouldBe(2);
        files[1].GetProperty("contentType").GetString().ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var fileId = files[0].GetProperty("id").GetInt32();
        var download = await pair.Chongqing.GetAsync($"/api/v1/threads/{thread}/attachments/{fileId}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        var outsider = await app.MemberAsync($"files-outsider-{app.Provider}@messaging.example", "cq-conjukang");
        (await outsider.GetAsync($"/api/v1/threads/{thread}/attachments/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            foreach (var part in new[] { "[Content_Types].xml", "word/document.xml" })
                using (var writer = new StreamWriter(zip.CreateEntry(part).Open()))
                    writer.Write("<xml/>");
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task A_message_longer_than_the_limit_is_refused_naming_the_field()
    {
        var pair = await PairAsync("long", "sbh-qubitmol-ai", "cq-xiaowan");
        var thread = await OpenAsync(pair.Seoul, new { meetingRequestId = pair.RequestId });
        var response = await WriteAsync(pair.Seoul, thread, new string('가', 4001));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("errors").GetProperty("body")[0].GetString()!.ShouldContain("at most 4,000 characters");
    }

    [Fact]
    public async Task An_opportunity_thread_belongs_to_the_owner_and_the_interested_organization()
    {
        var owner = await app.MemberAsync($"opp-owner-{app.Provider}@messaging.example", "cq-xiaowan");
        var created = await BioBridgeApp.JsonAsync(await owner.PostAsJsonAsync("/api/v1/opportunities",
            new { kind = "technology-offer", title = "微胶囊技术授权 messaging", body = "我们提供用于化妆品和食品的微胶囊包埋技术，寻求韩国合作伙伴。" }), HttpStatusCode.Created);
        var opportunity = created.GetProperty("id").GetInt32();
        await app.ApprovePendingAsync("cq-xiaowan"); // posts are vetted before other organizations see them
        var seeker = await app.MemberAsync($"opp-seeker-{app.Provider}@messaging.example", "sbh-organofit");
        (await seeker.PostAsJsonAsync($"/api/v1/opportunities/{opportunity}/interests", new { message = "관심이 있습니다." }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var interest = (await BioBridgeApp.OkJsonAsync(await owner.GetAsync($"/api/v1/opportunities/{opportunity}/interests")))[0].GetProperty("id").GetInt32();

        var thread = await OpenAsync(seeker, new { interestId = interest });
        (await WriteAsync(seeker, thread, "샘플을 받을 수 있을까요?")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var view = await BioBridgeApp.OkJsonAsync(await owner.GetAsync($"/api/v1/threads/{thread}"));
        view.GetProperty("thread").GetProperty("kind").GetString().ShouldBe("opportunity");
        view.GetProperty("thread").GetProperty("link").GetString().ShouldBe($"/opportunities/{opportunity}");

        (await (await app.OperatorAsync()).GetAsync($"/api/v1/threads/{thread}")).StatusCode.ShouldBe(HttpStatusCode.NotFound,
            "a conversation between two organizations about a post is theirs alone");
        var third = await app.MemberAsync($"opp-third-{app.Provider}@messaging.example", "cq-conjukang");
        (await third.PostAsJsonAsync("/api/v1/threads", new { interestId = interest })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_broadcast_reaches_the_inbox_and_notifications_of_every_delegate_of_the_event()
    {
        var ev = await MessagingFixtures.EventAsync(app.Services, $"broadcast-{app.Provider}".ToLowerInvariant(), DateTime.UtcNow.AddDays(20));
        var pair = await PairAsync("broadcast", "sbh-organofit", "cq-jinyun-tcm", ev.Slug);
        var organizer = await app.OperatorAsync();
        (await pair.Seoul.PostAsJsonAsync($"/api/v1/events/{ev.Slug}/broadcasts", new { subject = "x", body = "y" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var refused = await organizer.PostAsJsonAsync($"/api/v1/events/{ev.Slug}/broadcasts", new { subject = "", body = "y" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("subject");

        var sent = await BioBridgeApp.JsonAsync(await organizer.PostAsJsonAsync($"/api/v1/events/{ev.Slug}/broadcasts",
            new { subject = "Shuttle bus at 8:30", body = "The shuttle leaves COEX gate 3 at 8:30." }), HttpStatusCode.Created);
        var thread = sent.GetProperty("threadId").GetInt32();
        sent.GetProperty("delegates").GetInt32().ShouldBe(2);

        foreach (var (client, delegateId) in new[] { (pair.Seoul, pair.SeoulDelegate), (pair.Chongqing, pair.ChongqingDelegate) })
        {
            var inbox = await BioBridgeApp.OkJsonAsync(await client.GetAsync("/api/v1/threads"));
            var item = inbox.EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == thread);
            item.GetProperty("kind").GetString().ShouldBe("broadcast");
            item.GetProperty("unread").GetInt32().ShouldBe(1);
            var notifications = await BioBridgeApp.OkJsonAsync(await client.GetAsync($"/api/v1/events/{ev.Slug}/delegates/{delegateId}/notifications"));
            notifications.EnumerateArray().ShouldContain(n => n.GetProperty("kind").GetString() == "OrganizerMessage" &&
                n.GetProperty("about").GetString() == "Shuttle bus at 8:30");
            (await WriteAsync(client, thread, "Thanks")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        var outsider = await app.MemberAsync($"broadcast-outsider-{app.Provider}@messaging.example", "cq-xiaowan");
        (await outsider.GetAsync($"/api/v1/threads/{thread}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not a participant of the event");
    }
}
