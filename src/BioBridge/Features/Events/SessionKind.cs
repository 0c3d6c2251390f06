namespace BioBridge.Features.Events;

public enum SessionKind { Exhibition, Awards, Forum, Conference, Partnering }
