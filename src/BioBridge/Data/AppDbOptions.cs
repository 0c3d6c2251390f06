using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Data;

/// <summary>
/// The context options of the configured provider, built once: building them per request made EF Core look up its
/// internal services on every scope, a measurable share of each request's CPU under load.
/// </summary>
public sealed class AppDbOptions(Func<AppDb> create)
{
    public AppDb Create() => create();

    public static AppDbOptions For(DatabaseConnection connection, IServiceProvider services)
    {
        if (connection.Provider == DatabaseProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresAppDb>()
                .UseNpgsql(connection.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(services.GetRequiredService<AuditTrail>(), Features.Cooperation.ActivityCounting.Instance)
                .UseApplicationServiceProvider(services).Options;
            return new AppDbOptions(() => new PostgresAppDb(postgres));
        }
        var sqlite = new DbContextOptionsBuilder<SqliteAppDb>()
            .UseSqlite(connection.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(services.GetRequiredService<AuditTrail>(), Features.Cooperation.ActivityCounting.Instance)
            .UseApplicationServiceProvider(services).Options;
        return new AppDbOptions(() => new SqliteAppDb(sqlite));
    }
}
