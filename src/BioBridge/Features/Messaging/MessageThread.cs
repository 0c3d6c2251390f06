using BioBridge.Features.Opportunities;
using BioBridge.Features.Partnering;

namespace BioBridge.Features.Messaging;

/// <summary>
/// A conversation: the two sides of a meeting request, the owner of an opportunity and one interested organization,
/// or the organizers of an event writing to all its participants. The two party organizations are stored on the
/// thread so that "may I read this" is a filter of the query itself.
/// </summary>
public sealed class MessageThread
{
    public const int MaxSubjectLength = 200;

    public int Id { get; private set; }
    public ThreadKind Kind { get; private set; }
    public int? EventId { get; private set; }
    public int? MeetingRequestId { get; private set; }
    public int? InterestId { get; private set; }
    /// <summary>The parties: requester and receiver, or opportunity owner and interested organization; null on a broadcast.</summary>
    public int? FirstOrganizationId { get; private set; }
    public int? SecondOrganizationId { get; private set; }
    public string Subject { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime LastMessageAt { get; set; }

    public List<Message> Messages { get; private set; } = [];

    public static MessageThread ForMeetingRequest(MeetingRequest request, int fromOrganizationId, int toOrganizationId, string subject, DateTime now) =>
        new()
        {
            Kind = ThreadKind.MeetingRequest, EventId = request.EventId, MeetingRequestId = request.Id,
            FirstOrganizationId = fromOrganizationId, SecondOrganizationId = toOrganizationId, Subject = Clip(subject), CreatedAt = now, LastMessageAt = now,
        };

    public static MessageThread ForInterest(Opportunity opportunity, ExpressionOfInterest interest, DateTime now) =>
        new()
        {
            Kind = ThreadKind.Opportunity, InterestId = interest.Id, FirstOrganizationId = opportunity.OrganizationId,
            SecondOrganizationId = interest.OrganizationId, Subject = Clip(opportunity.Title), CreatedAt = now, LastMessageAt = now,
        };

    public static MessageThread Broadcast(int eventId, string subject, DateTime now) =>
        new() { Kind = ThreadKind.Broadcast, EventId = eventId, Subject = Clip(subject), CreatedAt = now, LastMessageAt = now };

    static string Clip(string subject) => subject.Length > MaxSubjectLength ? subject[..MaxSubjectLength] : subject;
}
