using BioBridge.Features.Accounts;

namespace BioBridge.Features.Directory;

/// <summary>Organizations and clusters: import and export, profiles, the taxonomy, and the search index over them.</summary>
public static class DirectoryFeature
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddSingleton<DirectorySearch>();
        services.AddScoped<DirectoryChanges>();
        services.AddScoped<ImportOrganizations>();
        services.AddScoped<ExportOrganizations>();
        services.AddScoped<OrganizationTemplate>();
        services.AddScoped<OrganizationViews>();
        services.AddScoped<TaxonomySync>();
        services.AddScoped<IAccountOrganizations, AccountOrganizations>();
        // Each node builds its own index from the database; it is not ready to serve until then.
        services.AddHostedService<DirectoryIndexRefresher>();
        services.AddHealthChecks().AddCheck<SearchIndexReadiness>("search-index", tags: [ProductionHosting.ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapDirectory(this IEndpointRouteBuilder api) => api.MapDirectoryApi();
}
