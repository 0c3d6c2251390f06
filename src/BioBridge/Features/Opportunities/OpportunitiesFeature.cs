using BioBridge.Features.Accounts;

namespace BioBridge.Features.Opportunities;

/// <summary>Offers and requests an organization publishes, and the interest other organizations express in them.</summary>
public static class OpportunitiesFeature
{
    public static IServiceCollection AddOpportunities(this IServiceCollection services)
    {
        services.AddScoped<ExpressInterest>();
        services.AddScoped<AnswerInterest>();
        services.AddScoped<IPersonalRecords, OpportunityPersonalRecords>();
        services.AddScoped<OpportunityQueries>();
        services.AddScoped<IDemoSeed, SeedOpportunitiesDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapOpportunities(this IEndpointRouteBuilder api) => api.MapOpportunitiesApi();
}
