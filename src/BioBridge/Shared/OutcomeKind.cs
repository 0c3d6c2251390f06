namespace BioBridge.Shared;

public enum OutcomeKind { Ok, Invalid, NotFound, Forbidden, Conflict, TooLarge, Unavailable }
