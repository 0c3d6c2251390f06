using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Reviews;

sealed class ReviewerConflictConfiguration : IEntityTypeConfiguration<ReviewerConflict>
{
    public void Configure(EntityTypeBuilder<ReviewerConflict> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.ReviewerId, c.OrganizationId }).IsUnique();
        builder.Property(c => c.ReviewerId).HasMaxLength(FieldLengths.UserId);
        builder.Property(c => c.Reason).HasMaxLength(ReviewerConflict.MaxReasonLength);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ReviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
