using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

public sealed record OrganizationRef(string ExternalId, LocalizedDto Name, string Cluster);
