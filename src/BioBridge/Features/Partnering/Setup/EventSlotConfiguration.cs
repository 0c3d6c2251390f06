using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class EventSlotConfiguration : IEntityTypeConfiguration<EventSlot>
{
    public void Configure(EntityTypeBuilder<EventSlot> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.EventId, s.Day, s.Start }).IsUnique();
        builder.HasOne<Event>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.End);
        builder.Ignore(s => s.Code);
    }
}
