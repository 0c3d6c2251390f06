namespace BioBridge.Features.Cooperation;

/// <summary>One change of an <see cref="ActivityDay"/> count.</summary>
public readonly record struct ActivityDelta(ActivityMeasure Measure, DateOnly Day, string Clusters, long Count);
