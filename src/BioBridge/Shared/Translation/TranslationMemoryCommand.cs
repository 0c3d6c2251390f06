using System.Text.Json;
using BioBridge.Data;

namespace BioBridge.Shared;

/// <summary>`translation memory`: per service, the texts translated once, their reuses, the hit rate and the characters not sent again.</summary>
public static class TranslationMemoryCommand
{
    public static async Task<int> RunAsync(AppDb db, bool json, TextWriter stdout, TextWriter stderr)
    {
        var report = await TranslationMemory.ReportAsync(db, default);
        if (json)
            await stdout.WriteLineAsync(JsonSerializer.Serialize(report, CommandJson.Options));
        if (report.Count == 0)
            await stderr.WriteLineAsync("translation memory: empty (nothing has been machine-translated yet)");
        foreach (var use in report)
            await stderr.WriteLineAsync($"{use.Service}: {use.Entries:N0} texts translated once, {use.Hits:N0} reuses, hit rate {use.HitRate:P1}, {use.CharactersSaved:N0} characters not sent again");
        return 0;
    }
}
