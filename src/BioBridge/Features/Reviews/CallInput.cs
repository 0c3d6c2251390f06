namespace BioBridge.Features.Reviews;

/// <summary>A new call. Deadline is the local date and time in TimeZone (an IANA zone), without offset.</summary>
public sealed record CallInput(string? Slug, string? Kind, string? TitleKo, string? TitleZh, string? TitleEn, string? TextKo, string? TextZh,
    string? TextEn, IReadOnlyList<string>? EligibleClusters, IReadOnlyList<string>? RequiredClusters, DateTime? Deadline, string? TimeZone,
    int? ReviewersPerSubmission, IReadOnlyList<CriterionInput>? Criteria, IReadOnlyList<string>? AttachmentTypes, int? MaxAttachmentMegabytes,
    int? MaxAttachments, double? SpreadThreshold, string? EventSlug, string? AgreementSlug);
