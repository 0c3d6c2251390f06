using System.Text.Json;

namespace BioBridge.Features.Operations;

/// <summary>What the backup and restore commands print (docs/contracts.md section 1).</summary>
public static class OperationsCommands
{
    public static async Task<int> Report(BackupOutcome outcome, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (json)
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new { succeeded = outcome.Succeeded, message = outcome.Message }, CommandJson.Options));
        await stderr.WriteLineAsync(outcome.Message);
        return outcome.Succeeded ? 0 : 1;
    }
}
