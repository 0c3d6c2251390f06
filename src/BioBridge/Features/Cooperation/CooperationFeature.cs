namespace BioBridge.Features.Cooperation;

public static class CooperationFeature
{
    public static IServiceCollection AddCooperation(this IServiceCollection services)
    {
        services.AddScoped<UploadAgreementDocument>();
        services.AddScoped<SaveCommitment>();
        services.AddScoped<ExchangeRates>();
        services.AddScoped<RecordDeal>();
        services.AddScoped<StartJointProject>();
        services.AddScoped<CreatePipeline>();
        services.AddScoped<SaveWatchlistEntry>();
        services.AddScoped<IntroduceOrganization>();
        services.AddScoped<ScoutingBoard>();
        services.AddScoped<CooperationDashboard>();
        services.AddScoped<DashboardReports>();
        services.AddScoped<SeedCooperationDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapCooperation(this IEndpointRouteBuilder api) => api.MapAgreementsApi().MapCooperationApi();
}
