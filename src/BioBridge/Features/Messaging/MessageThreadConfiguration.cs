using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Features.Opportunities;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Messaging;

sealed class MessageThreadConfiguration : IEntityTypeConfiguration<MessageThread>
{
    public void Configure(EntityTypeBuilder<MessageThread> builder)
    {
        builder.ToTable("MessageThreads");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
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
