namespace BioBridge.Features.Publishing;

/// <summary>Revisions of profiles and opportunities, their machine-drafted translations, the background translation queue and the operators' vetting queue.</summary>
public static class PublishingFeature
{
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddScoped<SubmitProfile>();
        services.AddScoped<DraftProfileTranslations>();
        services.AddScoped<VetRevision>();
        services.AddScoped<PublishOpportunity>();
        services.AddScoped<ITranslatableSubject, OrganizationSubject>();
        services.AddScoped<ITranslatableSubject, OpportunitySubject>();
        services.AddScoped<RunTranslationJobs>();
        services.AddScoped<TranslationQueueOverview>();
        services.AddSingleton<TranslationBreaker>();
        services.AddHostedService<TranslationWorker>();
        return services;
    }

    public static IEndpointRouteBuilder MapPublishing(this IEndpointRouteBuilder api) => api.MapPublishingApi().MapOpportunityPublishingApi();
}
