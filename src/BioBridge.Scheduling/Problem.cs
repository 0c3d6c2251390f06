using System.Numerics;

namespace BioBridge.Scheduling;

/// <summary>
/// An instance compiled to dense indices. Slots are grouped by day and each day is one 64-bit word
/// (bit k = the day's k-th slot), so per-day sets such as "busy" or "available" are single words and
/// the break count of a day is a popcount.
/// </summary>
sealed class Problem
{
    public required ScheduleInstance Source { get; init; }

    public required string[] SlotIds { get; init; }
    public required int[] SlotDay { get; init; }
    public required int[] SlotBit { get; init; }
    public required int[][] DaySlots { get; init; }
    public required string[] DayNames { get; init; }

    public required string[] LocationIds { get; init; }
    public required bool[] LocationIsTable { get; init; }
    public required int[] Tables { get; init; }
    public required int[] VirtualLocations { get; init; }

    public required string[] ParticipantIds { get; init; }
    public required int[] ParticipantMax { get; init; }
    public required ulong[] ParticipantAvailable { get; init; }
    public required ulong[] ParticipantLanguages { get; init; }
    public required int[][] MeetingsOfParticipant { get; init; }

    public required string[] InterpreterIds { get; init; }
    public required ulong[] InterpreterLanguages { get; init; }
    public required int[] InterpreterMax { get; init; }
    public required ulong[] InterpreterAvailable { get; init; }

    /// <summary>The capped session (instance `sessions`) each slot belongs to, or -1; a participant has at most
    /// SessionMax[k] meetings in session k.</summary>
    public required int[] SlotSession { get; init; }
    public required int[] SessionMax { get; init; }
    public required string[] SessionIds { get; init; }

    public required string[] MeetingIds { get; init; }
    public required int[][] MeetingParticipants { get; init; }
    public required double[] Weight { get; init; }
    public required bool[] Onsite { get; init; }
    public required bool[] NeedsInterpreter { get; init; }
    public required int[][] CandidateInterpreters { get; init; }

    /// <summary>Slots the meeting declares (allowedSlots, or all), per day word.</summary>
    public required ulong[] MeetingAllowed { get; init; }

    /// <summary>Allowed slots where every participant is available, a location of the right kind exists and, if
    /// needed, a compatible interpreter is available: the only slots any solver considers.</summary>
    public required ulong[] MeetingFeasible { get; init; }

    /// <summary>Meetings that never move (instance `fixed` or kept from a previous result).</summary>
    public required bool[] IsFixed { get; init; }
    public required int[] FixedSlot { get; init; }
    public required int[] FixedLocation { get; init; }
    public required int[] FixedInterpreter { get; init; }

    public required Dictionary<string, int> SlotIndex { get; init; }
    public required Dictionary<string, int> LocationIndex { get; init; }
    public required Dictionary<string, int> ParticipantIndex { get; init; }
    public required Dictionary<string, int> InterpreterIndex { get; init; }
    public required Dictionary<string, int> MeetingIndex { get; init; }

    public int SlotCount => SlotIds.Length;
    public int DayCount => DaySlots.Length;
    public int ParticipantCount => ParticipantIds.Length;
    public int InterpreterCount => InterpreterIds.Length;
    public int MeetingCount => MeetingIds.Length;
    public int TableCount => Tables.Length;
    public int SessionCount => SessionIds.Length;

    public double TotalWeight => Weight.Sum();

    public bool ParticipantAvailableAt(int p, int s) => (ParticipantAvailable[p * DayCount + SlotDay[s]] >> SlotBit[s] & 1) != 0;
    public bool InterpreterAvailableAt(int i, int s) => (InterpreterAvailable[i * DayCount + SlotDay[s]] >> SlotBit[s] & 1) != 0;
    public bool MeetingAllowedAt(int m, int s) => (MeetingAllowed[m * DayCount + SlotDay[s]] >> SlotBit[s] & 1) != 0;
    public bool MeetingFeasibleAt(int m, int s) => (MeetingFeasible[m * DayCount + SlotDay[s]] >> SlotBit[s] & 1) != 0;

    public bool InterpreterCompatible(int i, int m)
    {
        foreach (var p in MeetingParticipants[m])
            if ((InterpreterLanguages[i] & ParticipantLanguages[p]) == 0)
                return false;
        return true;
    }

    public int FeasibleSlotCount(int m)
    {
        var n = 0;
        for (var d = 0; d < DayCount; d++)
            n += BitOperations.PopCount(MeetingFeasible[m * DayCount + d]);
        return n;
    }

    public List<int> FeasibleSlots(int m)
    {
        var list = new List<int>();
        for (var d = 0; d < DayCount; d++)
        {
            var w = MeetingFeasible[m * DayCount + d];
            while (w != 0)
            {
                list.Add(DaySlots[d][BitOperations.TrailingZeroCount(w)]);
                w &= w - 1;
            }
        }
        return list;
    }

    /// <summary>Breaks of one day word: maximal idle runs between the first and the last meeting.</summary>
    public static int Breaks(ulong busy) => busy == 0 ? 0 : BitOperations.PopCount(busy & ~(busy << 1)) - 1;
}
