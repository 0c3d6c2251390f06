using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Data;

/// <summary>
/// The one model of the application. Each provider has its own subclass so that each keeps
/// its own migrations (Data/Migrations/Sqlite, Data/Migrations/Postgres), as the EF Core docs
/// prescribe for multiple providers.
/// </summary>
public abstract class AppDb(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Features.Directory.Cluster> Clusters => Set<Features.Directory.Cluster>();
    public DbSet<Features.Directory.Organization> Organizations => Set<Features.Directory.Organization>();
    public DbSet<Features.Directory.OrganizationSector> OrganizationSectors => Set<Features.Directory.OrganizationSector>();
    public DbSet<Features.Directory.TaxonomyConcept> Concepts => Set<Features.Directory.TaxonomyConcept>();
    public DbSet<Features.Cooperation.Agreement> Agreements => Set<Features.Cooperation.Agreement>();
    public DbSet<Features.Events.Event> Events => Set<Features.Events.Event>();
    public DbSet<Features.Opportunities.Opportunity> Opportunities => Set<Features.Opportunities.Opportunity>();
    public DbSet<Features.Opportunities.ExpressionOfInterest> ExpressionsOfInterest => Set<Features.Opportunities.ExpressionOfInterest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDb).Assembly);
    }
}

public sealed class SqliteAppDb(DbContextOptions<SqliteAppDb> options) : AppDb(options);

public sealed class PostgresAppDb(DbContextOptions<PostgresAppDb> options) : AppDb(options);
