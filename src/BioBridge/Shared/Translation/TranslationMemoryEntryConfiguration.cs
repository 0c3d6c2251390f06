using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Shared;

sealed class TranslationMemoryEntryConfiguration : IEntityTypeConfiguration<TranslationMemoryEntry>
{
    public void Configure(EntityTypeBuilder<TranslationMemoryEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Service).HasMaxLength(TranslationMemoryEntry.MaxServiceLength);
        builder.Property(e => e.SourceLanguage).HasMaxLength(FieldLengths.LanguageCode);
        builder.Property(e => e.TargetLanguage).HasMaxLength(FieldLengths.LanguageCode);
        builder.Property(e => e.SourceHash).HasMaxLength(FieldLengths.TokenHash);
        builder.HasIndex(e => new { e.Service, e.SourceLanguage, e.TargetLanguage, e.SourceHash }).IsUnique();
        // The monthly budget sums what was sent this month.
        builder.HasIndex(e => new { e.Service, e.CreatedAt });
    }
}
