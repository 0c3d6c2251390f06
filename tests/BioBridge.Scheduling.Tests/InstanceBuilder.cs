namespace BioBridge.Scheduling.Tests;

/// <summary>Small hand-made instances for tests: slots s1..sN on one day, tables T1..TN, one virtual location.</summary>
sealed class InstanceBuilder
{
    public ScheduleInstance Instance { get; } = new()
    {
        Format = ScheduleJson.InstanceFormat,
        Event = "test",
        Slots = [],
        Locations = [],
        Participants = [],
        Interpreters = [],
        Meetings = [],
    };

    public InstanceBuilder Slots(int count, string day = "2026-10-10")
    {
        var first = Instance.Slots!.Count;
        for (var k = 0; k < count; k++)
            Instance.Slots!.Add(new SlotSpec { Id = $"s{first + k + 1}", Day = day, Start = $"{9 + k}:00", Minutes = 30 });
        return this;
    }

    public InstanceBuilder Tables(int count)
    {
        for (var k = 0; k < count; k++) Instance.Locations!.Add(new LocationSpec { Id = $"T{k + 1}", Kind = "table" });
        return this;
    }

    public InstanceBuilder Online()
    {
        Instance.Locations!.Add(new LocationSpec { Id = "online", Kind = "virtual" });
        return this;
    }

    public InstanceBuilder Participant(string id, params string[] languages) => Participant(id, languages, null, []);

    public InstanceBuilder Participant(string id, string[] languages, int? maxMeetings, params string[] unavailable)
    {
        Instance.Participants!.Add(new ParticipantSpec { Id = id, Languages = languages.Length > 0 ? [.. languages] : ["en"], Unavailable = [.. unavailable], MaxMeetings = maxMeetings });
        return this;
    }

    public InstanceBuilder Interpreter(string id, string[] languages, int? maxMeetings = null, params string[] unavailable)
    {
        Instance.Interpreters!.Add(new InterpreterSpec { Id = id, Languages = [.. languages], Unavailable = [.. unavailable], MaxMeetings = maxMeetings });
        return this;
    }

    public InstanceBuilder Meeting(string id, params string[] participants) => Meeting(id, participants, _ => { });

    public InstanceBuilder Meeting(string id, string[] participants, Action<MeetingSpec> configure)
    {
        var meeting = new MeetingSpec { Id = id, Participants = [.. participants] };
        configure(meeting);
        Instance.Meetings!.Add(meeting);
        return this;
    }

    public static implicit operator ScheduleInstance(InstanceBuilder builder) => builder.Instance;
}
