using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Shared;

sealed class TranslationJobConfiguration : IEntityTypeConfiguration<TranslationJob>
{
    public void Configure(EntityTypeBuilder<TranslationJob> builder)
    {
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Subject).HasMaxLength(TranslationJob.MaxSubjectLength);
        builder.Property(j => j.Field).HasMaxLength(TranslationJob.MaxFieldLength);
        builder.Property(j => j.SourceLanguage).HasMaxLength(FieldLengths.LanguageCode);
        builder.Property(j => j.TargetLanguage).HasMaxLength(FieldLengths.LanguageCode);
        builder.Property(j => j.SourceHash).HasMaxLength(FieldLengths.TokenHash);
        builder.Property(j => j.Service).HasMaxLength(TranslationMemoryEntry.MaxServiceLength);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(j => j.LastFailure).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(j => j.LeaseOwner).HasMaxLength(TranslationJob.MaxLeaseOwnerLength);
        builder.Property(j => j.LastError).HasMaxLength(TranslationJob.MaxErrorLength);
        // Workers look for due jobs of their service; publishing looks for the jobs of one field.
        builder.HasIndex(j => new { j.State, j.Service, j.NextAttemptAt });
        builder.HasIndex(j => new { j.Subject, j.SubjectId, j.Field, j.TargetLanguage });
    }
}
