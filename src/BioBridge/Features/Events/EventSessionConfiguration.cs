using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Events;

sealed class EventSessionConfiguration : IEntityTypeConfiguration<EventSession>
{
    public void Configure(EntityTypeBuilder<EventSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Ignore(s => s.Title);
        builder.Ignore(s => s.TitleVersions);
        builder.Ignore(s => s.WrittenTitle);
        builder.Property(s => s.TextStates).HasMaxLength(FieldLengths.TextStates);
    }
}
