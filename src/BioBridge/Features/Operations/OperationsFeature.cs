namespace BioBridge.Features.Operations;

/// <summary>What an operator of the installation runs: backup and restore of the whole database.</summary>
public static class OperationsFeature
{
    public static IServiceCollection AddOperations(this IServiceCollection services) => services.AddScoped<DatabaseBackup>();
}
