namespace BioBridge.Scheduling;

/// <summary>
/// Who and what is booked at which slot, and the feasibility rules of docs/contracts.md section 3 for one more
/// meeting against those bookings. The checker reads every result through it and the one-meeting placement
/// (<see cref="MeetingPlacement"/>) asks it for places, so a rule is written once for both.
/// </summary>
sealed class Bookings
{
    readonly Problem pr;
    readonly int[] participantAt;
    readonly int[] participantCount;
    readonly int[] sessionCount;
    readonly Dictionary<(int L, int S), int> tableAt = [];
    readonly int[] interpreterAt;
    readonly int[] interpreterCount;

    public Bookings(Problem pr)
    {
        this.pr = pr;
        participantAt = new int[pr.ParticipantCount * pr.SlotCount];
        participantCount = new int[pr.ParticipantCount];
        sessionCount = new int[pr.ParticipantCount * pr.SessionCount];
        interpreterAt = new int[pr.InterpreterCount * pr.SlotCount];
        interpreterCount = new int[pr.InterpreterCount];
        Array.Fill(participantAt, -1);
        Array.Fill(interpreterAt, -1);
    }

    /// <summary>The meeting participant p is booked in at slot s, or -1.</summary>
    public int ParticipantAt(int p, int s) => participantAt[p * pr.SlotCount + s];

    public int TableAt(int l, int s) => tableAt.GetValueOrDefault((l, s), -1);

    public int InterpreterAt(int i, int s) => interpreterAt[i * pr.SlotCount + s];

    public bool ParticipantFree(int p, int s) => pr.ParticipantAvailableAt(p, s) && ParticipantAt(p, s) < 0;

    public bool ParticipantFull(int p) => participantCount[p] >= pr.ParticipantMax[p];

    public bool SessionFull(int p, int s) =>
        pr.SlotSession[s] is var k and >= 0 && sessionCount[p * pr.SessionCount + k] >= pr.SessionMax[k];

    public bool LocationFits(int m, int l) => pr.LocationIsTable[l] == pr.Onsite[m];

    /// <summary>Virtual locations host any number of meetings at once; a table hosts one.</summary>
    public bool LocationFree(int l, int s) => !pr.LocationIsTable[l] || TableAt(l, s) < 0;

    public bool InterpreterSpeaksWith(int i, int p) => (pr.InterpreterLanguages[i] & pr.ParticipantLanguages[p]) != 0;

    public bool InterpreterFree(int i, int s) =>
        pr.InterpreterAvailableAt(i, s) && InterpreterAt(i, s) < 0 && interpreterCount[i] < pr.InterpreterMax[i];

    /// <summary>Every rule meeting m breaks at slot s, location l and interpreter i (-1: none chosen), against the
    /// bookings so far, in the order the checker reports them.</summary>
    public IEnumerable<RuleBreak> Breaks(int m, int s, int l, int i)
    {
        if (!pr.MeetingAllowedAt(m, s))
            yield return new(PlacementRule.SlotNotAllowed);
        foreach (var p in pr.MeetingParticipants[m])
        {
            if (!pr.ParticipantAvailableAt(p, s))
                yield return new(PlacementRule.ParticipantUnavailable, p);
            if (ParticipantAt(p, s) is var other and >= 0)
                yield return new(PlacementRule.ParticipantBusy, p, other);
            if (ParticipantFull(p))
                yield return new(PlacementRule.ParticipantFull, p);
            if (SessionFull(p, s))
                yield return new(PlacementRule.SessionFull, p, pr.SlotSession[s]);
        }
        if (l >= 0)
        {
            if (!LocationFits(m, l))
                yield return new(PlacementRule.WrongLocationKind, l);
            if (pr.LocationIsTable[l] && TableAt(l, s) is var host and >= 0)
                yield return new(PlacementRule.TableTaken, l, host);
        }
        if (i < 0)
        {
            if (pr.NeedsInterpreter[m])
                yield return new(PlacementRule.InterpreterNeeded);
            yield break;
        }
        foreach (var p in pr.MeetingParticipants[m])
            if (!InterpreterSpeaksWith(i, p))
                yield return new(PlacementRule.InterpreterLanguages, i, p);
        if (!pr.InterpreterAvailableAt(i, s))
            yield return new(PlacementRule.InterpreterUnavailable, i);
        if (InterpreterAt(i, s) is var busyWith and >= 0)
            yield return new(PlacementRule.InterpreterBusy, i, busyWith);
        if (interpreterCount[i] >= pr.InterpreterMax[i])
            yield return new(PlacementRule.InterpreterFull, i);
    }

    /// <summary>Books meeting m as placed, whatever it breaks; where two meetings share a seat, the first keeps it.</summary>
    public void Book(int m, int s, int l, int i)
    {
        foreach (var p in pr.MeetingParticipants[m])
        {
            ref var at = ref participantAt[p * pr.SlotCount + s];
            if (at < 0)
                at = m;
            participantCount[p]++;
            if (pr.SlotSession[s] is var k and >= 0)
                sessionCount[p * pr.SessionCount + k]++;
        }
        if (l >= 0 && pr.LocationIsTable[l])
            tableAt.TryAdd((l, s), m);
        if (i >= 0)
        {
            ref var at = ref interpreterAt[i * pr.SlotCount + s];
            if (at < 0)
                at = m;
            interpreterCount[i]++;
        }
    }
}
