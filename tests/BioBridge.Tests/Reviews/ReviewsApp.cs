using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests.Reviews;

/// <summary>The demo app with the server clock under the tests' control, and each account signed in once (sign-ins are rate limited).</summary>
public abstract class ReviewsApp(Provider provider) : BioBridgeApp(provider)
{
    public SettableClock Clock { get; } = new();
    readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> clients = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public Task<HttpClient> AsAsync(string email, string? organization = null) => clients.GetOrAdd(email, _ => new Lazy<Task<HttpClient>>(
        () => organization is null ? SignedInAsync(email) : MemberAsync(email, organization))).Value;
}
