using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

sealed class ProjectPartnerConfiguration : IEntityTypeConfiguration<ProjectPartner>
{
    public void Configure(EntityTypeBuilder<ProjectPartner> builder)
    {
        builder.HasKey(p => new { p.ProjectId, p.OrganizationId });
        builder.Property(p => p.Role).HasMaxLength(ProjectPartner.MaxRoleLength);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.OrganizationId);
    }
}
