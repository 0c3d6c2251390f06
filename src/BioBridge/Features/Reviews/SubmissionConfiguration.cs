using BioBridge.Features.Cooperation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Reviews;

sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.CallId, s.Status });
        builder.HasIndex(s => s.OrganizationId);
        builder.Property(s => s.Title).HasMaxLength(Submission.MaxTitleLength);
        builder.Property(s => s.Summary).HasMaxLength(Submission.MaxSummaryLength);
        builder.Property(s => s.DecisionNote).HasMaxLength(Submission.MaxSummaryLength);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(s => s.Decision).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(s => s.CreatedBy).HasMaxLength(FieldLengths.UserId);
        builder.HasOne(s => s.Call).WithMany().HasForeignKey(s => s.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Organization).WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Partners).WithOne().HasForeignKey(p => p.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Attachments).WithOne().HasForeignKey(a => a.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JointProject>().WithMany().HasForeignKey(s => s.JointProjectId).OnDelete(DeleteBehavior.SetNull);
    }
}
