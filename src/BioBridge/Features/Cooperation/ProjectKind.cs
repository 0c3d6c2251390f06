namespace BioBridge.Features.Cooperation;

public enum ProjectKind { Rnd, Business }
