using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record ExhibitorItem(string OrganizationExternalId, string OrganizationName, string Cluster, string Booth, string? Hall);
