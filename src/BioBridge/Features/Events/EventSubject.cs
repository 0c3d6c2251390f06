using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Events;

/// <summary>An event's name and description for the translation queue: public while the event is published.</summary>
public sealed class EventSubject(AppDb db) : ColumnTextSubject(Event.TranslationSubject)
{
    protected override async Task<List<Row>> ReadAsync(IReadOnlyCollection<int>? ids, CancellationToken ct) =>
        (await (ids is null ? db.Events : db.Events.Where(e => ids.Contains(e.Id))).ToListAsync(ct))
            .Select(e => new Row(e.Id, e.IsPublished, e.Texts(), new SubjectLink(Shown(e.Name) ?? e.Slug, $"/events/{e.Slug}"))).ToList();
}
