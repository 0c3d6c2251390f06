using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

sealed class ScoutingPipelineConfiguration : IEntityTypeConfiguration<ScoutingPipeline>
{
    public void Configure(EntityTypeBuilder<ScoutingPipeline> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.ClusterId).HasMaxLength(FieldLengths.ClusterId);
        builder.Property(p => p.Name).HasMaxLength(ScoutingPipeline.MaxNameLength);
        builder.HasOne<Cluster>().WithMany().HasForeignKey(p => p.ClusterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Entries).WithOne().HasForeignKey(e => e.PipelineId).OnDelete(DeleteBehavior.Cascade);
    }
}
