using System.Security.Cryptography;
using BioBridge.Features.Directory;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace BioBridge.Features.Accounts;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/account").ExcludeFromDescription().RequireRateLimiting(RateLimits.SignIn);
        group.MapPost("/sign-in", SignInAsync).AllowAnonymous();
        // Antiforgery is asked for explicitly (no form field is bound): no other site may sign a user out.
        group.MapPost("/sign-out", SignOutAsync).AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    static async Task<IResult> SignInAsync([FromForm] string email, [FromForm] string password, [FromForm] string? returnUrl,
        SignInManager<AppUser> signIn)
    {
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
            return Results.LocalRedirect($"/account/sign-in?error=invalid&returnUrl={Uri.EscapeDataString(target)}");
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded)
            return Results.LocalRedirect(target);
        var error = result.IsLockedOut ? "locked" : "invalid";
        return Results.LocalRedirect($"/account/sign-in?error={error}&returnUrl={Uri.EscapeDataString(target)}");
    }

    static async Task<IResult> SignOutAsync(HttpContext http, SignInManager<AppUser> signIn)
    {
        // No form field is bound here, so the antiforgery middleware's verdict is not enforced by binding: check it.
        if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            return TypedResults.Problem("The form has no valid antiforgery token; reload the page and sign out again.",
                statusCode: StatusCodes.Status400BadRequest);
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/");
    }

    static bool IsLocal(string? url) => !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\");
}

/// <summary>
/// Makes sure the roles exist, and on a demo database one operator per cluster. The demo password comes
/// from configuration (BioBridge:Demo:Password); without it a random one is generated and logged once.
/// </summary>
public sealed class AccountSeeding(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IConfiguration configuration,
    ILogger<AccountSeeding> log)
{
    public static readonly (string Email, string ClusterId, string Name)[] DemoOperators =
    [
        ("operator@seoulbiohub.example", Cluster.SeoulBioHub, "Seoul Bio Hub operator"),
        ("operator@liangjiang.example", Cluster.Liangjiang, "Liangjiang operator"),
    ];

    public async Task HandleAsync(CancellationToken ct = default)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }

    public async Task<string?> AddDemoOperatorsAsync()
    {
        var password = configuration["BioBridge:Demo:Password"];
        var generated = password is null;
        password ??= "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        await HandleAsync();
        foreach (var (email, cluster, name) in DemoOperators)
        {
            if (await users.FindByEmailAsync(email) is not null)
                continue;
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, ClusterId = cluster };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"demo account {email}: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, Roles.Operator);
        }
        if (generated)
            log.LogWarning("Demo operator accounts {Accounts} use the generated password {Password} (set BioBridge:Demo:Password to choose one)",
                string.Join(", ", DemoOperators.Select(d => d.Email)), password);
        return password;
    }
}
