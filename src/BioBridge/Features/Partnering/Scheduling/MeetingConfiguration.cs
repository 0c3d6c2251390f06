using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Mode).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.HasIndex(m => m.RequestId).IsUnique();
        // A table hosts one meeting per slot; virtual rooms host any number, so only onsite meetings are counted.
        builder.HasIndex(m => new { m.EventId, m.SlotId, m.LocationId }).IsUnique().HasFilter("\"Mode\" = 'Onsite'")
            .HasDatabaseName("IX_Meetings_EventId_SlotId_LocationId_Onsite");
        // An interpreter is in one meeting per slot (rows without an interpreter never collide: NULLs are distinct).
        builder.HasIndex(m => new { m.SlotId, m.InterpreterId }).IsUnique();
        builder.HasIndex(m => new { m.EventId, m.IsPublished });
        builder.HasOne<Event>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Request).WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SchedulingRun>().WithMany().HasForeignKey(m => m.RunId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(m => m.Slot).WithMany().HasForeignKey(m => m.SlotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Location).WithMany().HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Interpreter).WithMany().HasForeignKey(m => m.InterpreterId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Seats).WithOne().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
