namespace BioBridge.Features.Opportunities;

public sealed record AnswerRequest(bool Accept, string? Reply);
