using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Shared;

/// <summary>
/// Adds the translation jobs of published content to the caller's unit of work, so they are saved in the same
/// transaction as the publish itself: a language gets a job when it is missing, or machine-drafted from an older
/// source; a language a person wrote or verified never does. A new job supersedes the field's waiting ones.
/// The content is read through its ITranslatableSubject, so a new row is queued once it has its id.
/// </summary>
public sealed class TranslationQueue(AppDb db, IEnumerable<ITranslatableSubject> subjects, IOptions<MachineTranslationOptions> options, TimeProvider clock)
{
    static readonly TranslationJobState[] Pending = [TranslationJobState.Queued, TranslationJobState.Running, TranslationJobState.Parked];

    public IEnumerable<ITranslatableSubject> Subjects => subjects;

    /// <summary>The subject of a job's Subject; null for one no feature registers (any more).</summary>
    public ITranslatableSubject? Subject(string name) => subjects.FirstOrDefault(s => s.Name == name);

    public Task EnqueueAsync(string subject, int subjectId, CancellationToken ct) => EnqueueAsync(subject, [subjectId], ct);

    public async Task EnqueueAsync(string subject, IReadOnlyCollection<int> subjectIds, CancellationToken ct)
    {
        var service = options.Value.Provider;
        if (service == "off" || subjectIds.Count == 0)
            return;
        var fields = await (Subject(subject) ?? throw new InvalidOperationException($"no translatable subject '{subject}' is registered"))
            .LoadAsync(subjectIds, ct);
        var jobs = (await db.TranslationJobs.Where(j => j.Subject == subject && subjectIds.Contains(j.SubjectId)
            && (Pending.Contains(j.State) || j.State == TranslationJobState.Done)).ToListAsync(ct)).ToLookup(j => j.SubjectId);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var subjectId in subjectIds)
            foreach (var field in fields[subjectId])
                foreach (var target in field.Targets)
                {
                    var ofTarget = jobs[subjectId].Where(j => j.Field == field.Field && j.TargetLanguage == target).ToList();
                    var hash = field.Hash;
                    var state = field.Target(target);
                    var needed = field.IsPublic && state is null or TranslationState.Machine
                        && !(state == TranslationState.Machine && ofTarget.Any(j => j.State == TranslationJobState.Done && j.SourceHash == hash));
                    if (needed && ofTarget.Any(j => Pending.Contains(j.State) && j.SourceHash == hash))
                        continue; // already waiting for this very text
                    foreach (var earlier in ofTarget.Where(j => j.State is TranslationJobState.Queued or TranslationJobState.Parked))
                        earlier.Finish(TranslationJobState.Superseded, now, "a later change of the same field replaced it");
                    if (!needed)
                        continue;
                    db.TranslationJobs.Add(new TranslationJob
                    {
                        Subject = subject, SubjectId = subjectId, Field = field.Field, SourceLanguage = field.SourceLanguage, SourceHash = hash,
                        TargetLanguage = target, Service = service, CreatedAt = now, NextAttemptAt = now,
                    });
                }
    }
}
