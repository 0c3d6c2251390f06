namespace BioBridge.Features.Partnering;

public sealed record RunBody(double? TimeLimitSeconds);
