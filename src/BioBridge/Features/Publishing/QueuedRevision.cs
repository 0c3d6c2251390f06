using BioBridge.Features.Directory;
using BioBridge.Features.Opportunities;

namespace BioBridge.Features.Publishing;

/// <summary>A waiting revision as the queue shows it: what is published now, what is proposed, and the checklist.</summary>
public sealed record QueuedRevision(Revision Revision, Organization Organization, Opportunity? Published, IReadOnlyList<ChecklistItem> Checklist);
