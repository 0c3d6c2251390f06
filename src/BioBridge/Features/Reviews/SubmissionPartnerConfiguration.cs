using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Reviews;

sealed class SubmissionPartnerConfiguration : IEntityTypeConfiguration<SubmissionPartner>
{
    public void Configure(EntityTypeBuilder<SubmissionPartner> builder)
    {
        builder.HasKey(p => new { p.SubmissionId, p.OrganizationId });
        builder.HasIndex(p => p.OrganizationId);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
