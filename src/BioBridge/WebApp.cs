using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using BioBridge.Site;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Cooperation;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Features.Messaging;
using BioBridge.Features.Opportunities;
using BioBridge.Features.Partnering;
using BioBridge.Features.Publishing;
using BioBridge.Features.Reviews;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using System.Threading.RateLimiting;
using Scalar.AspNetCore;

namespace BioBridge;

/// <summary>The web half of the composition root: pages, API, authentication, localization.</summary>
public static class WebApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args);
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var (webArgs, database) = CommandArguments.TakeDatabase(args);
        // Static files ship in the build output, so the built app serves them from any working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = webArgs,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        // appsettings.json ships in the build output too; read it from there when the working directory has none.
        if (!File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")))
            builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
            {
                FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory), Path = "appsettings.json", Optional = true,
            });
        if (database is not null)
            builder.Configuration[DatabaseConnection.ConfigurationKey] = database;
        if (builder.Configuration["urls"] is null && Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is null)
            builder.WebHost.UseUrls("http://localhost:5000");
        AddWebServices(builder);
        var app = builder.Build();
        UseRequestPipeline(app);
        MapEndpoints(app);
        return app;
    }

    static void AddWebServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Registered first, so migrations run before any other hosted service (the data-protection key ring
        // preload, the scheduling worker) touches the database.
        services.AddHostedService<StartupTasks>();
        services.AddBioBridgeCore();
        services.AddRazorComponents();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemLanguage.Localize);
        services.AddRequestRules();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "BioBridge API";
            doc.Info.Description = "Directory, discovery, events and cooperation of Seoul Bio Hub and Liangjiang Life Sci-Tech City.";
            return Task.CompletedTask;
        }).AddOperationTransformer(RouteParameters.AddMissing));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.AddProductionHosting();
        builder.AddKeyRingProtection();
        services.AddAccountSignIn();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RequestRules.OnRateLimited;
            // Per client address: sign-in attempts are few by nature; the API allows a busy integration.
            o.AddPolicy(RateLimits.SignIn, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountOptions>>().Value.SignInsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
            o.AddPolicy(RateLimits.Api, http => RateLimitPartition.GetTokenBucketLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions { TokenLimit = 2000, TokensPerPeriod = 1000, ReplenishmentPeriod = TimeSpan.FromSeconds(1) }));
        });

    }

    static void UseRequestPipeline(WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionPages();
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseSecurityHeaders();
        app.UseStatusPages();
        // Routing after the error pages, so their re-executed request finds the error page's endpoint.
        app.UseRouting();
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(UiLanguage.CultureName(UiLanguage.English));
            o.AddSupportedCultures(UiLanguage.CultureNames);
            o.AddSupportedUICultures(UiLanguage.CultureNames);
            o.ApplyCurrentCultureToResponseHeaders = true;
        });
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseSameOriginWrites();
        app.UseAntiforgery();
        app.UsePageQueryValidation();
    }

    static void MapEndpoints(WebApplication app)
    {
        app.MapHealth();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs").AllowAnonymous();
        app.MapGet("/culture/{culture}", SetCulture).AllowAnonymous().ExcludeFromDescription();
        var api = app.MapGroup("/api/v1").RequireRateLimiting(RateLimits.Api);
        api.MapDirectory();
        api.MapEvents();
        api.MapOpportunities();
        api.MapPublishing();
        api.MapPartnering();
        api.MapMessaging();
        api.MapReviews();
        api.MapCooperation();
        api.MapAccounts(app);
        app.MapRazorComponents<App>().Add(endpoint =>
        {
            // The framework's redirect helper for enhanced navigation only follows a redirect the server itself protected.
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: "/_framework/opaque-redirect" })
                endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
        });
    }

    /// <summary>
    /// The language switcher: remembers the choice in the standard culture cookie and, for a signed-in account, as its
    /// preferred language (the one its e-mails and notifications are written in), and goes back.
    /// </summary>
    static async Task<IResult> SetCulture(string culture, string? returnUrl, HttpContext http, UserManager<AppUser> users)
    {
        var language = UiLanguage.FromCode(culture);
        if (http.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(http.User) is { } user && user.PreferredLanguage != language)
        {
            user.PreferredLanguage = language;
            await users.UpdateAsync(user);
        }
        var name = UiLanguage.CultureName(language);
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
