namespace BioBridge.Features.Partnering;

/// <summary>
/// A placed one-to-one meeting: the accepted pair of its key request, at a slot and location, perhaps with an
/// interpreter. Unpublished meetings are the proposal of the latest run; published ones are what delegates see and
/// stay where they are (fixed) in later runs. Every row of an event together is always a feasible schedule: the
/// unique indexes on table, interpreter and delegate seats per slot make a double booking impossible to store.
/// </summary>
public sealed class Meeting
{
    public int Id { get; private set; }
    public int EventId { get; set; }
    /// <summary>The pair's key request: the first accepted request between the two delegates.</summary>
    public int RequestId { get; set; }
    /// <summary>The run that proposed it; null for a meeting placed on acceptance after publication or by hand.</summary>
    public int? RunId { get; set; }
    public int SlotId { get; private set; }
    public int LocationId { get; private set; }
    public int? InterpreterId { get; private set; }
    public MeetingMode Mode { get; set; }
    /// <summary>Pinned by an organizer: kept in later runs even before it is published.</summary>
    public bool IsFixed { get; set; }
    public bool IsPublished { get; set; }
    public DateTime? PublishedAt { get; set; }
    public MeetingStatus Status { get; private set; } = MeetingStatus.Scheduled;
    public List<MeetingSeat> Seats { get; private set; } = [];

    public MeetingRequest? Request { get; private set; }
    public EventSlot? Slot { get; private set; }
    public EventLocation? Location { get; private set; }
    public Interpreter? Interpreter { get; private set; }

    public static Meeting Place(int eventId, int requestId, IEnumerable<int> delegateIds, MeetingMode mode, int slotId, int locationId,
        int? interpreterId, int? runId)
    {
        var meeting = new Meeting { EventId = eventId, RequestId = requestId, Mode = mode, RunId = runId };
        meeting.Seats = delegateIds.Select(d => new MeetingSeat { DelegateId = d }).ToList();
        meeting.MoveTo(slotId, locationId, interpreterId);
        return meeting;
    }

    public void MoveTo(int slotId, int locationId, int? interpreterId)
    {
        SlotId = slotId;
        LocationId = locationId;
        InterpreterId = interpreterId;
        foreach (var seat in Seats)
            seat.SlotId = slotId;
    }

    public Outcome Mark(MeetingStatus status)
    {
        if (!IsPublished)
            return Outcome.Conflict(PartneringText.Say($"Meeting {Id} is not published yet."));
        Status = status;
        return Outcome.Ok;
    }
}
