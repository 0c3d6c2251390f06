using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using BioBridge.Data;
using BioBridge.Language;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Accounts;

public sealed record InvitationItem(int Id, string Email, string Organization, LocalizedText OrganizationName, string Role, string Language,
    DateTime CreatedAt, DateTime ExpiresAt, DateTime? AcceptedAt);
