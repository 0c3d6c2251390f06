using BioBridge.Data;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

/// <summary>Loads the taxonomy data file into the database, so SQL reports can group and label by concept.</summary>
public sealed class TaxonomySync(AppDb db, Taxonomy taxonomy)
{
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var stored = await db.Concepts.ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, ct);
        var changed = 0;
        foreach (var concept in taxonomy.Concepts)
        {
            var (ko, zh, en) = (concept.LabelIn("ko"), concept.LabelIn("zh"), concept.LabelIn("en"));
            if (!stored.Remove(concept.Code, out var row))
            {
                db.Concepts.Add(new TaxonomyConcept { Code = concept.Code, ParentCode = concept.ParentCode, LabelKo = ko, LabelZh = zh, LabelEn = en });
                changed++;
            }
            else if (row.ParentCode != concept.ParentCode || row.LabelKo != ko || row.LabelZh != zh || row.LabelEn != en)
            {
                (row.ParentCode, row.LabelKo, row.LabelZh, row.LabelEn) = (concept.ParentCode, ko, zh, en);
                changed++;
            }
        }
        // Concepts dropped from the file go too; organization tags that named them stay as plain codes.
        db.Concepts.RemoveRange(stored.Values);
        changed += stored.Count;
        if (changed > 0)
            await db.SaveChangesAsync(ct);
        return changed;
    }
}
