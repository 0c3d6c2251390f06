using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Messaging;

sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.SenderUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(m => m.SenderName).HasMaxLength(FieldLengths.Email);
        builder.Property(m => m.Body).HasMaxLength(Message.MaxBodyLength);
        builder.HasIndex(m => new { m.ThreadId, m.Id });
        builder.HasIndex(m => m.SentAt);
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
