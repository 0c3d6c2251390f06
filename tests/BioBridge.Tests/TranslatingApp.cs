using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BioBridge.Tests;

/// <summary>The app with the fake machine-translation provider, for the translation workflow.</summary>
public abstract class TranslatingApp(Provider provider) : BioBridgeApp(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("BioBridge:MachineTranslation:Provider", "fake");
    }
}
