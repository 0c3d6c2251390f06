using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

sealed class ScoutingFactsConfiguration : IEntityTypeConfiguration<ScoutingFacts>
{
    public void Configure(EntityTypeBuilder<ScoutingFacts> builder)
    {
        builder.HasKey(f => f.OrganizationId);
        builder.HasOne<Organization>().WithOne().HasForeignKey<ScoutingFacts>(f => f.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
