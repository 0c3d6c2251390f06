using BioBridge.Features.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Publishing;

sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(r => r.Comment).HasMaxLength(FieldLengths.LongText);
        builder.Property(r => r.Checklist).HasMaxLength(Revision.MaxChecklistLength);
        builder.Property(r => r.SubmittedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(r => r.ReviewedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Ignore(r => r.Profile);
        builder.Ignore(r => r.Opportunity);
        builder.HasIndex(r => new { r.Status, r.OrganizationId });
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(r => r.OpportunityId).OnDelete(DeleteBehavior.Cascade);
    }
}
