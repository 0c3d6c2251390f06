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
/// With a service-side term glossary (DeepL) the key is the glossary's name and the text, so a taxonomy change (a new
/// glossary) never reuses a translation made with the old terms.
/// </summary>
public sealed class TranslationMemory(ITranslationService service, AppDbOptions databases, TimeProvider clock, long? monthlyCharacters = null)
    : ITranslationService
{
    public string Name => service.Name;
    public bool TranslatesMarkup => service.TranslatesMarkup;

    public Task<string?> TermGlossaryAsync(string from, string to, CancellationToken ct) => service.TermGlossaryAsync(from, to, ct);

    public async Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct)
    {
        var hash = Key(text, await service.TermGlossaryAsync(from, to, ct));
        await using var db = databases.Create();
        var now = clock.GetUtcNow().UtcDateTime;
        var known = await db.TranslationMemoryEntries
            .Where(e => e.Service == Name && e.SourceLanguage == from && e.TargetLanguage == to && e.SourceHash == hash)
            .Select(e => new { e.Id, e.Translation }).SingleOrDefaultAsync(ct);
        if (known is null)
            return await SendAsync(db, text, hash, from, to, 0, now, ct);
        await CountHitsAsync(db, [known.Id], 1, now, ct);
        return known.Translation;
    }

    /// <summary>
    /// A page's texts at once: one lookup for all of them and one update of the reuse counts, so reading a thread of
    /// fifty known messages costs two commands, not a hundred. Each text not known is sent once (a repeat in the same
    /// batch counts as a reuse), one by one; after a failure the rest are not sent.
    /// </summary>
    public async Task<IReadOnlyList<string?>> TranslateManyAsync(IReadOnlyList<(string Text, string From)> texts, string to, CancellationToken ct)
    {
        var answers = new string?[texts.Count];
        if (texts.Count == 0)
            return answers;
        var languages = texts.Select(t => t.From).Distinct().ToList();
        var glossaries = await service.TermGlossariesAsync(languages, to, ct);
        var keys = texts.Select(t => (t.From, Hash: Key(t.Text, glossaries[t.From]))).ToList();
        var hashes = keys.Select(k => k.Hash).Distinct().ToList();
        await using var db = databases.Create();
        var now = clock.GetUtcNow().UtcDateTime;
        var known = (await db.TranslationMemoryEntries
                .Where(e => e.Service == Name && languages.Contains(e.SourceLanguage) && e.TargetLanguage == to && hashes.Contains(e.SourceHash))
                .Select(e => new { e.Id, e.SourceLanguage, e.SourceHash, e.Translation }).ToListAsync(ct))
            .ToDictionary(e => (e.SourceLanguage, e.SourceHash), e => (e.Id, e.Translation));
        var reuses = new Dictionary<int, int>();
        var failed = false;
        foreach (var group in keys.Select((key, i) => (key, i)).GroupBy(p => p.key, p => p.i))
        {
            var positions = group.ToList();
            string translation;
            if (known.TryGetValue(group.Key, out var entry))
                (translation, reuses[entry.Id]) = (entry.Translation, positions.Count);
            else if (failed)
                continue;
            else
            {
                try
                {
                    translation = await SendAsync(db, texts[positions[0]].Text, group.Key.Hash, group.Key.From, to, positions.Count - 1, now, ct);
                }
                catch (TranslationFailedException)
                {
                    failed = true;
                    continue;
                }
            }
            foreach (var i in positions)
                answers[i] = translation;
        }
        foreach (var count in reuses.GroupBy(r => r.Value, r => r.Key))
            await CountHitsAsync(db, count.ToList(), count.Key, now, ct);
        return answers;
    }

    /// <summary>Sends a text the memory does not know (unless it would pass the monthly budget) and keeps the answer,
    /// with the reuses it already had in the same batch.</summary>
    async Task<string> SendAsync(AppDb db, string text, string hash, string from, string to, int reuses, DateTime now, CancellationToken ct)
    {
        if (monthlyCharacters is { } budget && await SentThisMonthAsync(db, Name, now, ct) is var sent && sent + text.Length > budget)
            throw new TranslationFailedException(TranslationFailure.BudgetExhausted,
                $"The monthly budget of {budget:N0} characters for {Name} is spent ({sent:N0} sent this month; " +
                $"BioBridge:MachineTranslation:MonthlyCharacters).");
        var translated = await service.TranslateAsync(text, from, to, ct);
        var entry = new TranslationMemoryEntry
        {
            Service = Name, SourceLanguage = from, TargetLanguage = to, SourceHash = hash, SourceCharacters = text.Length,
            Translation = translated, CreatedAt = now, Hits = reuses, LastHitAt = reuses > 0 ? now : null,
        };
        db.TranslationMemoryEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            // Another request translated the same text at the same moment: its entry serves from now on.
            db.Entry(entry).State = EntityState.Detached;
        }
        return translated;
    }

    /// <summary>What an entry is found by: the text as sent, and the service-side glossary it was sent with.</summary>
    static string Key(string text, string? glossary) => Hash(glossary is null ? text : glossary + "\n" + text);

    static Task<int> CountHitsAsync(AppDb db, IReadOnlyCollection<int> ids, int reuses, DateTime now, CancellationToken ct) =>
        db.TranslationMemoryEntries.Where(e => ids.Contains(e.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Hits, e => e.Hits + reuses).SetProperty(e => e.LastHitAt, now), ct);

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
