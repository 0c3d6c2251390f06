using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.FromClusterId).HasMaxLength(FieldLengths.ClusterId);
        builder.Property(i => i.ToClusterId).HasMaxLength(FieldLengths.ClusterId);
        builder.Property(i => i.Note).HasMaxLength(Introduction.MaxNoteLength);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.HasOne(i => i.Organization).WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.ForOrganization).WithMany().HasForeignKey(i => i.ForOrganizationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.CreatedAt, i.FromClusterId });
    }
}
