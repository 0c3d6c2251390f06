using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.BrowserTests;

/// <summary>The demo app with an administrator account (the audit log is theirs), beside the demo's operators, reviewers and delegates.</summary>
public sealed class LayoutBrowserApp : RunningApp
{
    public const string Admin = "admin@biobridge.example";

    protected override async Task ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = new AppUser { UserName = Admin, Email = Admin, EmailConfirmed = true };
        (await users.CreateAsync(admin, DemoPassword)).Succeeded.ShouldBeTrue();
        await users.AddToRoleAsync(admin, Roles.Admin);
    }
}
