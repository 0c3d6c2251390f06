using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Events;

public sealed record OrganizerItem(string UserId, string Email, string? DisplayName, DateTime AssignedAt);
