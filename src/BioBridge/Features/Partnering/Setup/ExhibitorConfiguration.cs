using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class ExhibitorConfiguration : IEntityTypeConfiguration<Exhibitor>
{
    public void Configure(EntityTypeBuilder<Exhibitor> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Booth).HasMaxLength(Exhibitor.MaxBoothLength);
        builder.Property(x => x.Hall).HasMaxLength(Exhibitor.MaxHallLength);
        builder.HasIndex(x => new { x.EventId, x.OrganizationId }).IsUnique();
        builder.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
