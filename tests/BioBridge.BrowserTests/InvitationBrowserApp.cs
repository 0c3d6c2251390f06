using BioBridge.Tests;
using MimeKit;

namespace BioBridge.BrowserTests;

/// <summary>The demo app with its e-mails sent to a local SMTP sink; links point to the running app.</summary>
public sealed class InvitationBrowserApp : RunningApp
{
    public SmtpSink Sink { get; } = new();

    protected override IEnumerable<string> Settings =>
        ["--BioBridge:Smtp:Host=127.0.0.1", $"--BioBridge:Smtp:Port={Sink.Port}", "--BioBridge:Smtp:Security=None"];

    public async Task<string> LinkMailedToAsync(string address, Func<MimeMessage, bool> filter)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var mail = Sink.Messages.FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address == address) && filter(m));
            if (mail is not null)
                return mail.TextBody!.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("http"));
            await Task.Delay(100);
        }
        throw new ShouldAssertException($"no e-mail to {address} reached the SMTP sink");
    }
}
