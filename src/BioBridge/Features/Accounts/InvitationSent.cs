using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using BioBridge.Data;
using BioBridge.Language;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Accounts;

public sealed record InvitationSent(int Id, string Email, DateTime ExpiresAt, bool Mailed, string? Link);
