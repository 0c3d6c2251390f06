using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class ParticipantTypeCapConfiguration : IEntityTypeConfiguration<ParticipantTypeCap>
{
    public void Configure(EntityTypeBuilder<ParticipantTypeCap> builder)
    {
        builder.HasKey(c => new { c.EventId, c.Type });
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
