using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Publishing;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Opportunities;

public sealed record InterestItem(int Id, string OrganizationExternalId, string OrganizationName, string Message, string Status,
    string? Reply, DateTime CreatedAt);
