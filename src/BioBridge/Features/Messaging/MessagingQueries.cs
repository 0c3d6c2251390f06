using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Messaging;

/// <summary>
/// Reads of messaging. Who may see a thread is part of every query: a member sees the threads of their organization
/// (and the broadcasts of events it attends); the organizers of an event also read its meeting-request threads and broadcasts; a thread
/// outside that scope is simply not found. Messages of others in another language come translated for the reader
/// (ReadingTranslator; messages are private text).
/// </summary>
public sealed class MessagingQueries(AppDb db, ReadingTranslator reading)
{
    public const int InboxSize = 100;

    /// <summary>Threads the actor takes part in: they may post, and count them as unread.</summary>
    public IQueryable<MessageThread> PartyThreads(MessagingReader actor)
    {
        var organizationId = actor.OrganizationId;
        return db.MessageThreads.Where(t => organizationId != null && (
            (t.Kind != ThreadKind.Broadcast && (t.FirstOrganizationId == organizationId || t.SecondOrganizationId == organizationId)) ||
            (t.Kind == ThreadKind.Broadcast && db.Delegates.Any(d => d.EventId == t.EventId && d.OrganizationId == organizationId))));
    }

    /// <summary>Threads the actor may read: their own, plus, for organizers, meeting-request threads and broadcasts.</summary>
    public IQueryable<MessageThread> ReadableThreads(MessagingReader actor)
    {
        var own = PartyThreads(actor);
        var organized = actor.OrganizedEventIds;
        return db.MessageThreads.Where(t => own.Any(o => o.Id == t.Id) ||
            (t.Kind != ThreadKind.Opportunity && t.EventId != null && organized.Contains(t.EventId.Value)));
    }

    IQueryable<int> LastRead(int threadId, string userId) =>
        db.ThreadReadMarkers.Where(r => r.ThreadId == threadId && r.UserId == userId).Select(r => r.LastReadMessageId);

    public async Task<UnreadCount> UnreadAsync(MessagingReader actor, CancellationToken ct)
    {
        var userId = actor.User.Id;
        var threads = PartyThreads(actor);
        var total = await db.Messages.CountAsync(m => m.SenderUserId != userId && threads.Any(t => t.Id == m.ThreadId) &&
            m.Id > (db.ThreadReadMarkers.Where(r => r.ThreadId == m.ThreadId && r.UserId == userId).Select(r => (int?)r.LastReadMessageId).FirstOrDefault() ?? 0), ct);
        return new UnreadCount(total);
    }

    public async Task<IReadOnlyList<ThreadItem>> InboxAsync(MessagingReader actor, string language, CancellationToken ct)
    {
        var userId = actor.User.Id;
        var rows = await PartyThreads(actor).AsNoTracking()
            .OrderByDescending(t => t.LastMessageAt).ThenByDescending(t => t.Id).Take(InboxSize)
            .Select(t => new
            {
                Thread = t,
                Unread = db.Messages.Count(m => m.ThreadId == t.Id && m.SenderUserId != userId &&
                    m.Id > (db.ThreadReadMarkers.Where(r => r.ThreadId == t.Id && r.UserId == userId).Select(r => (int?)r.LastReadMessageId).FirstOrDefault() ?? 0)),
            })
            .ToListAsync(ct);
        var names = await NamesAsync(rows.Select(r => r.Thread), language, ct);
        return rows.Select(r => Item(r.Thread, r.Unread, names)).ToList();
    }

    public async Task<ThreadView?> ThreadAsync(MessagingReader actor, int threadId, string language, CancellationToken ct)
    {
        var thread = await ReadableThreads(actor).AsNoTracking().SingleOrDefaultAsync(t => t.Id == threadId, ct);
        if (thread is null)
            return null;
        var userId = actor.User.Id;
        var isParty = await PartyThreads(actor).AnyAsync(t => t.Id == threadId, ct);
        var lastRead = await LastRead(threadId, userId).Select(id => (int?)id).FirstOrDefaultAsync(ct) ?? 0;
        var messages = await db.Messages.AsNoTracking().Where(m => m.ThreadId == threadId).OrderBy(m => m.Id)
            .Select(m => new
            {
                m.Id, m.SenderUserId, m.SenderName, m.SenderOrganizationId, m.Body, m.SentAt,
                Files = m.Attachments.OrderBy(a => a.Id).Select(a => new MessageFileItem(a.Id, a.FileName, a.ContentType, a.Size)).ToList(),
            })
            .ToListAsync(ct);
        var organizationIds = messages.Where(m => m.SenderOrganizationId is not null).Select(m => m.SenderOrganizationId!.Value)
            .Concat(PartyIds(thread)).Distinct().ToList();
        var names = await OrganizationNamesAsync(organizationIds, language, ct);
        var unread = messages.Count(m => m.SenderUserId != userId && m.Id > lastRead);
        var read = await reading.ReadAsync(messages.Where(m => m.SenderUserId != userId).Select(m => m.Body), language, TextPrivacy.Private, ct);
        var items = messages.Select(m =>
        {
            // One's own messages are shown as written.
            var text = read.GetValueOrDefault(m.Body) ?? new ReadableText(m.Body, WrittenLanguage.Guess(m.Body), null, ReadingState.OwnLanguage);
            return new MessageItem(m.Id, m.SenderName, m.SenderOrganizationId is { } o ? names.GetValueOrDefault(o) : null, m.Body, m.SentAt,
                m.SenderUserId == userId, m.Files, text.Language, text.Translation, text.State);
        }).ToList();
        var canPost = isParty && thread.Kind != ThreadKind.Broadcast;
        return new ThreadView(Item(thread, isParty ? unread : 0, await NamesAsync([thread], language, ct)), canPost, items);
    }

    public async Task<MessageAttachment?> AttachmentAsync(MessagingReader actor, int threadId, int attachmentId, CancellationToken ct)
    {
        var readable = ReadableThreads(actor).Where(t => t.Id == threadId);
        return await db.MessageAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && db.Messages.Any(m => m.Id == a.MessageId && readable.Any(t => t.Id == m.ThreadId)))
            .SingleOrDefaultAsync(ct);
    }

    static IEnumerable<int> PartyIds(MessageThread t) =>
        new[] { t.FirstOrganizationId, t.SecondOrganizationId }.Where(id => id is not null).Select(id => id!.Value);

    sealed record ThreadNames(IReadOnlyDictionary<int, string> Organizations, IReadOnlyDictionary<int, string> EventSlugs,
        IReadOnlyDictionary<int, int> OpportunityOfInterest);

    async Task<ThreadNames> NamesAsync(IEnumerable<MessageThread> threads, string language, CancellationToken ct)
    {
        var list = threads.ToList();
        var organizations = await OrganizationNamesAsync(list.SelectMany(PartyIds).Distinct().ToList(), language, ct);
        var eventIds = list.Where(t => t.EventId is not null).Select(t => t.EventId!.Value).Distinct().ToList();
        var slugs = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Slug, ct);
        var interestIds = list.Where(t => t.InterestId is not null).Select(t => t.InterestId!.Value).ToList();
        var opportunities = await db.ExpressionsOfInterest.AsNoTracking().Where(i => interestIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.OpportunityId, ct);
        return new ThreadNames(organizations, slugs, opportunities);
    }

    async Task<IReadOnlyDictionary<int, string>> OrganizationNamesAsync(IReadOnlyCollection<int> ids, string language, CancellationToken ct) =>
        (await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct))
        .ToDictionary(o => o.Id, o => o.Name.GetWithFallback(language).Text ?? o.ExternalId);

    static ThreadItem Item(MessageThread t, int unread, ThreadNames names)
    {
        var slug = t.EventId is { } eventId ? names.EventSlugs.GetValueOrDefault(eventId) : null;
        var link = t.Kind switch
        {
            ThreadKind.Opportunity when t.InterestId is { } interest && names.OpportunityOfInterest.TryGetValue(interest, out var opportunity) =>
                $"/opportunities/{opportunity}",
            _ when slug is not null => $"/events/{slug}/partnering",
            _ => null,
        };
        var parties = PartyIds(t).Select(id => names.Organizations.GetValueOrDefault(id) ?? "").ToList();
        return new ThreadItem(t.Id, Kind(t.Kind), t.Subject, slug, t.MeetingRequestId, t.InterestId, parties, t.LastMessageAt, unread, link);
    }

    public static string Kind(ThreadKind kind) => kind switch
    {
        ThreadKind.MeetingRequest => "meeting-request",
        ThreadKind.Opportunity => "opportunity",
        _ => "broadcast",
    };
}
