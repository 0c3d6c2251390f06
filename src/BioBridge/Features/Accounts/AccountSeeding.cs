using System.Security.Cryptography;
using BioBridge.Features.Directory;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Accounts;

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
