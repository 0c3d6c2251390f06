namespace BioBridge.Features.Partnering;

/// <summary>
/// "I would like to meet you": one delegate asks another for a one-to-one meeting; the receiver accepts or declines,
/// the sender may cancel. Accepted requests become meetings of the next scheduling run.
/// </summary>
public sealed class MeetingRequest
{
    public const int LowestPriority = 1;
    public const int HighestPriority = 3;
    public const int MaxMessageLength = 2000;

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int FromDelegateId { get; private set; }
    public int ToDelegateId { get; private set; }
    public string Message { get; private set; } = "";
    /// <summary>1 (would be nice) to 3 (must meet): the weight of the meeting in the scheduler.</summary>
    public int Priority { get; private set; }
    public MeetingMode Mode { get; private set; }
    public RequestStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? AnsweredAt { get; private set; }

    public EventDelegate? FromDelegate { get; private set; }
    public EventDelegate? ToDelegate { get; private set; }

    /// <summary>Pending or accepted: the request still says someone wants this meeting.</summary>
    public bool IsLive => Status is RequestStatus.Pending or RequestStatus.Accepted;

    /// <summary>
    /// Checks every rule of a new request; <paramref name="openRequestsOfSender"/> is the sender's pending requests,
    /// kept under <paramref name="openRequestLimit"/> so that nobody floods the event.
    /// </summary>
    public static Outcome<MeetingRequest> Open(EventDelegate from, EventDelegate to, string? message, int priority,
        MeetingMode mode, int openRequestsOfSender, int openRequestLimit, DateTime now)
    {
        var errors = new Dictionary<string, string[]>();
        if (from.EventId != to.EventId)
            errors["toDelegateId"] = [PartneringText.Say("Both delegates must attend the same event.")];
        else if (from.Id == to.Id)
            errors["toDelegateId"] = [PartneringText.Say("A delegate cannot request a meeting with themselves.")];
        else if (from.OrganizationId == to.OrganizationId)
            errors["toDelegateId"] = [PartneringText.Say("Colleagues of one organization do not need a partnering meeting.")];
        if (priority is < LowestPriority or > HighestPriority)
            errors["priority"] = [PartneringText.Say($"The priority is {LowestPriority} to {HighestPriority}.")];
        var text = message?.Trim() ?? "";
        if (text.Length > MaxMessageLength)
            errors["message"] = [PartneringText.Say($"The message has at most {MaxMessageLength:N0} characters.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        if (openRequestsOfSender >= openRequestLimit)
            return Outcome.Conflict(PartneringText.Say($"{from.DisplayName} already has {openRequestsOfSender} unanswered requests; the limit is {openRequestLimit}. Wait for answers or cancel a request first."));
        return Outcome.Success(new MeetingRequest
        {
            EventId = from.EventId,
            FromDelegateId = from.Id,
            ToDelegateId = to.Id,
            Message = text,
            Priority = priority,
            Mode = mode,
            Status = RequestStatus.Pending,
            CreatedAt = now,
        });
    }

    /// <summary>A request the organizer arranges from the pair's preferences (hosted-buyer): accepted from the start.</summary>
    public static MeetingRequest Arranged(EventDelegate from, EventDelegate to, int priority, DateTime now) => new()
    {
        EventId = from.EventId,
        FromDelegateId = from.Id,
        ToDelegateId = to.Id,
        Priority = priority,
        Mode = MeetingMode.Onsite,
        Status = RequestStatus.Accepted,
        CreatedAt = now,
        AnsweredAt = now,
    };

    public Outcome Accept(DateTime now)
    {
        if (Status != RequestStatus.Pending)
            return Outcome.Conflict(PartneringText.Say($"Request {Id} is {Status}; only pending requests can be accepted."));
        Status = RequestStatus.Accepted;
        AnsweredAt = now;
        return Outcome.Ok;
    }

    public Outcome Decline(DateTime now)
    {
        if (Status != RequestStatus.Pending)
            return Outcome.Conflict(PartneringText.Say($"Request {Id} is {Status}; only pending requests can be declined."));
        Status = RequestStatus.Declined;
        AnsweredAt = now;
        return Outcome.Ok;
    }

    /// <summary>The sender withdraws, before or after the answer; a scheduled meeting of the pair is removed with it.</summary>
    public Outcome Cancel(DateTime now)
    {
        if (!IsLive)
            return Outcome.Conflict(PartneringText.Say($"Request {Id} is {Status}; it cannot be cancelled any more."));
        Status = RequestStatus.Cancelled;
        AnsweredAt ??= now;
        return Outcome.Ok;
    }

    /// <summary>
    /// The weight of the pair's meeting in the scheduler: the higher priority of the two sides, plus one when
    /// both asked for it (mutual interest).
    /// </summary>
    public static double PairWeight(IReadOnlyCollection<MeetingRequest> liveRequestsOfPair) =>
        liveRequestsOfPair.Max(r => r.Priority) + (liveRequestsOfPair.Select(r => r.FromDelegateId).Distinct().Count() > 1 ? 1 : 0);
}
