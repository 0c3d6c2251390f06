using BioBridge.Features.Directory;

namespace BioBridge.Features.Cooperation;

public sealed class ProjectPartner
{
    /// <summary>The partner's role in the project, in a few words.</summary>
    public const int MaxRoleLength = 100;

    public int ProjectId { get; set; }
    public int OrganizationId { get; set; }
    /// <summary>Lead, partner, funder... as the project agreement names the role.</summary>
    public string? Role { get; set; }

    public Organization? Organization { get; private set; }
}
