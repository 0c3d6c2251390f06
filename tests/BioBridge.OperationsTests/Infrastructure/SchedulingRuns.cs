using Npgsql;

namespace BioBridge.OperationsTests.Infrastructure;

/// <summary>What the database says about a scheduling run: the tests read it directly, as an operator would.</summary>
static class SchedulingRuns
{
    public static async Task<(string Status, string? Owner, string? Progress)> StateAsync(TwoNodesBehindProxy cluster, int runId)
    {
        await using var connection = new NpgsqlConnection(cluster.ReaderConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Status", "LeaseOwner", "Progress" FROM "SchedulingRuns" WHERE "Id" = @id""", connection);
        command.Parameters.AddWithValue("id", runId);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue($"run {runId} exists");
        return (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    public static async Task<string> WaitForEndAsync(TwoNodesBehindProxy cluster, int runId, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var (status, _, progress) = await StateAsync(cluster, runId);
            if (status is "Succeeded" or "Failed")
                return status;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"run {runId} still {status} ({progress}) after {within.TotalSeconds} s");
            await Task.Delay(200);
        }
    }

    /// <summary>The event's unpublished proposal must be exactly this run's meetings: none half-written by another attempt.</summary>
    public static async Task<long> ProposedMeetingsAsync(TwoNodesBehindProxy cluster, int runId)
    {
        await using var connection = new NpgsqlConnection(cluster.ReaderConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE "RunId" = @id), count(*) FILTER (WHERE "RunId" IS DISTINCT FROM @id)
            FROM "Meetings" m WHERE NOT m."IsPublished" AND NOT m."IsFixed"
              AND m."EventId" = (SELECT "EventId" FROM "SchedulingRuns" WHERE "Id" = @id)
            """, connection);
        command.Parameters.AddWithValue("id", runId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        reader.GetInt64(1).ShouldBe(0, "the proposal holds only the latest run's meetings");
        return reader.GetInt64(0);
    }
}
