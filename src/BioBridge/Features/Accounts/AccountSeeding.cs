using System.Security.Cryptography;
using BioBridge.Features.Directory;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Makes sure the roles exist, and on a demo database a platform administrator and one operator per cluster. The demo
/// password comes from configuration (BioBridge:Demo:Password); without it a random one is generated and logged once.
/// </summary>
public sealed class AccountSeeding(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IConfiguration configuration,
    ILogger<AccountSeeding> log)
{
    public const string PasswordKey = "BioBridge:Demo:Password";

    /// <summary>The demo's staff accounts: the administrator reads everything (the whole audit log), each operator their cluster.</summary>
    public static readonly (string Email, string? ClusterId, string Name, string Role)[] DemoStaff =
    [
        ("admin@biobridge.example", null, "BioBridge administrator", Roles.Admin),
        ("operator@seoulbiohub.example", Cluster.SeoulBioHub, "Seoul Bio Hub operator", Roles.Operator),
        ("operator@liangjiang.example", Cluster.Liangjiang, "Liangjiang operator", Roles.Operator),
    ];

    public async Task HandleAsync(CancellationToken ct = default)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }

    public async Task<string?> AddDemoStaffAsync()
    {
        var password = configuration[PasswordKey];
        var generated = password is null;
        password ??= "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        await HandleAsync();
        foreach (var (email, cluster, name, role) in DemoStaff)
        {
            if (await users.FindByEmailAsync(email) is not null)
                continue;
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, ClusterId = cluster };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"demo account {email}: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
        }
        if (generated)
            log.LogWarning("The demo accounts use the generated password {Password} (set BioBridge:Demo:Password before the first start to choose one)",
                password);
        return password;
    }
}
