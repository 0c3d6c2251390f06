using System.Globalization;
using BioBridge.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BioBridge.Tests;

/// <summary>
/// Real SQLite faults (a full and a read-only database) go through the app's fault handler; PostgreSQL's
/// restart and read-only cases run against a real server in BioBridge.OperationsTests.
/// </summary>
public sealed class DatabaseFaultTests : IDisposable
{
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("biobridge-faults-");

    string File => Path.Combine(folder.FullName, "faults.db");

    SqliteConnection Open(string mode = "ReadWriteCreate")
    {
        var connection = new SqliteConnection($"Data Source={File};Mode={mode};Pooling=False");
        connection.Open();
        return connection;
    }

    static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    SqliteException FullDatabase()
    {
        using var connection = Open();
        Execute(connection, "CREATE TABLE notes (text TEXT)");
        // The disk is "full" once the file may not grow by another page.
        Execute(connection, "PRAGMA max_page_count = 3");
        return Should.Throw<SqliteException>(() =>
        {
            for (var i = 0; i < 1000; i++)
                Execute(connection, $"INSERT INTO notes VALUES ('{new string('x', 1000)}')");
        });
    }

    SqliteException ReadOnlyDatabase()
    {
        using (var connection = Open())
            Execute(connection, "CREATE TABLE notes (text TEXT)");
        using var readOnly = Open("ReadOnly");
        return Should.Throw<SqliteException>(() => Execute(readOnly, "INSERT INTO notes VALUES ('x')"));
    }

    static async Task<(int Status, string Body, string? RetryAfter)> HandleAsync(Exception exception, string culture, string path = "/api/v1/events/slw-2026/requests", string accept = "application/json")
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Path = path;
        http.Request.Headers.Accept = accept;
        http.Response.Body = new MemoryStream();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var handler = new DatabaseFaultHandler(services.GetRequiredService<IProblemDetailsService>(), NullLogger<DatabaseFaultHandler>.Instance);
            (await handler.TryHandleAsync(http, exception, CancellationToken.None)).ShouldBeTrue();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, await new StreamReader(http.Response.Body).ReadToEndAsync(), http.Response.Headers.RetryAfter.FirstOrDefault());
    }

    [Fact]
    public async Task A_full_database_is_answered_507_with_the_reason_in_the_users_language()
    {
        var full = new DbUpdateException("An error occurred while saving the entity changes.", FullDatabase());

        var (status, body, retryAfter) = await HandleAsync(full, "en");
        status.ShouldBe(StatusCodes.Status507InsufficientStorage);
        body.ShouldContain("no space left");
        retryAfter.ShouldBeNull("a full disk does not go away by waiting");

        (await HandleAsync(full, "ko")).Body.ShouldContain("저장 공간이 가득");
        (await HandleAsync(full, "zh-Hans")).Body.ShouldContain("存储空间已满");
    }

    [Fact]
    public async Task A_read_only_database_is_answered_503_with_retry_after_and_a_page_for_browsers()
    {
        var readOnly = new DbUpdateException("An error occurred while saving the entity changes.", ReadOnlyDatabase());

        var (status, body, retryAfter) = await HandleAsync(readOnly, "en");
        status.ShouldBe(StatusCodes.Status503ServiceUnavailable);
        body.ShouldContain("read-only");
        retryAfter.ShouldBe("5");
        readOnly.IsConstraintViolation().ShouldBeFalse("a read-only database is not a conflict");

        var page = await HandleAsync(readOnly, "ko", "/organizations/cq-xiaowan", "text/html,application/xhtml+xml,*/*;q=0.8");
        page.Status.ShouldBe(StatusCodes.Status503ServiceUnavailable);
        page.Body.ShouldContain("<p role=\"alert\">");
        page.Body.ShouldContain("읽기 전용");
    }

    [Fact]
    public void A_unique_index_race_is_a_conflict_and_no_database_fault()
    {
        using var connection = Open();
        Execute(connection, "CREATE TABLE pairs (a INTEGER, b INTEGER, UNIQUE (a, b))");
        Execute(connection, "INSERT INTO pairs VALUES (1, 2)");
        var duplicate = new DbUpdateException("duplicate", Should.Throw<SqliteException>(() => Execute(connection, "INSERT INTO pairs VALUES (1, 2)")));

        duplicate.IsConstraintViolation().ShouldBeTrue();
        DatabaseFault.Of(duplicate).ShouldBeNull();
        DatabaseFault.Of(new InvalidOperationException("a bug")).ShouldBeNull("bugs stay 500s");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
