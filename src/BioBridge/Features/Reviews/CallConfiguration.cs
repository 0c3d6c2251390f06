using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Reviews;

sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => new { c.IsPublished, c.DeadlineUtc });
        builder.Property(c => c.Slug).HasMaxLength(FieldLengths.Slug);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(c => c.TimeZone).HasMaxLength(FieldLengths.TimeZone);
        foreach (var text in new[] { nameof(Call.TextKo), nameof(Call.TextZh), nameof(Call.TextEn) })
            builder.Property(text).HasMaxLength(Call.MaxTextLength);
        builder.HasMany(c => c.Criteria).WithOne().HasForeignKey(c => c.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Event).WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Agreement).WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(c => c.Title);
        builder.Ignore(c => c.Text);
        builder.Ignore(c => c.TitleVersions);
        builder.Ignore(c => c.TextVersions);
        builder.Property(c => c.TextStates).HasMaxLength(FieldLengths.TextStates);
        builder.Ignore(c => c.DeadlineShown);
        builder.Ignore(c => c.Rubric);
    }
}
