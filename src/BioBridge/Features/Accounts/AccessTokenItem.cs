using System.Security.Claims;
using BioBridge.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Accounts;

public sealed record AccessTokenItem(int Id, string Name, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt);
