using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace BioBridge.Tests.Accounts;

/// <summary>What the account tests do as a person would: fill the real forms, follow the links of the real e-mails.</summary>
public static partial class AccountFlows
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    public static HttpClient Browser(this BioBridgeApp app, string? language = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (language is not null)
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>Posts a form of a page: the antiforgery token of a fresh copy of the page, plus the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string action, Dictionary<string, string> fields,
        string? blazorForm = null)
    {
        var html = await client.GetStringAsync(page);
        var token = AntiforgeryField().Match(html).Groups[1].Value;
        token.ShouldNotBeEmpty($"{page} has no form");
        var content = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) };
        if (blazorForm is not null)
            content["_handler"] = blazorForm;
        return await client.PostAsync(action, new FormUrlEncodedContent(content));
    }

    /// <summary>Posts a Blazor form of a page back to the page and answers the page it renders.</summary>
    public static async Task<string> SubmitAsync(this HttpClient client, string page, string form, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(page, page, fields, form);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Signs in through the form; answers where the app sends the browser next.</summary>
    public static async Task<string> SignInAsync(this HttpClient client, string email, string password)
    {
        var response = await client.PostFormAsync("/account/sign-in", "/account/sign-in",
            new() { ["email"] = email, ["password"] = password, ["returnUrl"] = "/" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>The path and query of the link in an e-mail, to follow it on the test server.</summary>
    public static string LinkIn(MimeMessage mail) => new Uri(Link().Match(mail.TextBody!).Value).PathAndQuery;

    /// <summary>An account in a role, created directly (as the seeding does), e-mail confirmed.</summary>
    public static async Task<AppUser> AccountAsync(this BioBridgeApp app, string email, string role, string? organization = null, string? cluster = null)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is { } existing)
            return existing;
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        int? organizationId = organization is null ? null : await db.Organizations.Where(o => o.ExternalId == organization).Select(o => o.Id).SingleAsync();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, OrganizationId = organizationId, ClusterId = cluster };
        (await users.CreateAsync(user, BioBridgeApp.DemoPassword)).Succeeded.ShouldBeTrue();
        await users.AddToRoleAsync(user, role);
        return user;
    }

    public static async Task<T> InDbAsync<T>(this BioBridgeApp app, Func<AppDb, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDb>());
    }

    /// <summary>The code an authenticator app shows (RFC 6238: HMAC-SHA1 over 30-second steps, 6 digits), steps from now.</summary>
    public static string Totp(string base32Key, int stepsFromNow = 0)
    {
        var key = Base32(base32Key);
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + stepsFromNow;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
            Array.Reverse(counter);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = (hash[offset] & 0x7f) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6");
    }

    static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().Where(c => c != '=' && c != ' '))
        {
            value = value << 5 | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
                value &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
