using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.BrowserTests;

/// <summary>The demo app with a member account of OrganoFit (Seoul Bio Hub), which has not applied to any call yet.</summary>
public sealed class ReviewBrowserApp : RunningApp
{
    public const string Applicant = "member@organofit.example";

    protected override async Task ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await AddMemberAsync(scope.ServiceProvider, Applicant, "sbh-organofit");
    }
}
