using System.Diagnostics;
using System.Text.Json;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// `cooperation rebuild-summaries`: recounts the dashboard's daily activity summary from the records, in one
/// transaction; for databases filled by bulk SQL (the bench generator, restores of hand-edited data) that bypass the
/// saves that keep it current.
/// </summary>
public static class RebuildSummariesCommand
{
    public static async Task<int> RunAsync(AppDb db, bool json, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1)); // one statement reads every request, meeting and follow-up
        await using var transaction = await db.Database.BeginTransactionAsync();
        var rows = await ActivitySummary.RebuildAsync(db, default);
        await transaction.CommitAsync();
        var seconds = Math.Round(clock.Elapsed.TotalSeconds, 1);
        if (json)
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new { rows, seconds }, CommandJson.Options));
        await stderr.WriteLineAsync(CooperationText.Say($"activity summary rebuilt: {rows:N0} day rows in {seconds} s"));
        return 0;
    }
}
