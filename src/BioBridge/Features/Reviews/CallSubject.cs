using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

/// <summary>A call's title and text for the translation queue: public while the call is published.</summary>
public sealed class CallSubject(AppDb db) : ColumnTextSubject(Call.TranslationSubject)
{
    protected override async Task<List<Row>> ReadAsync(IReadOnlyCollection<int>? ids, CancellationToken ct) =>
        (await (ids is null ? db.Calls : db.Calls.Where(c => ids.Contains(c.Id))).ToListAsync(ct))
            .Select(c => new Row(c.Id, c.IsPublished, c.Texts(), new SubjectLink(Shown(c.Title) ?? c.Slug, $"/calls/{c.Slug}"))).ToList();
}
