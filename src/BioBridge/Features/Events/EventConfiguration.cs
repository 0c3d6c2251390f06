using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Events;

sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Slug).HasMaxLength(FieldLengths.Slug);
        builder.Property(e => e.TimeZone).HasMaxLength(FieldLengths.TimeZone);
        builder.Property(e => e.HostClusterId).HasMaxLength(FieldLengths.ClusterId);
        builder.Property(e => e.SchedulingMode).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(e => e.CapSession).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.HasMany(e => e.Sessions).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(e => e.Name);
        builder.Ignore(e => e.Description);
        builder.Ignore(e => e.NameVersions);
        builder.Ignore(e => e.DescriptionVersions);
        builder.Property(e => e.TextStates).HasMaxLength(FieldLengths.TextStates);
    }
}
