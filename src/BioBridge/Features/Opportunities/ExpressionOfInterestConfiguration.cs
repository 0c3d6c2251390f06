using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Opportunities;

sealed class ExpressionOfInterestConfiguration : IEntityTypeConfiguration<ExpressionOfInterest>
{
    public void Configure(EntityTypeBuilder<ExpressionOfInterest> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(i => i.Message).HasMaxLength(FieldLengths.LongText);
        builder.Property(i => i.Reply).HasMaxLength(FieldLengths.LongText);
        builder.HasIndex(i => new { i.OpportunityId, i.OrganizationId }).IsUnique();
        builder.HasOne(i => i.Organization).WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
