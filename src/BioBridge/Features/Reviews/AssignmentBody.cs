namespace BioBridge.Features.Reviews;

public sealed record AssignmentBody(int? MaxPerReviewer);
