namespace BioBridge.Features.Partnering;

/// <summary>
/// Hosted-buyer programs: what one delegate thinks of meeting another. The organizer turns the event's preferences
/// into meetings through the scheduler; "no thanks" from either side keeps a pair apart.
/// </summary>
public sealed class MeetingPreference
{
    /// <summary>The weight of one side's "must meet" in the scheduler, far above a plain "meet" (1) so that the
    /// solver, which maximizes the total weight, gives up any number of ordinary meetings a must-meet could displace.</summary>
    public const double MustMeetWeight = 100;

    public int Id { get; private set; }
    public int EventId { get; set; }
    public int FromDelegateId { get; set; }
    public int ToDelegateId { get; set; }
    public PreferenceLevel Level { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The scheduler's weight of a pair from both sides' preferences; null when either side said no thanks
    /// or nobody wants the meeting.</summary>
    public static double? PairWeight(IEnumerable<PreferenceLevel> levels)
    {
        double weight = 0;
        foreach (var level in levels)
        {
            if (level == PreferenceLevel.NoThanks)
                return null;
            weight += level == PreferenceLevel.MustMeet ? MustMeetWeight : 1;
        }
        return weight > 0 ? weight : null;
    }
}
