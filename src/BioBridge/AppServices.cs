using Microsoft.AspNetCore.DataProtection;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Cooperation;
using BioBridge.Features.Demo;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Features.Messaging;
using BioBridge.Features.Operations;
using BioBridge.Features.Opportunities;
using BioBridge.Features.Partnering;
using BioBridge.Features.Publishing;
using BioBridge.Features.Reviews;
using BioBridge.Language;

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
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMachineTranslation();
        services.AddAccounts();
        services.AddDirectory();
        services.AddEvents();
        services.AddOpportunities();
        services.AddPublishing();
        services.AddPartnering();
        services.AddMessaging();
        services.AddReviews();
        services.AddCooperation();
        services.AddOperations();
        services.AddDemo();
        // Identity's cookies and tokens are protected with keys kept in the database: every node reads the same keys.
        services.AddDataProtection().SetApplicationName("BioBridge").PersistKeysToDbContext<AppDb>();
        return services;
    }
}
