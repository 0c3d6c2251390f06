namespace BioBridge.Features.Partnering;

public enum RunStatus { Queued, Running, Succeeded, Failed }
