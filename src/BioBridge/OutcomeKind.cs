namespace BioBridge;

public enum OutcomeKind { Ok, Invalid, NotFound, Forbidden, Conflict, TooLarge }
