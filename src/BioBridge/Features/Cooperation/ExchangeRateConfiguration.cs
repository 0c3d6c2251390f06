using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Currency).HasMaxLength(FieldLengths.Currency);
        builder.Property(r => r.UnitsPerUsd).HasPrecision(18, 6);
        builder.HasIndex(r => new { r.Currency, r.ValidFrom }).IsUnique();
    }
}
