using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BioBridge.Tests;

/// <summary>Notifications by e-mail through a configured SMTP server, in the receiving delegate's language.</summary>
public sealed class PartneringMailTests(SqliteAppWithMail app) : IClassFixture<SqliteAppWithMail>
{
    [Fact]
    public async Task A_meeting_request_is_mailed_to_the_receiver_in_their_language()
    {
        var seoul = await app.MemberAsync("mail-seoul@partnering.example", "sbh-organofit");
        var chongqing = await app.MemberAsync("mail-chongqing@partnering.example", "cq-conjukang");
        var from = await RegisterAsync(seoul, "메일 보내는 사람", "ko");
        var to = await RegisterAsync(chongqing, "收信人", "zh");
        (await seoul.PostAsJsonAsync("/api/v1/events/slw-2026/requests", new { fromDelegateId = from, toDelegateId = to, priority = 2 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var mail = await app.MailToAsync("mail-chongqing@partnering.example");
        mail.Subject!.ShouldContain("메일 보내는 사람 向您申请会谈");
        mail.Subject!.ShouldContain("2026首尔智慧生活周");
        mail.TextBody!.ShouldContain("https://biobridge.example/events/slw-2026/partnering?delegate=" + to);
    }

    [Fact]
    public async Task A_notification_is_mailed_in_the_language_the_account_chose_over_the_delegates_meeting_language()
    {
        var chongqing = await app.MemberAsync("mail-sender@partnering.example", "cq-conjukang");
        var seoul = await app.MemberAsync("mail-korean@partnering.example", "sbh-organofit");
        (await seoul.GetAsync("/culture/ko?returnUrl=/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var from = await RegisterAsync(chongqing, "Wang Sender", "zh");
        var to = await RegisterAsync(seoul, "Kim Receiver", "en");
        (await chongqing.PostAsJsonAsync("/api/v1/events/slw-2026/requests", new { fromDelegateId = from, toDelegateId = to, priority = 2 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var mail = await app.MailToAsync("mail-korean@partnering.example");
        mail.Subject!.ShouldContain("Wang Sender 님이 미팅을 요청했습니다.");
    }

    static async Task<int> RegisterAsync(HttpClient member, string name, string language)
    {
        var response = await member.PostAsJsonAsync("/api/v1/events/slw-2026/delegates", new { displayName = name, languages = new[] { language } });
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
    }
}
