using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class MeetingRequestConfiguration : IEntityTypeConfiguration<MeetingRequest>
{
    public void Configure(EntityTypeBuilder<MeetingRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Message).HasMaxLength(MeetingRequest.MaxMessageLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(r => r.Mode).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        // One request per direction: asking twice is answered with the first request.
        builder.HasIndex(r => new { r.FromDelegateId, r.ToDelegateId }).IsUnique();
        builder.HasIndex(r => new { r.ToDelegateId, r.Status });
        builder.HasIndex(r => new { r.EventId, r.Status });
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.FromDelegate).WithMany().HasForeignKey(r => r.FromDelegateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.ToDelegate).WithMany().HasForeignKey(r => r.ToDelegateId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.IsLive);
    }
}
