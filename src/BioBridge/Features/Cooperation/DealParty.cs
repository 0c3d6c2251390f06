using BioBridge.Features.Directory;

namespace BioBridge.Features.Cooperation;

public sealed class DealParty
{
    public int DealId { get; set; }
    public int OrganizationId { get; set; }

    public Organization? Organization { get; private set; }
}
