using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Messaging;

sealed class ReminderSettingsConfiguration : IEntityTypeConfiguration<ReminderSettings>
{
    public void Configure(EntityTypeBuilder<ReminderSettings> builder)
    {
        builder.HasKey(s => s.EventId);
        builder.Property(s => s.EventId).ValueGeneratedNever();
        builder.HasOne<Event>().WithOne().HasForeignKey<ReminderSettings>(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
