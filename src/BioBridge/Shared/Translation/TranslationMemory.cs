using System.Security.Cryptography;
using System.Text;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Shared;

/// <summary>
/// The translation memory in front of a service: a text already translated by this service into this language is
/// answered from the database and never sent again. It writes through its own context, so a lookup in the middle of
/// a use case never saves that use case's pending changes.
/// </summary>
public sealed class TranslationMemory(ITranslationService service, AppDbOptions databases, TimeProvider clock) : ITranslationService
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
