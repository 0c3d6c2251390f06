namespace BioBridge.Features.Reviews;

/// <summary>A submission to be reviewed: the organizations behind it (applicant and consortium partners) and their clusters.</summary>
public sealed record AssignmentSubmission(int Id, string Label, IReadOnlySet<int> Organizations, IReadOnlySet<string> Clusters);
