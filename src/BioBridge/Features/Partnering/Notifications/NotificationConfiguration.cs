using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(n => n.About).HasMaxLength(Notification.MaxAboutLength);
        builder.HasIndex(n => new { n.DelegateId, n.Id });
        builder.HasIndex(n => new { n.EmailedAt, n.Id });
        builder.HasOne<Event>().WithMany().HasForeignKey(n => n.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EventDelegate>().WithMany().HasForeignKey(n => n.DelegateId).OnDelete(DeleteBehavior.Cascade);
    }
}
