using Microsoft.AspNetCore.DataProtection;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using BioBridge.Features.Cooperation;
using BioBridge.Features.Demo;
using BioBridge.Features.Directory;
using BioBridge.Features.Messaging;
using BioBridge.Features.Opportunities;
using BioBridge.Features.Partnering;
using BioBridge.Features.Publishing;
using BioBridge.Features.Reviews;
using BioBridge.Features.Search;
using BioBridge.Language;
using Microsoft.Extensions.Logging.Console;

namespace BioBridge;

/// <summary>The services the web app and the commands share; the composition root's common half.</summary>
public static class AppServices
{
    public static IServiceCollection AddBioBridgeCore(this IServiceCollection services)
    {
        services.AddAppDb();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => Taxonomy.Default);
        services.AddSingleton(sp => new ConceptExtractor(sp.GetRequiredService<Taxonomy>()));
        services.AddSearch();
        services.AddScoped<ImportOrganizations>();
        services.AddScoped<ExportOrganizations>();
        services.AddScoped<OrganizationViews>();
        services.AddScoped<PublishOpportunity>();
        services.AddScoped<ExpressInterest>();
        services.AddScoped<AnswerInterest>();
        services.AddScoped<OpportunityQueries>();
        services.AddPublishing();
        services.AddPartnering();
        services.AddMessaging();
        services.AddReviews();
        services.AddCooperation();
        services.AddScoped<TaxonomySync>();
        services.AddScoped<SeedDemo>();
        services.AddScoped<Features.Operations.DatabaseBackup>();
        services.AddAccounts();
        // Identity's cookies and tokens are protected with keys kept in the database: every node reads the same keys.
        services.AddDataProtection().SetApplicationName("BioBridge").PersistKeysToDbContext<AppDb>();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDb>()
            .AddUserStore<AccountUserStore>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        return services;
    }
}
