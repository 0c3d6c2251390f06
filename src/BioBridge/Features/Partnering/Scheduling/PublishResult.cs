namespace BioBridge.Features.Partnering;

public sealed record PublishResult(int RunId, int Published);
