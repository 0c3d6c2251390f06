using BioBridge.Features.Partnering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace BioBridge.Tests;

/// <summary>The demo app with mail to a local SMTP sink, a test clock, and the reminder job run by the tests themselves.</summary>
public abstract class MailAndClockApp(Provider provider) : BioBridgeApp(provider)
{
    public SmtpSink Sink { get; } = new();
    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Sink.AppSettings)
            builder.UseSetting(key, value);
        builder.UseSetting("BioBridge:Reminders:PollSeconds", "3600");
        builder.UseSetting("BioBridge:Messaging:DigestIntervalMinutes", "60");
        builder.UseSetting("BioBridge:Messaging:DigestDelayMinutes", "10");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Mails are sent by the notification mailer in the background: wait for the first that matches, then flush the outbox.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MailsAsync(Func<MimeMessage, bool> match)
    {
        for (var attempt = 0; attempt < 300 && !Sink.Messages.Any(match); attempt++)
            await Task.Delay(100);
        await Services.GetRequiredService<NotificationMailer>().SendPendingAsync(default);
        return Sink.Messages.Where(match).ToList();
    }
}
