namespace BioBridge.Features.Reviews;

public enum SubmissionStatus { Draft, Submitted, Withdrawn }
