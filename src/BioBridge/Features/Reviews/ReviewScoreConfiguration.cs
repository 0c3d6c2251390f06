using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Reviews;

sealed class ReviewScoreConfiguration : IEntityTypeConfiguration<ReviewScore>
{
    public void Configure(EntityTypeBuilder<ReviewScore> builder)
    {
        builder.HasKey(s => new { s.ReviewId, s.CriterionId });
        builder.Property(s => s.Comment).HasMaxLength(Review.MaxCommentLength);
        builder.HasOne<CallCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
