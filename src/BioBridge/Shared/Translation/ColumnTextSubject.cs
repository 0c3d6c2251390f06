using BioBridge.Language;

namespace BioBridge.Shared;

/// <summary>A subject whose texts are ColumnTexts (an event, a session, a call, a criterion): one query reads them, for the queue and for republish.</summary>
public abstract class ColumnTextSubject(string name) : ITranslatableSubject
{
    /// <summary>One row's texts, whether the row is public and where it is read.</summary>
    protected sealed record Row(int Id, bool IsPublic, ColumnTexts Texts, SubjectLink Link);

    public string Name => name;

    /// <summary>The rows of these ids (every row when null), tracked.</summary>
    protected abstract Task<List<Row>> ReadAsync(IReadOnlyCollection<int>? ids, CancellationToken ct);

    /// <summary>A text as the operator page names it: in the reader's language, else another.</summary>
    protected static string? Shown(LocalizedText text) => text.GetWithFallback(Resources.UiLanguage.Current).Text;

    public async Task<ILookup<int, TranslatableField>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        (await ReadAsync(ids, ct)).SelectMany(r => r.Texts.Fields(r.IsPublic), (r, field) => (r.Id, Field: field)).ToLookup(x => x.Id, x => x.Field);

    public async Task<Dictionary<int, SubjectLink>> LinksAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        (await ReadAsync(ids, ct)).ToDictionary(r => r.Id, r => r.Link);

    public async Task RequeueAllAsync(TranslationQueue queue, CancellationToken ct)
    {
        var published = (await ReadAsync(null, ct)).Where(r => r.IsPublic).ToList();
        foreach (var row in published)
            row.Texts.DropMachineDrafts();
        await queue.EnqueueAsync(Name, published.Select(r => r.Id).ToList(), ct);
    }
}
