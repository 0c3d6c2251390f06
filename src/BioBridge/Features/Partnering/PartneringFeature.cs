using BioBridge.Features.Accounts;

namespace BioBridge.Features.Partnering;

public static class PartneringFeature
{
    /// <summary>The use cases, queries and background job of partnering; the worker only runs where a host runs.</summary>
    public static IServiceCollection AddPartnering(this IServiceCollection services)
    {
        services.AddOptions<PartneringOptions>().BindConfiguration(PartneringOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PartneringQueries>();
        services.AddScoped<PairScheduling>();
        services.AddScoped<PartneringNotifications>();
        services.AddScoped<SetUpPartnering>();
        services.AddScoped<RegisterDelegate>();
        services.AddScoped<IPersonalRecords, DelegatePersonalRecords>();
        services.AddScoped<RequestMeeting>();
        services.AddScoped<AnswerMeetingRequest>();
        services.AddScoped<CancelMeetingRequest>();
        services.AddScoped<BuildScheduleInstance>();
        services.AddScoped<QueueSchedulingRun>();
        services.AddScoped<RunScheduling>();
        services.AddScoped<StoreProposal>();
        services.AddScoped<PublishSchedule>();
        services.AddScoped<MoveMeeting>();
        services.AddScoped<MarkAttendance>();
        services.AddScoped<SeedPartneringDemo>();
        services.AddScoped<ProgramQueries>();
        services.AddScoped<SetUpProgram>();
        services.AddScoped<OrganizeDelegation>();
        services.AddScoped<UpdateDelegate>();
        services.AddScoped<SubmitFollowUp>();
        services.AddScoped<SeedPartneringLoad>();
        services.AddScoped<ConfigureScheduling>();
        services.AddScoped<MarkPreference>();
        services.AddScoped<GenerateFromPreferences>();
        services.AddScoped<OfferFreeSlots>();
        services.AddSingleton<SchedulingSignal>();
        services.AddHostedService<SchedulingWorker>();
        services.AddSingleton<NotificationMailer>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationMailer>());
        return services;
    }

    public static IEndpointRouteBuilder MapPartnering(this IEndpointRouteBuilder api) => api.MapPartneringApi().MapSchedulingModesApi();
}
