using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Publishing;

public sealed record RejectRequest(string? Comment);
