using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

public sealed record PartyResponse(string Kind, LocalizedDto Name, string? Cluster);
