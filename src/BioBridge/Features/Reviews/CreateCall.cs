using System.Text.RegularExpressions;
using BioBridge.Data;
using BioBridge.Features.Cooperation;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

/// <summary>An organizer opens a call: every field checked, each problem named by its field.</summary>
public sealed partial class CreateCall(AppDb db, TimeProvider clock, TranslationQueue translations)
{
    public const int MaxCriteria = 20;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,99}$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^\.[a-z0-9]{1,10}$")]
    private static partial Regex ExtensionPattern();

    public async Task<Outcome<Call>> HandleAsync(CallInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var slug = input.Slug?.Trim() ?? "";
        var kind = await CheckNamingAsync(input, slug, errors, ct);
        var (eligible, required) = await CheckClustersAsync(input, kind, errors, ct);
        var zone = input.TimeZone?.Trim() ?? "";
        var deadlineUtc = CheckDeadline(input.Deadline, zone, errors);
        var perSubmission = input.ReviewersPerSubmission ?? 2;
        if (perSubmission is < 1 or > 10)
            Error(errors, "reviewersPerSubmission", ReviewText.Say("Each submission gets 1 to 10 reviewers."));
        var criteria = input.Criteria ?? [];
        CheckRubric(criteria, errors);
        var types = (input.AttachmentTypes ?? []).Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList();
        var (megabytes, maxAttachments) = CheckAttachments(input, types, errors);
        var spread = input.SpreadThreshold ?? SubmissionRanking.DefaultSpreadThreshold;
        if (spread is <= 0 or > 1)
            Error(errors, "spreadThreshold", ReviewText.Say("The spread threshold is a share of the scale, above 0 and at most 1."));
        var (eventId, agreementId) = await LinksAsync(input, errors, ct);
        if (errors.Count > 0)
            return Outcome.Invalid(errors);

        var call = new Call
        {
            Slug = slug,
            Kind = kind!.Value,
            TitleKo = Trimmed(input.TitleKo), TitleZh = Trimmed(input.TitleZh), TitleEn = Trimmed(input.TitleEn),
            TextKo = Trimmed(input.TextKo), TextZh = Trimmed(input.TextZh), TextEn = Trimmed(input.TextEn),
            EligibleClusterIds = eligible,
            RequiredClusterIds = required,
            DeadlineUtc = deadlineUtc!.Value,
            TimeZone = zone,
            ReviewersPerSubmission = perSubmission,
            AttachmentTypes = types,
            MaxAttachmentBytes = megabytes * 1024 * 1024,
            MaxAttachments = maxAttachments,
            SpreadThreshold = spread,
            EventId = eventId,
            AgreementId = agreementId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Criteria = criteria.Select((c, i) => new CallCriterion
            {
                Position = i, NameKo = Trimmed(c.NameKo), NameZh = Trimmed(c.NameZh), NameEn = Trimmed(c.NameEn),
                Weight = c.Weight, ScaleMin = c.ScaleMin, ScaleMax = c.ScaleMax,
            }).ToList(),
        };
        db.Calls.Add(call);
        // The call's translation jobs are saved in its transaction, once the call has its id.
        await using var transaction = db.Database.CurrentTransaction is not null ? null : await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            return Outcome.Conflict(ReviewText.Say($"A call '{slug}' exists already."));
        }
        await translations.EnqueueAsync(Call.TranslationSubject, call.Id, ct);
        await translations.EnqueueAsync(CallCriterion.TranslationSubject, call.Criteria.Select(c => c.Id).ToList(), ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
            await transaction.CommitAsync(ct);
        return Outcome.Success(call);
    }

    /// <summary>Several problems of one field are all named.</summary>
    static void Error(Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];

    /// <summary>Slug, kind, titles and texts; answers the kind (null when unknown).</summary>
    async Task<CallKind?> CheckNamingAsync(CallInput input, string slug, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (!SlugPattern().IsMatch(slug))
            Error(errors, "slug", ReviewText.Say("The slug has 3 to 100 lowercase letters, digits and hyphens, e.g. slw-2026-awards."));
        else if (await db.Calls.AnyAsync(c => c.Slug == slug, ct))
            Error(errors, "slug", ReviewText.Say($"A call '{slug}' exists already."));
        var kind = CallKinds.Parse(input.Kind);
        if (kind is null)
            Error(errors, "kind", ReviewText.Say($"The kind is award or joint-rd, not '{input.Kind}'."));
        if (string.IsNullOrWhiteSpace(input.TitleKo) && string.IsNullOrWhiteSpace(input.TitleZh) && string.IsNullOrWhiteSpace(input.TitleEn))
            Error(errors, "title", ReviewText.Say("Give a title in at least one of Korean, Chinese and English."));
        foreach (var (field, text) in new[] { ("textKo", input.TextKo), ("textZh", input.TextZh), ("textEn", input.TextEn) })
            if (text?.Length > Call.MaxTextLength)
                Error(errors, field, ReviewText.Say($"The text has at most {Call.MaxTextLength:N0} characters."));
        return kind;
    }

    async Task<(List<string> Eligible, List<string> Required)> CheckClustersAsync(CallInput input, CallKind? kind, Dictionary<string, string[]> errors,
        CancellationToken ct)
    {
        var known = await db.Clusters.Select(c => c.Id).ToListAsync(ct);
        var eligible = (input.EligibleClusters ?? []).Select(c => c.Trim()).Distinct().ToList();
        var required = (input.RequiredClusters ?? (kind == CallKind.JointRd ? [Directory.Cluster.SeoulBioHub, Directory.Cluster.Liangjiang] : []))
            .Select(c => c.Trim()).Distinct().ToList();
        foreach (var (field, list) in new[] { ("eligibleClusters", eligible), ("requiredClusters", required) })
            foreach (var unknown in list.Where(c => !known.Contains(c)))
                Error(errors, field, ReviewText.Say($"Unknown cluster '{unknown}'."));
        if (kind == CallKind.Award && required.Count > 0)
            Error(errors, "requiredClusters", ReviewText.Say("An award call has no consortium, so no required clusters."));
        if (kind == CallKind.JointRd && required.Count < 2)
            Error(errors, "requiredClusters", ReviewText.Say("A joint R&D call requires organizations of at least two clusters."));
        return (eligible, required);
    }

    /// <summary>The deadline is local time in the call's zone; answers it in UTC.</summary>
    DateTime? CheckDeadline(DateTime? given, string zone, Dictionary<string, string[]> errors)
    {
        if (given is not { } deadline)
        {
            Error(errors, "deadline", ReviewText.Say("The deadline is required, as local time in the call's time zone (e.g. 2026-12-31T23:59:59)."));
            return null;
        }
        if (deadline.Kind == DateTimeKind.Utc)
        {
            Error(errors, "deadline", ReviewText.Say("Give the deadline as local time in the call's time zone, without an offset or Z."));
            return null;
        }
        var (utc, problem) = CallRules.DeadlineUtc(deadline, zone);
        if (problem is not null)
            Error(errors, utc is null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? "timeZone" : "deadline", problem);
        else if (utc <= clock.GetUtcNow().UtcDateTime)
            Error(errors, "deadline", ReviewText.Say($"The deadline {CallRules.ShowDeadline(utc!.Value, zone)} has passed already."));
        return utc;
    }

    static void CheckRubric(IReadOnlyList<CriterionInput> criteria, Dictionary<string, string[]> errors)
    {
        if (criteria.Count is 0 or > MaxCriteria)
            Error(errors, "criteria", ReviewText.Say($"The rubric has 1 to {MaxCriteria} criteria."));
        for (var i = 0; i < criteria.Count; i++)
        {
            var c = criteria[i];
            if (string.IsNullOrWhiteSpace(c.NameKo) && string.IsNullOrWhiteSpace(c.NameZh) && string.IsNullOrWhiteSpace(c.NameEn))
                Error(errors, $"criteria[{i}]", ReviewText.Say("Name the criterion in at least one language."));
            if (c.Weight is <= 0 or > 100)
                Error(errors, $"criteria[{i}]", ReviewText.Say("The weight is above 0 and at most 100."));
            if (c.ScaleMin < 0 || c.ScaleMax > 100 || c.ScaleMin >= c.ScaleMax)
                Error(errors, $"criteria[{i}]", ReviewText.Say($"The scale {c.ScaleMin}..{c.ScaleMax} must rise within 0..100, e.g. 1..5."));
        }
    }

    static (int Megabytes, int MaxAttachments) CheckAttachments(CallInput input, List<string> types, Dictionary<string, string[]> errors)
    {
        foreach (var bad in types.Where(t => !ExtensionPattern().IsMatch(t)))
            Error(errors, "attachmentTypes", ReviewText.Say($"'{bad}' is not a file extension such as .pdf."));
        var megabytes = input.MaxAttachmentMegabytes ?? 10;
        if (megabytes is < 1 or > 50)
            Error(errors, "maxAttachmentMegabytes", ReviewText.Say("An attachment may be 1 to 50 MB."));
        var maxAttachments = input.MaxAttachments ?? (types.Count > 0 ? 5 : 0);
        if (maxAttachments is < 0 or > 20)
            Error(errors, "maxAttachments", ReviewText.Say("A submission has 0 to 20 attachments."));
        return (megabytes, maxAttachments);
    }

    /// <summary>The event and the agreement the call belongs to, if it names them.</summary>
    async Task<(int? EventId, int? AgreementId)> LinksAsync(CallInput input, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        int? eventId = null, agreementId = null;
        if (!string.IsNullOrWhiteSpace(input.EventSlug))
            eventId = await db.Events.Where(e => e.Slug == input.EventSlug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct)
                ?? Unknown("eventSlug", ReviewText.Say($"Unknown event '{input.EventSlug}'."));
        if (!string.IsNullOrWhiteSpace(input.AgreementSlug))
            agreementId = await db.Agreements.IdOfAsync(input.AgreementSlug, ct)
                ?? Unknown("agreementSlug", ReviewText.Say($"Unknown agreement '{input.AgreementSlug}'."));
        return (eventId, agreementId);

        int? Unknown(string field, string message)
        {
            Error(errors, field, message);
            return null;
        }
    }

    static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
