namespace BioBridge.Features.Cooperation;

public sealed record AnswerBody(bool Accept);
