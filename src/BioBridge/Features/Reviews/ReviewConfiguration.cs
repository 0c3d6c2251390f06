using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Reviews;

sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.HasKey(r => r.Id);
        // A reviewer reads a submission once.
        builder.HasIndex(r => new { r.SubmissionId, r.ReviewerId }).IsUnique();
        builder.HasIndex(r => r.ReviewerId);
        builder.Property(r => r.ReviewerId).HasMaxLength(FieldLengths.UserId);
        builder.Property(r => r.Comment).HasMaxLength(Review.MaxCommentLength);
        builder.HasOne(r => r.Submission).WithMany().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Reviewer).WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Scores).WithOne().HasForeignKey(s => s.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.IsSubmitted);
    }
}
