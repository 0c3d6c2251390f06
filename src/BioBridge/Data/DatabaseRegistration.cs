using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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
        services.AddSingleton(sp => AppDbOptions.For(sp.GetRequiredService<DatabaseConnection>(), sp));
        services.AddScoped(sp => sp.GetRequiredService<AppDbOptions>().Create());
        return services;
    }

    /// <summary>
    /// Applies pending migrations, after refusing a database whose history names migrations this build lacks;
    /// every command and the web app call this before anything else.
    /// </summary>
    public static async Task MigrateAsync(this AppDb db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while an import writes.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }
        await RefuseUnknownHistoryAsync(db, ct);
        await db.Database.MigrateAsync(ct);
        await Features.Cooperation.ActivitySummary.EnsureBuiltAsync(db, ct);
    }

    static async Task RefuseUnknownHistoryAsync(AppDb db, CancellationToken ct)
    {
        // A new database has no history yet.
        if (!await db.GetService<IHistoryRepository>().ExistsAsync(ct))
            return;
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(id => !known.Contains(id)).ToList();
        if (unknown.Count == 0)
            return;
        var provider = db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        throw new UnknownMigrationsException(new DatabaseConnection(provider, db.Database.GetConnectionString()!).Describe(), unknown);
    }
}
