using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Events;

/// <summary>A programme session's title for the translation queue: public while its event is published.</summary>
public sealed class SessionSubject(AppDb db) : ColumnTextSubject(EventSession.TranslationSubject)
{
    protected override async Task<List<Row>> ReadAsync(IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var sessions = db.Events.SelectMany(e => e.Sessions, (e, s) => new { Session = s, e.IsPublished, e.Slug });
        if (ids is not null)
            sessions = sessions.Where(x => ids.Contains(x.Session.Id));
        return (await sessions.ToListAsync(ct)).Select(x => new Row(x.Session.Id, x.IsPublished, x.Session.Texts(),
            new SubjectLink(Shown(x.Session.Title) ?? $"#{x.Session.Id}", $"/events/{x.Slug}"))).ToList();
    }
}
