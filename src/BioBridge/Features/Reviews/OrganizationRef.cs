using BioBridge.Features.Directory;

namespace BioBridge.Features.Reviews;

public sealed record OrganizationRef(string ExternalId, LocalizedDto Name, string Cluster);
