using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Messaging;

/// <summary>The reader has seen a thread up to its latest message: its unread count drops to zero.</summary>
public sealed class MarkThreadRead(AppDb db, MessagingQueries queries, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(MessagingReader actor, int threadId, CancellationToken ct)
    {
        if (!await queries.ReadableThreads(actor).AnyAsync(t => t.Id == threadId, ct))
            return Outcome.NotFound(MessagingText.Say($"Thread {threadId} does not exist or is not yours."));
        var latest = await db.Messages.Where(m => m.ThreadId == threadId).MaxAsync(m => (int?)m.Id, ct) ?? 0;
        await UpToAsync(db, threadId, actor.User.Id, latest, clock.GetUtcNow().UtcDateTime, ct);
        return Outcome.Ok;
    }

    /// <summary>Moves the marker forward only (two tabs reading at once never move it back); creates it on first read.</summary>
    public static async Task UpToAsync(AppDb db, int threadId, string userId, int messageId, DateTime now, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var moved = await db.ThreadReadMarkers.Where(r => r.ThreadId == threadId && r.UserId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.LastReadMessageId, r => r.LastReadMessageId > messageId ? r.LastReadMessageId : messageId)
                    .SetProperty(r => r.ReadAt, now), ct);
            if (moved > 0)
                return;
            var marker = new ThreadReadMarker { ThreadId = threadId, UserId = userId, LastReadMessageId = messageId, ReadAt = now };
            db.ThreadReadMarkers.Add(marker);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException e) when (e.IsConstraintViolation())
            {
                // Another request of the same reader created it first: move that one.
                db.Entry(marker).State = EntityState.Detached;
            }
        }
    }
}
