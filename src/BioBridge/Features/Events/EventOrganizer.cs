using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Events;

/// <summary>A user with the organizer role assigned to run one event (its partnering, program and check-in desk).</summary>
public sealed class EventOrganizer
{
    public int Id { get; private set; }
    public int EventId { get; set; }
    public required string UserId { get; set; }
    public DateTime AssignedAt { get; set; }
    public AppUser? User { get; private set; }
}

sealed class EventOrganizerConfiguration : IEntityTypeConfiguration<EventOrganizer>
{
    public void Configure(EntityTypeBuilder<EventOrganizer> builder)
    {
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => new { o.EventId, o.UserId }).IsUnique();
        builder.HasOne<Event>().WithMany().HasForeignKey(o => o.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.User).WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
