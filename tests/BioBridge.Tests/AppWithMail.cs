using Microsoft.AspNetCore.Hosting;
using MimeKit;

namespace BioBridge.Tests;

/// <summary>The demo app with its e-mails (notifications, invitations, confirmations, resets) sent to a local SMTP sink.</summary>
public abstract class AppWithMail(Provider provider) : BioBridgeApp(provider)
{
    public SmtpSink Sink { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Sink.AppSettings)
            builder.UseSetting(key, value);
        // Every test client shares one address: the per-address limit would count all the tests' sign-ins together.
        builder.UseSetting("BioBridge:Accounts:SignInsPerMinute", "10000");
    }

    /// <summary>The first e-mail to an address whose subject passes the filter, waiting up to 30 seconds for it.</summary>
    public async Task<MimeMessage> MailToAsync(string address, Func<MimeMessage, bool>? filter = null)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var mail = Sink.Messages.FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address == address) && (filter is null || filter(m)));
            if (mail is not null)
                return mail;
            await Task.Delay(100);
        }
        throw new ShouldAssertException($"no e-mail to {address} reached the SMTP sink");
    }
}
