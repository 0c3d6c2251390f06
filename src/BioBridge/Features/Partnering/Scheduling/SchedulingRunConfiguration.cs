using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class SchedulingRunConfiguration : IEntityTypeConfiguration<SchedulingRun>
{
    public void Configure(EntityTypeBuilder<SchedulingRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Progress).HasMaxLength(1000);
        builder.Property(r => r.Error).HasMaxLength(4000);
        builder.Property(r => r.Solver).HasMaxLength(100);
        builder.Property(r => r.LeaseOwner).HasMaxLength(200);
        builder.Property(r => r.RequestedByUserId).HasMaxLength(450);
        builder.HasIndex(r => new { r.Status, r.Id });
        // At most one queued or running run per event, even when two organizers click at once.
        builder.HasIndex(r => r.EventId).IsUnique().HasFilter("\"Status\" IN ('Queued', 'Running')").HasDatabaseName("IX_SchedulingRuns_EventId_Active");
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.UnscheduledCount);
        builder.Ignore(r => r.IsActive);
    }
}
