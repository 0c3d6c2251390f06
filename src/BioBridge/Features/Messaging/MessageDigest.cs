using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Shared.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BioBridge.Features.Messaging;

/// <summary>
/// E-mails each user a digest of the messages of others they have not read, in their preferred language, at most once
/// per interval, each message in one digest at most. A node claims a user's digest with a conditional write of the
/// mark (insert, or update only if the last one is old enough) before it sends, so two nodes never mail the same
/// digest; a failed send gives the claim back. Broadcasts are not digested: they are mailed when sent.
/// </summary>
public sealed class MessageDigest(AppDb db, IOptions<SmtpOptions> smtp, IOptions<MessagingOptions> options, TimeProvider clock,
    IStringLocalizer<MessagingText> text, ILogger<MessageDigest> log)
{
    /// <summary>Messages older than this are never digested (they were read, or their reader is long gone).</summary>
    static readonly TimeSpan Horizon = TimeSpan.FromDays(7);

    sealed record Unread(int Id, int ThreadId, string Subject, string SenderUserId, string SenderName, string Body, DateTime SentAt,
        int? FirstOrganizationId, int? SecondOrganizationId);

    public async Task<int> HandleAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(smtp.Value.Host))
            return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var interval = TimeSpan.FromMinutes(options.Value.DigestIntervalMinutes);
        var since = now - Horizon;
        var delay = TimeSpan.FromMinutes(options.Value.DigestDelayMinutes);
        // The last digest took the messages up to its time minus the delay: this one starts there.
        var until = now - delay;
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.SentAt > since && m.SentAt <= until)
            .Join(db.MessageThreads.Where(t => t.Kind != ThreadKind.Broadcast), m => m.ThreadId, t => t.Id,
                (m, t) => new Unread(m.Id, m.ThreadId, t.Subject, m.SenderUserId, m.SenderName, m.Body, m.SentAt, t.FirstOrganizationId, t.SecondOrganizationId))
            .ToListAsync(ct);
        if (messages.Count == 0)
            return 0;
        var organizationIds = messages.SelectMany(m => new[] { m.FirstOrganizationId, m.SecondOrganizationId }).Where(o => o is not null).Distinct().ToList();
        // Only accounts with a mandate for the organization read its threads; a reviewer's affiliation is none.
        var memberRoles = db.Roles.Where(r => OrganizationMandate.Roles.Contains(r.Name)).Select(r => r.Id);
        var users = await db.Users.AsNoTracking().Where(u => u.OrganizationId != null && organizationIds.Contains(u.OrganizationId) && u.Email != null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && memberRoles.Contains(ur.RoleId)))
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.PreferredLanguage, u.OrganizationId }).ToListAsync(ct);
        var userIds = users.Select(u => u.Id).ToList();
        var threadIds = messages.Select(m => m.ThreadId).Distinct().ToList();
        var markers = (await db.ThreadReadMarkers.AsNoTracking().Where(r => userIds.Contains(r.UserId) && threadIds.Contains(r.ThreadId)).ToListAsync(ct))
            .ToDictionary(r => (r.UserId, r.ThreadId), r => r.LastReadMessageId);
        var marks = await db.MessageDigestMarks.AsNoTracking().Where(m => userIds.Contains(m.UserId)).ToDictionaryAsync(m => m.UserId, m => m.LastSentAt, ct);

        var sent = 0;
        foreach (var user in users)
        {
            var last = marks.TryGetValue(user.Id, out var at) ? at : (DateTime?)null;
            if (last > now - interval)
                continue;
            var unread = messages.Where(m => (m.FirstOrganizationId == user.OrganizationId || m.SecondOrganizationId == user.OrganizationId) &&
                m.SenderUserId != user.Id && m.Id > markers.GetValueOrDefault((user.Id, m.ThreadId)) && (last is null || m.SentAt > last - delay))
                .OrderBy(m => m.Id).ToList();
            if (unread.Count == 0 || !await ClaimAsync(user.Id, last, now, ct))
                continue;
            try
            {
                using var client = await smtp.Value.ConnectAsync(ct);
                await client.SendAsync(Mail(user.Email!, user.DisplayName, UiLanguage.FromCode(user.PreferredLanguage), unread), ct);
                await client.DisconnectAsync(quit: true, ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Mailing the message digest to {Email} failed", user.Email);
                await ReleaseAsync(user.Id, last, now, ct);
            }
        }
        return sent;
    }

    async Task<bool> ClaimAsync(string userId, DateTime? last, DateTime now, CancellationToken ct)
    {
        if (last is { } previous)
            return await db.MessageDigestMarks.Where(m => m.UserId == userId && m.LastSentAt == previous)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastSentAt, now), ct) == 1;
        var mark = new MessageDigestMark { UserId = userId, LastSentAt = now };
        db.MessageDigestMarks.Add(mark);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            db.Entry(mark).State = EntityState.Detached;
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    async Task ReleaseAsync(string userId, DateTime? last, DateTime claimedAt, CancellationToken ct)
    {
        var mine = db.MessageDigestMarks.Where(m => m.UserId == userId && m.LastSentAt == claimedAt);
        if (last is { } previous)
            await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.LastSentAt, previous), ct);
        else
            await mine.ExecuteDeleteAsync(ct);
    }

    MimeMessage Mail(string email, string? name, string language, IReadOnlyList<Unread> unread)
    {
        using var _ = UiLanguage.Use(language);
        var baseUrl = smtp.Value.PublicUrl?.TrimEnd('/');
        var body = new System.Text.StringBuilder();
        body.AppendLine(Counted.Format(text, "You have {0} unread messages on BioBridge.", unread.Count)).AppendLine();
        foreach (var thread in unread.GroupBy(m => m.ThreadId))
        {
            body.AppendLine(thread.First().Subject);
            foreach (var m in thread)
                body.AppendLine($"  {m.SenderName}: {(m.Body.Length > 200 ? m.Body[..200] + "…" : m.Body)}");
            if (baseUrl is not null)
                body.AppendLine($"  {baseUrl}/messages/{thread.Key}");
            body.AppendLine();
        }
        var message = new MimeMessage
        {
            Subject = Counted.Format(text, "BioBridge: {0} unread messages", unread.Count),
            Body = new TextPart("plain") { Text = body.ToString() },
        };
        message.From.Add(MailboxAddress.Parse(smtp.Value.From));
        message.To.Add(new MailboxAddress(name ?? email, email));
        return message;
    }
}
