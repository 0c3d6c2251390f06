namespace BioBridge.Features.Publishing;

public sealed record PendingRevision(int Id, DateTime SubmittedAt, ProfileContent Content, IReadOnlyList<ChecklistItem> Checklist);
