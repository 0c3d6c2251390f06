using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Title).HasMaxLength(Commitment.MaxTitleLength);
        builder.Property(c => c.Owner).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.OwnerClusterId).HasMaxLength(FieldLengths.ClusterId);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.AgreementId, c.DueOn });
    }
}
