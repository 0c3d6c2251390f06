using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Accounts;

sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("ConsentRecords");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.UserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(c => c.Kind).HasMaxLength(ConsentRecord.MaxKindLength);
        builder.Property(c => c.Version).HasMaxLength(ConsentRecord.MaxVersionLength);
        builder.HasIndex(c => new { c.UserId, c.Kind, c.At });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
