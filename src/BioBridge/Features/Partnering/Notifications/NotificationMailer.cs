using BioBridge.Data;
using BioBridge.Language;
using BioBridge.Shared.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Mails the notifications table (an outbox) through SMTP, each in the recipient's language: their
/// account's preferred language when the delegate has an account, else the first language they meet in. A node claims a
/// notification by stamping it before sending, so several nodes never send one twice; a failed send is released
/// and retried a few times. Notifications older than a day are not mailed (they are still shown in the app).
/// </summary>
public sealed class NotificationMailer(IServiceProvider services, IOptions<SmtpOptions> options, TimeProvider clock,
    IHostApplicationLifetime lifetime, ILogger<NotificationMailer> log) : BackgroundService
{
    const int MaxAttempts = 5;

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Host))
            return;
        await lifetime.WaitForStartAsync(ct);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds));
        do
        {
            try
            {
                await SendPendingAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Mailing notifications failed");
            }
        }
        while (await timer.WaitForNextTickAsync(ct));
    }

    public async Task<int> SendPendingAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<Text>>();
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-1);
        var pending = await db.Notifications.AsNoTracking()
            .Where(n => n.EmailedAt == null && n.EmailAttempts < MaxAttempts && n.CreatedAt > since)
            .OrderBy(n => n.Id).Take(50)
            .Join(db.Delegates, n => n.DelegateId, d => d.Id, (n, d) => new
            {
                Notification = n, d.Email, d.DisplayName, d.Languages,
                AccountLanguage = db.Users.Where(u => u.Id == d.UserId).Select(u => u.PreferredLanguage).FirstOrDefault(),
            })
            .Join(db.Events, x => x.Notification.EventId, e => e.Id, (x, e) => new
            {
                x.Notification, x.Email, x.DisplayName, x.Languages, x.AccountLanguage, e.Slug, e.NameKo, e.NameZh, e.NameEn,
            })
            .ToListAsync(ct);
        if (pending.Count == 0)
            return 0;

        var o = options.Value;
        using var smtp = await o.ConnectAsync(ct);
        var sent = 0;
        foreach (var x in pending)
        {
            var id = x.Notification.Id;
            var claimed = await db.Notifications.Where(n => n.Id == id && n.EmailedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, now), ct);
            if (claimed == 0)
                continue;
            try
            {
                var language = RecipientLanguage(x.AccountLanguage, x.Languages);
                await smtp.SendAsync(Message(o, x.Email, x.DisplayName, x.Slug, x.Notification, new LocalizedText(x.NameKo, x.NameZh, x.NameEn),
                    language, text), ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Mailing notification {Notification} to {Email} failed", id, x.Email);
                await db.Notifications.Where(n => n.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, (DateTime?)null).SetProperty(n => n.EmailAttempts, n => n.EmailAttempts + 1), ct);
            }
        }
        await smtp.DisconnectAsync(quit: true, ct);
        return sent;
    }

    /// <summary>The language of the delegate's account when they have one that chose it, else the first they meet in.</summary>
    static string RecipientLanguage(string? accountLanguage, IReadOnlyList<string> meetingLanguages) =>
        accountLanguage is { Length: > 0 } ? UiLanguage.FromCode(accountLanguage)
            : meetingLanguages.Select(UiLanguage.FromCode).FirstOrDefault() ?? UiLanguage.English;

    static MimeMessage Message(SmtpOptions o, string email, string name, string eventSlug, Notification n, LocalizedText eventName,
        string language, IStringLocalizer<Text> text)
    {
        // The localizer reads the current UI culture: the delegate's language, for this message only.
        using var _ = UiLanguage.Use(language);
        var what = NotificationText.For(n.Kind, n.About, text);
        var title = eventName.GetWithFallback(language).Text ?? eventSlug;
        var body = what;
        if (!string.IsNullOrWhiteSpace(o.PublicUrl))
            body += $"\n\n{o.PublicUrl.TrimEnd('/')}/events/{eventSlug}/partnering?delegate={n.DelegateId}";
        var message = new MimeMessage { Subject = $"{title}: {what}", Body = new TextPart("plain") { Text = body } };
        message.From.Add(MailboxAddress.Parse(o.From));
        message.To.Add(new MailboxAddress(name, email));
        return message;
    }
}
