using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Messaging;

sealed class MessageDigestMarkConfiguration : IEntityTypeConfiguration<MessageDigestMark>
{
    public void Configure(EntityTypeBuilder<MessageDigestMark> builder)
    {
        builder.HasKey(m => m.UserId);
        builder.Property(m => m.UserId).HasMaxLength(FieldLengths.UserId);
    }
}
