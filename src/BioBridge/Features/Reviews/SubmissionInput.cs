namespace BioBridge.Features.Reviews;

/// <summary>The editable part of a submission; Partners are the consortium partners' external ids (joint R&amp;D calls).</summary>
public sealed record SubmissionInput(string? Title, string? Summary, IReadOnlyList<string>? Partners);
