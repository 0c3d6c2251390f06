using BioBridge.Features.Accounts;

namespace BioBridge.Features.Messaging;

public static class MessagingFeature
{
    /// <summary>Messages, broadcasts, digests and reminders; the reminder job runs only where a host runs.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services)
    {
        services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MessagingQueries>();
        services.AddScoped<OpenThread>();
        services.AddScoped<PostMessage>();
        services.AddScoped<IPersonalRecords, MessagePersonalRecords>();
        services.AddScoped<MarkThreadRead>();
        services.AddScoped<BroadcastToEvent>();
        services.AddScoped<MessageDigest>();
        services.AddScoped<SendDueReminders>();
        services.AddScoped<ChangeReminderSettings>();
        services.AddSingleton<ReminderWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderWorker>());
        return services;
    }

    public static IEndpointRouteBuilder MapMessaging(this IEndpointRouteBuilder api) => api.MapMessagingApi().MapRemindersApi();
}
