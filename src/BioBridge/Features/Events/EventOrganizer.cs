using BioBridge.Features.Accounts;

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
