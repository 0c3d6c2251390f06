using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Publishing;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Opportunities;

public sealed record InterestRequest(string Message);
