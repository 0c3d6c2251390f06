using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BioBridge.Features.Accounts;

public sealed record DeletionRequest(string? Password);
