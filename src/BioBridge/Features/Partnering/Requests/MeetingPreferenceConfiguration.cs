using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class MeetingPreferenceConfiguration : IEntityTypeConfiguration<MeetingPreference>
{
    public void Configure(EntityTypeBuilder<MeetingPreference> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Level).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.HasIndex(p => new { p.FromDelegateId, p.ToDelegateId }).IsUnique();
        builder.HasIndex(p => p.EventId);
        builder.HasOne<Event>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EventDelegate>().WithMany().HasForeignKey(p => p.FromDelegateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EventDelegate>().WithMany().HasForeignKey(p => p.ToDelegateId).OnDelete(DeleteBehavior.Cascade);
    }
}
