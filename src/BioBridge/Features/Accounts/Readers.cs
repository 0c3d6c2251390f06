using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Accounts;

/// <summary>Resolves the reader of a request: one user lookup when signed in, none otherwise.</summary>
public sealed class Readers(UserManager<AppUser> users)
{
    public async Task<Reader> OfAsync(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? Reader.Of(await users.GetUserAsync(principal), principal) : Reader.Anonymous;
}
