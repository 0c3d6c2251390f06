using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

/// <summary>A rubric criterion's name for the translation queue: public while its call is published.</summary>
public sealed class CriterionSubject(AppDb db) : ColumnTextSubject(CallCriterion.TranslationSubject)
{
    protected override async Task<List<Row>> ReadAsync(IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var criteria = db.Calls.SelectMany(c => c.Criteria, (c, k) => new { Criterion = k, c.IsPublished, c.Slug });
        if (ids is not null)
            criteria = criteria.Where(x => ids.Contains(x.Criterion.Id));
        return (await criteria.ToListAsync(ct)).Select(x => new Row(x.Criterion.Id, x.IsPublished, x.Criterion.Texts(),
            new SubjectLink(Shown(x.Criterion.Name) ?? $"#{x.Criterion.Id}", $"/calls/{x.Slug}"))).ToList();
    }
}
