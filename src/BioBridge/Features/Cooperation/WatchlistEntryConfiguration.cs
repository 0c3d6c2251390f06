using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

sealed class WatchlistEntryConfiguration : IEntityTypeConfiguration<WatchlistEntry>
{
    public void Configure(EntityTypeBuilder<WatchlistEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Stage).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(e => e.Owner).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.Notes).HasMaxLength(WatchlistEntry.MaxNotesLength);
        builder.HasIndex(e => new { e.PipelineId, e.OrganizationId }).IsUnique();
        builder.HasOne(e => e.Organization).WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
