using BioBridge.Features.Directory;

namespace BioBridge.Features.Reviews;

public sealed record CallItem(string Slug, string Kind, LocalizedDto Title, LocalizedDto Text, DateTime DeadlineUtc, string Deadline, string TimeZone,
    bool IsOpen, IReadOnlyList<string> EligibleClusters, IReadOnlyList<string> RequiredClusters, int ReviewersPerSubmission,
    IReadOnlyList<CriterionItem> Criteria, IReadOnlyList<string> AttachmentTypes, int MaxAttachmentBytes, int MaxAttachments, double SpreadThreshold,
    string? EventSlug, string? AgreementSlug, TranslatedText TitleVersions, TranslatedText TextVersions);
