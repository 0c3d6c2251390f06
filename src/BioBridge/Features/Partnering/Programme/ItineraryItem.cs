using BioBridge.Features.Directory;

namespace BioBridge.Features.Partnering;

/// <summary>
/// A stop of a delegation's itinerary, in the event's time zone: a visit to an organization or site, or one of the
/// event's sessions the delegation attends together.
/// </summary>
public sealed class ItineraryItem
{
    public int Id { get; private set; }
    public int DelegationId { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly Starts { get; set; }
    public TimeOnly Ends { get; set; }
    public required string Title { get; set; }
    public string? Place { get; set; }
    /// <summary>The organization visited, when the visit is to a member of the directory.</summary>
    public int? OrganizationId { get; set; }
    /// <summary>The event's session attended, when the item is a session.</summary>
    public int? SessionId { get; set; }

    public Organization? Organization { get; private set; }
}
