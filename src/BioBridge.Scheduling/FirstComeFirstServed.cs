namespace BioBridge.Scheduling;

/// <summary>What many event tools do: requests in arrival (file) order, each in its earliest possible slot.</summary>
static class FirstComeFirstServed
{
    public static Solution Solve(Problem pr)
    {
        var st = new ScheduleState(pr);
        for (var m = 0; m < pr.MeetingCount; m++)
            if (pr.IsFixed[m]) st.Place(m, pr.FixedSlot[m], pr.FixedInterpreter[m]);
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            if (pr.IsFixed[m]) continue;
            for (var s = 0; s < pr.SlotCount; s++)
            {
                if (!st.CanHost(m, s)) continue;
                var i = st.FindInterpreter(m, s, augment: false);
                if (i == ScheduleState.NotFound) continue;
                st.Place(m, s, i);
                break;
            }
        }
        return Solution.WithLocations(pr, st.Slot, st.Interpreter);
    }
}
