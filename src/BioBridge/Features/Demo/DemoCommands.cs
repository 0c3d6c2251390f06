using System.Text.Json;
using BioBridge.Features.Directory;

namespace BioBridge.Features.Demo;

/// <summary>The command that loads the demo data (docs/contracts.md section 1).</summary>
public static class DemoCommands
{
    public static async Task<int> SeedAsync(IServiceProvider services, bool json, TextWriter stdout, TextWriter stderr)
    {
        var outcome = await DirectoryCommands.WithProgressAsync(stderr, "seed", (progress, ct) => services.GetRequiredService<SeedDemo>().HandleAsync(progress, ct));
        if (json)
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new { seeded = outcome.Seeded, message = outcome.Message }, CommandJson.Options));
        await stderr.WriteLineAsync(outcome.Message);
        return outcome.Seeded ? 0 : 1;
    }
}
