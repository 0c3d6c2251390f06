namespace BioBridge.Scheduling;

/// <summary>The three objectives of section 3, computed from the slots of the scheduled meetings.</summary>
public sealed record ScheduleFigures(
    double ScheduledWeight,
    int ScheduledMeetings,
    int TotalMeetings,
    double TotalWeight,
    int Breaks,
    int MaxBreaksOfOneParticipant,
    double WorstServedShare)
{
    internal static ScheduleFigures Compute(Problem pr, int[] slot)
    {
        var D = pr.DayCount;
        var busy = new ulong[pr.ParticipantCount * D];
        var served = new int[pr.ParticipantCount];
        double weight = 0;
        var scheduled = 0;
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            var s = slot[m];
            if (s < 0) continue;
            weight += pr.Weight[m];
            scheduled++;
            foreach (var p in pr.MeetingParticipants[m])
            {
                busy[p * D + pr.SlotDay[s]] |= 1UL << pr.SlotBit[s];
                served[p]++;
            }
        }
        int breaks = 0, maxBreaks = 0;
        var worst = 1.0;
        for (var p = 0; p < pr.ParticipantCount; p++)
        {
            var b = 0;
            for (var d = 0; d < D; d++) b += Problem.Breaks(busy[p * D + d]);
            breaks += b;
            maxBreaks = Math.Max(maxBreaks, b);
            var requested = pr.MeetingsOfParticipant[p].Length;
            if (requested > 0) worst = Math.Min(worst, (double)served[p] / requested);
        }
        return new ScheduleFigures(weight, scheduled, pr.MeetingCount, pr.TotalWeight, breaks, maxBreaks, worst);
    }

    /// <summary>Lexicographic comparison by the objectives of section 3; positive when this one is better.</summary>
    public int CompareTo(ScheduleFigures other)
    {
        if (Math.Abs(ScheduledWeight - other.ScheduledWeight) > 1e-9) return ScheduledWeight > other.ScheduledWeight ? 1 : -1;
        if (Breaks != other.Breaks) return Breaks < other.Breaks ? 1 : -1;
        if (Math.Abs(WorstServedShare - other.WorstServedShare) > 1e-12) return WorstServedShare > other.WorstServedShare ? 1 : -1;
        return other.MaxBreaksOfOneParticipant.CompareTo(MaxBreaksOfOneParticipant);
    }
}
