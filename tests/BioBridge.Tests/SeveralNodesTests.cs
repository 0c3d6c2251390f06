using System.Net;
using System.Text.RegularExpressions;
using BioBridge.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

/// <summary>Two app nodes on one database: stateless web nodes share sign-in (data-protection keys in the database).</summary>
public abstract class SeveralNodesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    /// <summary>Another process's view of the same database: its own services, memory and search index.</summary>
    sealed class OtherNode(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting(DatabaseConnection.ConfigurationKey, connectionString);
        }
    }

    static string Cookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    [Fact]
    public async Task A_sign_in_on_one_node_is_accepted_by_another()
    {
        var first = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await first.GetAsync("/account/sign-in");
        var antiforgery = Cookie(form, ".AspNetCore.Antiforgery" + Regex.Match(string.Join(";", form.Headers.GetValues("Set-Cookie")), @"\.AspNetCore\.Antiforgery([^=]*)=").Groups[1].Value);
        var token = Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["email"] = "operator@seoulbiohub.example", ["password"] = BioBridgeApp.DemoPassword, ["returnUrl"] = "/",
                ["__RequestVerificationToken"] = token,
            }),
        };
        signIn.Headers.Add("Cookie", antiforgery);
        var signedIn = await first.SendAsync(signIn);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var session = Cookie(signedIn, ".AspNetCore.Identity.Application");

        await using var other = new OtherNode(app.Database.ConnectionString);
        var second = other.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var export = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organizations/export?format=csv");
        export.Headers.Add("Cookie", session);
        (await second.SendAsync(export)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await second.GetAsync("/api/v1/organizations/export?format=csv")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The key ring lives in the database, not in either process's home folder.
        using var scope = app.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<AppDb>().DataProtectionKeys.CountAsync()).ShouldBeGreaterThan(0);
    }
}
