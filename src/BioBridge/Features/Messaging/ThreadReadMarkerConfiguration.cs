using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Messaging;

sealed class ThreadReadMarkerConfiguration : IEntityTypeConfiguration<ThreadReadMarker>
{
    public void Configure(EntityTypeBuilder<ThreadReadMarker> builder)
    {
        builder.HasKey(r => new { r.ThreadId, r.UserId });
        builder.Property(r => r.UserId).HasMaxLength(FieldLengths.UserId);
        builder.HasIndex(r => r.UserId);
        builder.HasOne<MessageThread>().WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
    }
}
