using System.Security.Cryptography;
using System.Text;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Shared;

/// <summary>
/// The translation memory in front of a service: a text already translated by this service into this language is
/// answered from the database and never sent again. It writes through its own context, so a lookup in the middle of
/// a use case never saves that use case's pending changes. Every entry is one text sent, so the entries created this
/// month are the characters the service bills this month: a text that would pass the monthly budget is not sent.
/// </summary>
public sealed class TranslationMemory(ITranslationService service, AppDbOptions databases, TimeProvider clock, long? monthlyCharacters = null)
    : ITranslationService
{
    public string Name => service.Name;
    public bool TranslatesMarkup => service.TranslatesMarkup;

    public async Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct)
    {
        var hash = Hash(text);
        await using var db = databases.Create();
        var now = clock.GetUtcNow().UtcDateTime;
        var known = await db.TranslationMemoryEntries
            .Where(e => e.Service == Name && e.SourceLanguage == from && e.TargetLanguage == to && e.SourceHash == hash)
            .Select(e => new { e.Id, e.Translation }).SingleOrDefaultAsync(ct);
        if (known is not null)
        {
            await db.TranslationMemoryEntries.Where(e => e.Id == known.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Hits, e => e.Hits + 1).SetProperty(e => e.LastHitAt, now), ct);
            return known.Translation;
        }
        if (monthlyCharacters is { } budget && await SentThisMonthAsync(db, Name, now, ct) is var sent && sent + text.Length > budget)
            throw new TranslationFailedException(TranslationFailure.BudgetExhausted,
                $"The monthly budget of {budget:N0} characters for {Name} is spent ({sent:N0} sent this month; " +
                $"BioBridge:MachineTranslation:MonthlyCharacters).");
        var translated = await service.TranslateAsync(text, from, to, ct);
        db.TranslationMemoryEntries.Add(new TranslationMemoryEntry
        {
            Service = Name, SourceLanguage = from, TargetLanguage = to, SourceHash = hash, SourceCharacters = text.Length,
            Translation = translated, CreatedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            // Another request translated the same text at the same moment: its entry serves from now on.
        }
        return translated;
    }

    /// <summary>Characters sent to the service since the first of this month (UTC): the texts first translated this month.</summary>
    public static async Task<long> SentThisMonthAsync(AppDb db, string service, DateTime now, CancellationToken ct)
    {
        var month = MonthStart(now);
        return await db.TranslationMemoryEntries.Where(e => e.Service == service && e.CreatedAt >= month).SumAsync(e => (long)e.SourceCharacters, ct);
    }

    public static DateTime MonthStart(DateTime now) => new(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Per service: entries (each one text sent once), reuses, the hit rate of all lookups and the characters not sent again.</summary>
    public static async Task<List<TranslationMemoryUse>> ReportAsync(AppDb db, CancellationToken ct)
    {
        var rows = await db.TranslationMemoryEntries.GroupBy(e => e.Service)
            .Select(g => new { Service = g.Key, Entries = g.Count(), Hits = g.Sum(e => e.Hits), Saved = g.Sum(e => (long)e.SourceCharacters * e.Hits) })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Service, StringComparer.Ordinal)
            .Select(r => new TranslationMemoryUse(r.Service, r.Entries, r.Hits, Math.Round((double)r.Hits / (r.Hits + r.Entries), 4), r.Saved)).ToList();
    }
}
