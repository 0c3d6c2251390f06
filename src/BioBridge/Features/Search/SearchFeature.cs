namespace BioBridge.Features.Search;

/// <summary>Registers the directory's search index and the readiness check that waits for it.</summary>
public static class SearchFeature
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<DirectorySearch>();
        services.AddScoped<DirectoryChanges>();
        services.AddHealthChecks().AddCheck<SearchIndexReadiness>("search-index", tags: [ProductionHosting.ReadyTag]);
        return services;
    }
}
