using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Publishing;

/// <summary>
/// Adds the translation jobs of published content to the caller's unit of work, so they are saved in the same
/// transaction as the publish itself: a language gets a job when it is missing, or machine-drafted from an older
/// source; a language a person wrote or verified never does. A new job supersedes the field's waiting ones.
/// </summary>
public sealed class TranslationQueue(AppDb db, IOptions<MachineTranslationOptions> options, TimeProvider clock)
{
    static readonly TranslationJobState[] Pending = [TranslationJobState.Queued, TranslationJobState.Running, TranslationJobState.Parked];

    public Task EnqueueAsync(Organization organization, CancellationToken ct) =>
        EnqueueAsync(TranslatableContent.OrganizationSubject, organization.Id, TranslatableContent.Of(organization).ToList(), ct);

    public Task EnqueueAsync(Opportunity opportunity, Organization owner, CancellationToken ct) =>
        EnqueueAsync(TranslatableContent.OpportunitySubject, opportunity.Id, [TranslatableContent.Of(opportunity, owner)], ct);

    async Task EnqueueAsync(string subject, int subjectId, IReadOnlyList<TranslatableField> fields, CancellationToken ct)
    {
        var service = options.Value.Provider;
        if (service == "off")
            return;
        var jobs = await db.TranslationJobs.Where(j => j.Subject == subject && j.SubjectId == subjectId
            && (Pending.Contains(j.State) || j.State == TranslationJobState.Done)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var field in fields)
            foreach (var target in field.Targets)
            {
                var ofTarget = jobs.Where(j => j.Field == field.Field && j.TargetLanguage == target).ToList();
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
