using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
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

    /// <summary>The app settings that mail here: plain SMTP on loopback, an outbox polled often, links to a fixed public address.</summary>
    public IReadOnlyDictionary<string, string> AppSettings => new Dictionary<string, string>
    {
        ["BioBridge:Smtp:Host"] = "127.0.0.1",
        ["BioBridge:Smtp:Port"] = Port.ToString(),
        ["BioBridge:Smtp:Security"] = "None",
        ["BioBridge:Smtp:PollSeconds"] = "0.3",
        ["BioBridge:Smtp:PublicUrl"] = "https://biobridge.example",
    };
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
