using Microsoft.EntityFrameworkCore;

namespace BioBridge.Tests.Migrations;

public class MigrationModelTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public void Each_providers_migrations_match_the_current_model(Provider provider)
    {
        // Comparing the model with the last migration's snapshot needs no server.
        using var db = MigrationSteps.Open(provider, provider == Provider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1");
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"the model changed without a {provider} migration: add one for each provider (docs/migrations.md)");
    }
}
