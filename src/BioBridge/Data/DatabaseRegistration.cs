using Microsoft.EntityFrameworkCore;

namespace BioBridge.Data;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers <see cref="AppDb"/> for the chosen provider. The connection is read when the
    /// first context is created, so test hosts can still override configuration.
    /// </summary>
    public static IServiceCollection AddAppDb(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IConfiguration>()[DatabaseConnection.ConfigurationKey]
                ?? Environment.GetEnvironmentVariable(DatabaseConnection.EnvironmentVariable);
            var connection = DatabaseConnection.Parse(configured);
            connection.EnsureFolderExists();
            return connection;
        });
        services.AddScoped<AppDb>(sp =>
        {
            var connection = sp.GetRequiredService<DatabaseConnection>();
            return connection.Provider switch
            {
                DatabaseProvider.Postgres => new PostgresAppDb(new DbContextOptionsBuilder<PostgresAppDb>()
                    .UseNpgsql(connection.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .UseApplicationServiceProvider(sp).Options),
                _ => new SqliteAppDb(new DbContextOptionsBuilder<SqliteAppDb>()
                    .UseSqlite(connection.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .UseApplicationServiceProvider(sp).Options),
            };
        });
        return services;
    }

    /// <summary>Applies pending migrations; every command and the web app call this before anything else.</summary>
    public static async Task MigrateAsync(this AppDb db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while an import writes.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync(ct);
    }
}
