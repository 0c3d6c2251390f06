namespace BioBridge.Features.Reviews;

public sealed record AssignmentResult(int Added, int Submissions, IReadOnlyDictionary<string, int> Loads);
