using BioBridge.Features.Directory;

namespace BioBridge.Features.Cooperation;

public sealed class WatchlistEntry
{
    public const int MaxNotesLength = FieldLengths.LongText;

    public int Id { get; private set; }
    public int PipelineId { get; set; }
    public int OrganizationId { get; set; }
    public ScoutingStage Stage { get; set; }
    /// <summary>The operator who follows this organization up.</summary>
    public required string Owner { get; set; }
    public string Notes { get; set; } = "";
    public DateTime UpdatedAt { get; set; }

    public Organization? Organization { get; private set; }
}
