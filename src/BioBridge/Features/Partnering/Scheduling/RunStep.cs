namespace BioBridge.Features.Partnering;

/// <summary>What a queued or running run is doing; stored by name in <see cref="SchedulingRun.Progress"/>, shown in the reader's language.</summary>
public enum RunStep { Queued, Started, Solving }
