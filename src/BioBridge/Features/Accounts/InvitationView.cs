using BioBridge.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Accounts;

public sealed record InvitationView(string Email, string Organization, string Role, string Language);
