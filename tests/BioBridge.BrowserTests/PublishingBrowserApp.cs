using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.BrowserTests;

/// <summary>The demo data plus a member account of a Chongqing company.</summary>
public sealed class PublishingBrowserApp : RunningApp
{
    public const string Member = "editor@yulan.example";

    protected override async Task ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await AddMemberAsync(scope.ServiceProvider, Member, "cq-yulan-biologics");
    }
}
