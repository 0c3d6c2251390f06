using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

sealed class JointProjectConfiguration : IEntityTypeConfiguration<JointProject>
{
    public void Configure(EntityTypeBuilder<JointProject> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(JointProject.MaxTitleLength);
        builder.Property(p => p.Summary).HasMaxLength(FieldLengths.LongText);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(p => p.BudgetCurrency).HasMaxLength(FieldLengths.Currency);
        builder.Property(p => p.Budget).HasPrecision(18, 2);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Partners).WithOne().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.Status, p.StartedOn });
        builder.HasIndex(p => p.AgreementId);
    }
}
