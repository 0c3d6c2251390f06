using BioBridge.Features.Directory;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

public sealed class DealParty
{
    public int DealId { get; set; }
    public int OrganizationId { get; set; }

    public Organization? Organization { get; private set; }
}
