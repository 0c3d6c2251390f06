namespace BioBridge.Features.Partnering;

/// <summary>
/// What an answer or a mutual request will do about the pair's meeting, found before the event's write lock: already
/// placed, waiting for the next run (no reason), no room now (a reason), or to be placed, at <see cref="Slot"/> if it
/// is still free then.
/// </summary>
public sealed record PairPlan(bool Placed, string? Reason, EventSlot? Slot)
{
    /// <summary>The plan writes a meeting, so it is carried out under the event's write lock.</summary>
    public bool Places => Slot is not null;
}
