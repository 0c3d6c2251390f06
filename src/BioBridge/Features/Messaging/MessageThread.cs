using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Features.Opportunities;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Messaging;

public enum ThreadKind { MeetingRequest, Opportunity, Broadcast }

/// <summary>
/// A conversation: the two sides of a meeting request, the owner of an opportunity and one interested organization,
/// or the organizers of an event writing to all its participants. The two party organizations are stored on the
/// thread so that "may I read this" is a filter of the query itself.
/// </summary>
public sealed class MessageThread
{
    public const int MaxSubjectLength = 200;

    public int Id { get; private set; }
    public ThreadKind Kind { get; private set; }
    public int? EventId { get; private set; }
    public int? MeetingRequestId { get; private set; }
    public int? InterestId { get; private set; }
    /// <summary>The parties: requester and receiver, or opportunity owner and interested organization; null on a broadcast.</summary>
    public int? FirstOrganizationId { get; private set; }
    public int? SecondOrganizationId { get; private set; }
    public string Subject { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime LastMessageAt { get; set; }

    public List<Message> Messages { get; private set; } = [];

    public static MessageThread ForMeetingRequest(MeetingRequest request, int fromOrganizationId, int toOrganizationId, string subject, DateTime now) =>
        new()
        {
            Kind = ThreadKind.MeetingRequest, EventId = request.EventId, MeetingRequestId = request.Id,
            FirstOrganizationId = fromOrganizationId, SecondOrganizationId = toOrganizationId, Subject = Clip(subject), CreatedAt = now, LastMessageAt = now,
        };

    public static MessageThread ForInterest(Opportunity opportunity, ExpressionOfInterest interest, DateTime now) =>
        new()
        {
            Kind = ThreadKind.Opportunity, InterestId = interest.Id, FirstOrganizationId = opportunity.OrganizationId,
            SecondOrganizationId = interest.OrganizationId, Subject = Clip(opportunity.Title), CreatedAt = now, LastMessageAt = now,
        };

    public static MessageThread Broadcast(int eventId, string subject, DateTime now) =>
        new() { Kind = ThreadKind.Broadcast, EventId = eventId, Subject = Clip(subject), CreatedAt = now, LastMessageAt = now };

    static string Clip(string subject) => subject.Length > MaxSubjectLength ? subject[..MaxSubjectLength] : subject;
}

/// <summary>One message: plain text (rendered escaped, never as markup) and its attachments.</summary>
public sealed class Message
{
    public const int MaxBodyLength = 4000;

    public int Id { get; private set; }
    public int ThreadId { get; set; }
    public required string SenderUserId { get; set; }
    /// <summary>The sender's name and organization as they were when writing: a renamed account does not rewrite history.</summary>
    public required string SenderName { get; set; }
    public int? SenderOrganizationId { get; set; }
    public required string Body { get; set; }
    public DateTime SentAt { get; set; }
    public List<MessageAttachment> Attachments { get; set; } = [];
}

/// <summary>A file sent with a message, kept in the database; its type was checked by its content, not its name.</summary>
public sealed class MessageAttachment
{
    public int Id { get; private set; }
    public int MessageId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public int Size { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>How far one user has read one thread: every message after LastReadMessageId (not their own) is unread.</summary>
public sealed class ThreadReadMarker
{
    public int ThreadId { get; set; }
    public required string UserId { get; set; }
    public int LastReadMessageId { get; set; }
    public DateTime ReadAt { get; set; }
}

sealed class MessageThreadConfiguration : IEntityTypeConfiguration<MessageThread>
{
    public void Configure(EntityTypeBuilder<MessageThread> builder)
    {
        builder.ToTable("MessageThreads");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Subject).HasMaxLength(MessageThread.MaxSubjectLength);
        // One thread per meeting request and per expression of interest: opening it twice finds the first.
        builder.HasIndex(t => t.MeetingRequestId).IsUnique();
        builder.HasIndex(t => t.InterestId).IsUnique();
        builder.HasIndex(t => new { t.FirstOrganizationId, t.LastMessageAt });
        builder.HasIndex(t => new { t.SecondOrganizationId, t.LastMessageAt });
        builder.HasIndex(t => new { t.EventId, t.Kind });
        builder.HasOne<Event>().WithMany().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MeetingRequest>().WithMany().HasForeignKey(t => t.MeetingRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ExpressionOfInterest>().WithMany().HasForeignKey(t => t.InterestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.FirstOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.SecondOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Messages).WithOne().HasForeignKey(m => m.ThreadId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.SenderUserId).HasMaxLength(450);
        builder.Property(m => m.SenderName).HasMaxLength(256);
        builder.Property(m => m.Body).HasMaxLength(Message.MaxBodyLength);
        builder.HasIndex(m => new { m.ThreadId, m.Id });
        builder.HasIndex(m => m.SentAt);
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class MessageAttachmentConfiguration : IEntityTypeConfiguration<MessageAttachment>
{
    public void Configure(EntityTypeBuilder<MessageAttachment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
    }
}

sealed class ThreadReadMarkerConfiguration : IEntityTypeConfiguration<ThreadReadMarker>
{
    public void Configure(EntityTypeBuilder<ThreadReadMarker> builder)
    {
        builder.HasKey(r => new { r.ThreadId, r.UserId });
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.HasIndex(r => r.UserId);
        builder.HasOne<MessageThread>().WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
    }
}
