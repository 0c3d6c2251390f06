using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.NameKo).HasMaxLength(FieldLengths.Name);
        builder.Property(d => d.NameZh).HasMaxLength(FieldLengths.Name);
        builder.Property(d => d.NameEn).HasMaxLength(FieldLengths.Name);
        builder.Property(d => d.ClusterId).HasMaxLength(FieldLengths.ClusterId);
        builder.HasIndex(d => d.EventId);
        builder.HasOne<Event>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Cluster>().WithMany().HasForeignKey(d => d.ClusterId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Itinerary).WithOne().HasForeignKey(i => i.DelegationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(d => d.Name);
    }
}
