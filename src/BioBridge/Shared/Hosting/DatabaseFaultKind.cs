namespace BioBridge.Shared;

public enum DatabaseFaultKind { Unavailable, ReadOnly, Full }
