using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.BrowserTests;

/// <summary>The demo app with a member account of OrganoFit (Seoul Bio Hub), which has not applied to any call yet.</summary>
public sealed class ReviewBrowserApp : RunningApp
{
    public const string Applicant = "member@organofit.example";

    protected override async Task ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var organizationId = await db.Organizations.Where(o => o.ExternalId == "sbh-organofit").Select(o => o.Id).SingleAsync();
        var applicant = new AppUser { UserName = Applicant, Email = Applicant, EmailConfirmed = true, OrganizationId = organizationId };
        (await users.CreateAsync(applicant, DemoPassword)).Succeeded.ShouldBeTrue();
        await users.AddToRoleAsync(applicant, Roles.Member);
    }
}
