using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class EventDelegateConfiguration : IEntityTypeConfiguration<EventDelegate>
{
    public void Configure(EntityTypeBuilder<EventDelegate> builder)
    {
        builder.ToTable("Delegates");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.DisplayName).HasMaxLength(FieldLengths.Name);
        builder.Property(d => d.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(d => d.JobTitle).HasMaxLength(FieldLengths.Name);
        builder.Property(d => d.UserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(d => d.CalendarToken).HasMaxLength(EventDelegate.CalendarTokenLength);
        builder.Property(d => d.ParticipantType).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.HasIndex(d => new { d.EventId, d.Email }).IsUnique();
        builder.HasIndex(d => new { d.EventId, d.OrganizationId });
        builder.HasIndex(d => d.CalendarToken).IsUnique();
        builder.HasOne<Event>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Organization).WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Delegation>().WithMany().HasForeignKey(d => d.DelegationId).OnDelete(DeleteBehavior.SetNull);
    }
}
