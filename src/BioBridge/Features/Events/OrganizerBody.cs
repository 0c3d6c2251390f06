using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Events;

public sealed record OrganizerBody(string? Email);
