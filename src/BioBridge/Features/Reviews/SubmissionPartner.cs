using BioBridge.Features.Directory;

namespace BioBridge.Features.Reviews;

/// <summary>A consortium partner of a joint R&amp;D proposal besides the lead organization.</summary>
public sealed class SubmissionPartner
{
    public int SubmissionId { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; private set; }
}
