using Microsoft.AspNetCore.Hosting;

namespace BioBridge.Tests.Accounts;

/// <summary>The demo app with a sign-in limit of three a minute, so the limit shows without slowing other tests' sign-ins.</summary>
public sealed class AppWithStrictSignInLimit() : BioBridgeApp(Provider.Sqlite)
{
    public const int Limit = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("BioBridge:Accounts:SignInsPerMinute", Limit.ToString());
    }
}
