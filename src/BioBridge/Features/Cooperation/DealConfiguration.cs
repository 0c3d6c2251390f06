using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Title).HasMaxLength(Deal.MaxTitleLength);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(d => d.Source).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(d => d.Currency).HasMaxLength(FieldLengths.Currency);
        builder.Property(d => d.Amount).HasPrecision(18, 2);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(d => d.AgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Introduction>().WithMany().HasForeignKey(d => d.IntroductionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Parties).WithOne().HasForeignKey(p => p.DealId).OnDelete(DeleteBehavior.Cascade);
        // The dashboard counts and sums deals per month and kind within a period.
        builder.HasIndex(d => new { d.ClosedOn, d.Kind, d.ValueUsdCents });
        builder.HasIndex(d => d.AgreementId);
    }
}
