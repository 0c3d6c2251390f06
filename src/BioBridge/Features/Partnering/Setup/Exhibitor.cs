using BioBridge.Features.Directory;

namespace BioBridge.Features.Partnering;

/// <summary>An organization that exhibits at the event, at a booth of a hall.</summary>
public sealed class Exhibitor
{
    /// <summary>A booth code from the floor plan.</summary>
    public const int MaxBoothLength = 40;
    /// <summary>A hall name from the floor plan.</summary>
    public const int MaxHallLength = 100;

    public int Id { get; private set; }
    public int EventId { get; set; }
    public int OrganizationId { get; set; }
    /// <summary>What the floor plan shows, such as C-112.</summary>
    public required string Booth { get; set; }
    public string? Hall { get; set; }

    public Organization? Organization { get; private set; }
}
