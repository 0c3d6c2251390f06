using BioBridge.Features.Reviews;

namespace BioBridge.Tests.Reviews;

/// <summary>Who may apply to a call, and the deadline to the second in the call's time zone.</summary>
public sealed class CallRulesTests
{
    const string Seoul = "seoul-bio-hub";
    const string Liangjiang = "liangjiang";
    static readonly string[] BothClusters = [Seoul, Liangjiang];
    static readonly Applicant SeoulLead = new(1, "Hanui Cell", Seoul);
    static readonly Applicant ChongqingPartner = new(2, "Zaining Vector", Liangjiang);
    static readonly Applicant SecondSeoul = new(3, "Solbit Gene", Seoul);

    [Fact]
    public void A_consortium_with_an_organization_of_each_cluster_is_eligible_for_joint_rd()
    {
        CallRules.Eligibility(CallKind.JointRd, [], BothClusters, SeoulLead, [ChongqingPartner, SecondSeoul]).ShouldBeEmpty();
    }

    [Fact]
    public void A_consortium_missing_a_cluster_is_refused_naming_the_cluster()
    {
        var problems = CallRules.Eligibility(CallKind.JointRd, [], BothClusters, SeoulLead, [SecondSeoul]);
        problems.ShouldHaveSingleItem().ShouldContain("none is from liangjiang");
        CallRules.Eligibility(CallKind.JointRd, [], BothClusters, SeoulLead, []).ShouldHaveSingleItem().ShouldContain("none is from liangjiang");
    }

    [Fact]
    public void An_organization_twice_in_a_consortium_is_refused()
    {
        CallRules.Eligibility(CallKind.JointRd, [], BothClusters, SeoulLead, [ChongqingPartner, SeoulLead])
            .ShouldContain("An organization appears twice in the consortium.");
    }

    [Fact]
    public void An_award_nomination_is_one_organization_of_an_eligible_cluster()
    {
        CallRules.Eligibility(CallKind.Award, BothClusters, [], SeoulLead, []).ShouldBeEmpty();
        CallRules.Eligibility(CallKind.Award, BothClusters, [], SeoulLead, [ChongqingPartner]).ShouldHaveSingleItem().ShouldContain("one organization");
        CallRules.Eligibility(CallKind.Award, [Liangjiang], [], SeoulLead, []).ShouldHaveSingleItem()
            .ShouldContain("Hanui Cell belongs to cluster 'seoul-bio-hub'; this call is open to liangjiang only.");
    }

    [Fact]
    public void The_same_local_deadline_is_an_hour_earlier_in_Seoul_than_in_Shanghai()
    {
        var local = new DateTime(2026, 12, 31, 23, 59, 59);
        var (seoul, _) = CallRules.DeadlineUtc(local, "Asia/Seoul");
        var (shanghai, _) = CallRules.DeadlineUtc(local, "Asia/Shanghai");
        seoul.ShouldBe(new DateTime(2026, 12, 31, 14, 59, 59, DateTimeKind.Utc));
        shanghai.ShouldBe(new DateTime(2026, 12, 31, 15, 59, 59, DateTimeKind.Utc));

        var atTheSecond = new DateTimeOffset(2026, 12, 31, 14, 59, 59, TimeSpan.Zero);
        CallRules.IsOpen(seoul!.Value, atTheSecond).ShouldBeTrue();
        CallRules.IsOpen(seoul.Value, atTheSecond.AddSeconds(1)).ShouldBeFalse();
        // One second after Seoul's deadline, Shanghai's call is still open for an hour.
        CallRules.IsOpen(shanghai!.Value, atTheSecond.AddSeconds(1)).ShouldBeTrue();
        CallRules.IsOpen(shanghai.Value, atTheSecond.AddHours(1)).ShouldBeTrue();
        CallRules.IsOpen(shanghai.Value, atTheSecond.AddHours(1).AddSeconds(1)).ShouldBeFalse();
    }

    [Fact]
    public void The_late_message_names_the_deadline_in_the_calls_zone()
    {
        var deadline = new DateTime(2026, 12, 31, 14, 59, 59, DateTimeKind.Utc);
        CallRules.LateMessage(deadline, "Asia/Seoul").ShouldContain("2026-12-31 23:59:59 Asia/Seoul (UTC+09:00)");
        CallRules.LateMessage(deadline, "Asia/Shanghai").ShouldContain("2026-12-31 22:59:59 Asia/Shanghai (UTC+08:00)");
        CallRules.ShowDeadline(deadline, "America/New_York").ShouldBe("2026-12-31 09:59:59 America/New_York (UTC-05:00)");
    }

    [Fact]
    public void A_deadline_in_a_daylight_saving_gap_is_refused_and_a_repeated_hour_means_its_later_occurrence()
    {
        var (gap, error) = CallRules.DeadlineUtc(new DateTime(2026, 3, 8, 2, 30, 0), "America/New_York");
        gap.ShouldBeNull();
        error!.ShouldContain("does not exist in America/New_York");
        var (repeated, _) = CallRules.DeadlineUtc(new DateTime(2026, 11, 1, 1, 30, 0), "America/New_York");
        repeated.ShouldBe(new DateTime(2026, 11, 1, 6, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void An_unknown_time_zone_is_named_in_the_error()
    {
        CallRules.DeadlineUtc(new DateTime(2026, 12, 31, 23, 59, 59), "Asia/Chongqingg").Error!.ShouldContain("'Asia/Chongqingg' is not a known IANA time zone");
    }
}
