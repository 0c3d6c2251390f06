namespace BioBridge.Features.Publishing;

/// <summary>A translation service's circuit on this node: calling it, resting after repeated failures, or letting one job probe it.</summary>
public enum BreakerState { Closed, Open, HalfOpen }
