using BioBridge.Data;
using Npgsql;

namespace BioBridge.Tests;

public class DatabaseConnectionTests
{
    [Fact]
    public void PostgresConnectionsPrepareRepeatedStatementsByDefault()
    {
        var connection = DatabaseConnection.Parse("Host=127.0.0.1;Port=5432;Username=app;Database=biobridge");

        connection.Provider.ShouldBe(DatabaseProvider.Postgres);
        new NpgsqlConnectionStringBuilder(connection.ConnectionString).MaxAutoPrepare.ShouldBe(64);
    }

    [Fact]
    public void AnOperatorsOwnAutoPrepareSettingIsKept()
    {
        var connection = DatabaseConnection.Parse("Host=127.0.0.1;Database=biobridge;Max Auto Prepare=0");

        new NpgsqlConnectionStringBuilder(connection.ConnectionString).MaxAutoPrepare.ShouldBe(0);
    }

    [Fact]
    public void PostgresUrisBecomeKeyValueStringsWithTheirCredentials()
    {
        var connection = DatabaseConnection.Parse("postgres://app:s%40cret@db.example:6543/biobridge?SSL%20Mode=Require");

        var parsed = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        (parsed.Host, parsed.Port, parsed.Database, parsed.Username, parsed.Password).ShouldBe(("db.example", 6543, "biobridge", "app", "s@cret"));
        parsed.SslMode.ShouldBe(SslMode.Require);
        parsed.MaxAutoPrepare.ShouldBe(64);
    }

    [Fact]
    public void AnythingElseIsASqliteConnectionString()
    {
        DatabaseConnection.Parse("Data Source=/tmp/x.db").Provider.ShouldBe(DatabaseProvider.Sqlite);
        DatabaseConnection.Parse(null).ConnectionString.ShouldEndWith(Path.Combine("data", "biobridge.db"));
    }
}
