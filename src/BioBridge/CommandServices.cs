using BioBridge.Data;
using BioBridge.Features.Directory;

namespace BioBridge;

/// <summary>The services of one command run: logs go to stderr so stdout stays one JSON document.</summary>
public sealed class CommandServices : IAsyncDisposable
{
    readonly ServiceProvider root;
    readonly AsyncServiceScope scope;

    CommandServices(ServiceProvider root)
    {
        this.root = root;
        scope = root.CreateAsyncScope();
    }

    public static CommandServices Build(string? database)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(database is null ? [] : [new(DatabaseConnection.ConfigurationKey, database)])
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning));
        services.AddBioBridgeCore();
        return new CommandServices(services.BuildServiceProvider());
    }

    public IServiceProvider Provider => scope.ServiceProvider;

    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public async Task MigrateAsync()
    {
        await Get<AppDb>().MigrateAsync();
        await Get<TaxonomySync>().HandleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await root.DisposeAsync();
    }
}
