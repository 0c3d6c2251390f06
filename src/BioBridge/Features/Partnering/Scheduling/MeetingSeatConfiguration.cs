using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class MeetingSeatConfiguration : IEntityTypeConfiguration<MeetingSeat>
{
    public void Configure(EntityTypeBuilder<MeetingSeat> builder)
    {
        builder.HasKey(s => new { s.MeetingId, s.DelegateId });
        // The guard against double-booking a delegate, whoever writes: two meetings cannot both seat them in one slot.
        builder.HasIndex(s => new { s.DelegateId, s.SlotId }).IsUnique();
        builder.HasOne<EventDelegate>().WithMany().HasForeignKey(s => s.DelegateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EventSlot>().WithMany().HasForeignKey(s => s.SlotId).OnDelete(DeleteBehavior.Cascade);
    }
}
