using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class EventLocationConfiguration : IEntityTypeConfiguration<EventLocation>
{
    public void Configure(EntityTypeBuilder<EventLocation> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Code).HasMaxLength(EventLocation.MaxCodeLength);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(l => l.Url).HasMaxLength(FieldLengths.Url);
        builder.HasIndex(l => new { l.EventId, l.Code }).IsUnique();
        builder.HasOne<Event>().WithMany().HasForeignKey(l => l.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(l => l.InstanceKind);
    }
}
