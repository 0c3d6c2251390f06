using Microsoft.AspNetCore.Hosting;

namespace BioBridge.Tests;

/// <summary>The app with the fake machine-translation provider, for the translation workflow.</summary>
public abstract class TranslatingApp(Provider provider) : BioBridgeApp(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("BioBridge:MachineTranslation:Provider", "fake");
        // The drafting tests look at drafts a member asked for: no background queue fills languages behind their back.
        builder.UseSetting("BioBridge:MachineTranslation:Worker", "false");
    }
}
