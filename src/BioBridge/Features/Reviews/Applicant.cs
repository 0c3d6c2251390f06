namespace BioBridge.Features.Reviews;

/// <summary>An organization of a submission, as the eligibility rules see it.</summary>
public sealed record Applicant(int OrganizationId, string Name, string ClusterId);
