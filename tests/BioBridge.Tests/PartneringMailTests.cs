using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using MimeKit;

namespace BioBridge.Tests;

/// <summary>
/// A local SMTP sink: just enough of RFC 5321 for a client to hand over messages, which it keeps in memory.
/// </summary>
public sealed class SmtpSink
{
    readonly TcpListener listener = new(IPAddress.Loopback, 0);

    public SmtpSink()
    {
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }
    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    async Task AcceptAsync()
    {
        while (true)
        {
            var client = await listener.AcceptTcpClientAsync();
            _ = Task.Run(() => SessionAsync(client));
        }
    }

    async Task SessionAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.UTF8);
        var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-sink");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        data.Append(dataLine.StartsWith("..") ? dataLine[1..] : dataLine).Append("\r\n");
                    Messages.Enqueue(MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(data.ToString()))));
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 ok");
                    break;
            }
        }
    }
}

/// <summary>The demo app on SQLite with its notifications mailed to a local SMTP sink.</summary>
public sealed class SqliteAppWithMail() : BioBridgeApp(Provider.Sqlite)
{
    public SmtpSink Sink { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("BioBridge:Smtp:Host", "127.0.0.1");
        builder.UseSetting("BioBridge:Smtp:Port", Sink.Port.ToString());
        builder.UseSetting("BioBridge:Smtp:Security", "None");
        builder.UseSetting("BioBridge:Smtp:PollSeconds", "0.3");
        builder.UseSetting("BioBridge:Smtp:PublicUrl", "https://biobridge.example");
    }
}

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

        MimeMessage? mail = null;
        for (var attempt = 0; attempt < 300 && mail is null; attempt++)
        {
            mail = app.Sink.Messages.FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address == "mail-chongqing@partnering.example"));
            if (mail is null)
                await Task.Delay(100);
        }
        mail.ShouldNotBeNull("no e-mail reached the SMTP sink");
        mail!.Subject!.ShouldContain("메일 보내는 사람 向您申请会谈");
        mail.Subject!.ShouldContain("2026首尔智慧生活周");
        mail.TextBody!.ShouldContain("https://biobridge.example/events/slw-2026/partnering?delegate=" + to);
    }

    static async Task<int> RegisterAsync(HttpClient member, string name, string language)
    {
        var response = await member.PostAsJsonAsync("/api/v1/events/slw-2026/delegates", new { displayName = name, languages = new[] { language } });
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
    }
}
