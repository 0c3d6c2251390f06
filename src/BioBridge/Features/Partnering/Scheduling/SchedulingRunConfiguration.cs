using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class SchedulingRunConfiguration : IEntityTypeConfiguration<SchedulingRun>
{
    public void Configure(EntityTypeBuilder<SchedulingRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(r => r.Progress).HasMaxLength(SchedulingRun.MaxProgressLength);
        builder.Property(r => r.Error).HasMaxLength(SchedulingRun.MaxErrorLength);
        builder.Property(r => r.Solver).HasMaxLength(SchedulingRun.MaxSolverLength);
        builder.Property(r => r.LeaseOwner).HasMaxLength(SchedulingRun.MaxLeaseOwnerLength);
        builder.Property(r => r.RequestedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasIndex(r => new { r.Status, r.Id });
        // At most one queued or running run per event, even when two organizers click at once.
        builder.HasIndex(r => r.EventId).IsUnique().HasFilter("\"Status\" IN ('Queued', 'Running')").HasDatabaseName("IX_SchedulingRuns_EventId_Active");
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.UnscheduledCount);
        builder.Ignore(r => r.IsActive);
    }
}
