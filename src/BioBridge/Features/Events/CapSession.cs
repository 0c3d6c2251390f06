namespace BioBridge.Features.Events;

/// <summary>The block of slots a per-session meeting cap counts in: a morning or an afternoon, or a whole day.</summary>
public enum CapSession { HalfDay, Day }
