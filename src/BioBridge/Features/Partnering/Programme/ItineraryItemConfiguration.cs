using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class ItineraryItemConfiguration : IEntityTypeConfiguration<ItineraryItem>
{
    public void Configure(EntityTypeBuilder<ItineraryItem> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Title).HasMaxLength(FieldLengths.Name);
        builder.Property(i => i.Place).HasMaxLength(FieldLengths.Name);
        builder.HasOne(i => i.Organization).WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<EventSession>().WithMany().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.SetNull);
    }
}
