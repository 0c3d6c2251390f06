using BioBridge.Data;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record ExhibitorInput(string OrganizationExternalId, string Booth, string? Hall);
