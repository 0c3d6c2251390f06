using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Accounts;

sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ActorId).HasMaxLength(FieldLengths.UserId);
        builder.Property(a => a.Category).HasMaxLength(AuditEntry.MaxCategoryLength);
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.MaxActionLength);
        builder.Property(a => a.EntityType).HasMaxLength(AuditEntry.MaxEntityTypeLength);
        builder.Property(a => a.EntityKey).HasMaxLength(AuditEntry.MaxEntityKeyLength);
        builder.Property(a => a.SubjectUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.ActorId, a.At });
        builder.HasIndex(a => new { a.EntityType, a.At });
        builder.HasIndex(a => a.SubjectUserId);
    }
}
