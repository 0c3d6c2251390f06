using BioBridge.Features.Partnering;

namespace BioBridge.Tests;

/// <summary>The invariants the partnering entities keep themselves, without a database.</summary>
public sealed class MeetingRequestTests
{
    static readonly DateTime Now = new(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>A delegate as stored: its id is the organization's unless given (colleagues share an organization).</summary>
    static EventDelegate Delegate(int organization, int? id = null)
    {
        var d = new EventDelegate
        {
            EventId = 1,
            OrganizationId = organization,
            DisplayName = $"Delegate {organization}",
            Email = $"d{organization}@example.com",
            CalendarToken = "t",
            Languages = ["en"],
        };
        typeof(EventDelegate).GetProperty(nameof(EventDelegate.Id))!.SetValue(d, id ?? organization);
        return d;
    }

    static MeetingRequest Pending(EventDelegate from, EventDelegate to, int priority = 2) =>
        MeetingRequest.Open(from, to, "hello", priority, MeetingMode.Onsite, 0, 10, Now).Value!;

    [Fact]
    public void Refuses_a_request_beyond_the_senders_limit_of_open_requests()
    {
        var (outcome, request) = MeetingRequest.Open(Delegate(1), Delegate(2), "hello", 2, MeetingMode.Onsite, openRequestsOfSender: 5,
            openRequestLimit: 5, Now);
        outcome.Kind.ShouldBe(OutcomeKind.Conflict);
        outcome.Message.ShouldContain("limit is 5");
        request.ShouldBeNull();
        MeetingRequest.Open(Delegate(1), Delegate(2), "hello", 2, MeetingMode.Onsite, 4, 5, Now).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Refuses_a_priority_outside_one_to_three(int priority)
    {
        var (outcome, _) = MeetingRequest.Open(Delegate(1), Delegate(2), null, priority, MeetingMode.Onsite, 0, 10, Now);
        outcome.Kind.ShouldBe(OutcomeKind.Invalid);
        outcome.Errors.Keys.ShouldContain("priority");
    }

    [Fact]
    public void Refuses_a_request_between_colleagues_of_one_organization()
    {
        var (outcome, _) = MeetingRequest.Open(Delegate(1), Delegate(1, id: 7), "hello", 2, MeetingMode.Onsite, 0, 10, Now);
        outcome.Kind.ShouldBe(OutcomeKind.Invalid);
    }

    [Fact]
    public void Accepts_or_declines_only_a_pending_request_once()
    {
        var request = Pending(Delegate(1), Delegate(2));
        request.Accept(Now).Succeeded.ShouldBeTrue();
        request.AnsweredAt.ShouldBe(Now);
        request.Accept(Now).Kind.ShouldBe(OutcomeKind.Conflict);
        request.Decline(Now).Kind.ShouldBe(OutcomeKind.Conflict);

        var declined = Pending(Delegate(1), Delegate(3));
        declined.Decline(Now).Succeeded.ShouldBeTrue();
        declined.Accept(Now).Kind.ShouldBe(OutcomeKind.Conflict);
        declined.Cancel(Now).Kind.ShouldBe(OutcomeKind.Conflict);
    }

    [Fact]
    public void A_cancelled_request_is_no_longer_live()
    {
        var request = Pending(Delegate(1), Delegate(2));
        request.Accept(Now);
        request.Cancel(Now).Succeeded.ShouldBeTrue();
        request.IsLive.ShouldBeFalse();
        request.Cancel(Now).Kind.ShouldBe(OutcomeKind.Conflict);
    }

    [Fact]
    public void Mutual_interest_weighs_one_more_than_the_higher_priority()
    {
        var a = Delegate(1);
        var b = Delegate(2);
        MeetingRequest.PairWeight([Pending(a, b, 2)]).ShouldBe(2);
        MeetingRequest.PairWeight([Pending(a, b, 2), Pending(b, a, 3)]).ShouldBe(4);
    }
}
