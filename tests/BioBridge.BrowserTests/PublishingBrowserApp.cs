using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.BrowserTests;

/// <summary>The demo data plus a member account of a Chongqing company.</summary>
public sealed class PublishingBrowserApp : RunningApp
{
    public const string Member = "editor@yulan.example";

    protected override async Task ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var organizationId = await db.Organizations.Where(o => o.ExternalId == "cq-yulan-biologics").Select(o => o.Id).SingleAsync();
        var member = new AppUser { UserName = Member, Email = Member, EmailConfirmed = true, OrganizationId = organizationId };
        (await users.CreateAsync(member, DemoPassword)).Succeeded.ShouldBeTrue();
        await users.AddToRoleAsync(member, Roles.Member);
    }
}
